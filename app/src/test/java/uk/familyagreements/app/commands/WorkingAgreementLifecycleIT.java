package uk.familyagreements.app.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.app.commands.Commands.headers;
import static uk.familyagreements.app.commands.WrittenAgreementLifecycleIT.codes;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A working agreement needs no manager's approval: drafted, corrected, signed, varied, signed again and ended. */
class WorkingAgreementLifecycleIT extends CommandApiTest {

    @Test
    void aWorkingAgreementIsSignedWithoutApprovalVariedAndConcluded() {
        String caseReference = "CASE-WORKING-" + UUID.randomUUID();
        openCase(caseReference);
        ResponseEntity<Map<String, Object>> drafted = practitioner().post("/api/agreements", Map.of(
                "caseReference", caseReference, "kind", "WORKING", "involvement", "CIN_ASSESSMENT",
                "purpose", "Find out with Ms Patel what help the family needs after Aisha's school raised concerns",
                "assessmentStartedOn", "2026-12-01"));
        String id = (String) drafted.getBody().get("agreementId");
        String base = "/api/agreements/" + id;
        String etag = drafted.getHeaders().getETag();

        etag = send(base + "/parties", Map.of("partyId", "mum", "name", "Priya Patel", "role", "PARENT"), etag,
                HttpStatus.CREATED);
        etag = send(base + "/parties", Map.of("partyId", "sw", "name", "Sam Practitioner", "role", "SOCIAL_WORKER"),
                etag, HttpStatus.CREATED);
        etag = send(base + "/parties", Map.of("partyId", "aunt", "name", "Meena Patel", "role", "RELATIVE"), etag,
                HttpStatus.CREATED);
        etag = send(base + "/commitments", Map.of("commitmentId", "mum-meet", "ownerPartyId", "mum",
                "undertaking", "WILL", "text", "meet the social worker at home to talk about Aisha's needs",
                "when", "on Monday 7 December at 4pm"), etag, HttpStatus.CREATED);
        etag = send(base + "/commitments", Map.of("commitmentId", "sw-school", "ownerPartyId", "sw",
                "undertaking", "WILL", "text", "speak to Aisha's teacher and tell Ms Patel what was said",
                "when", "by Friday 11 December"), etag, HttpStatus.CREATED);
        etag = send(base + "/commitments", Map.of("commitmentId", "aunt-call", "ownerPartyId", "aunt",
                "undertaking", "WILL", "text", "phone Aisha", "when", "each evening"), etag, HttpStatus.CREATED);
        etag = send(base + "/commitments/aunt-call/removal", Map.of(), etag, HttpStatus.OK);
        etag = send(base + "/parties/aunt/removal", Map.of(), etag, HttpStatus.OK);

        ResponseEntity<Map<String, Object>> approval = manager().post(base + "/approval",
                Map.of("contentHash", currentContentHash(id)), headers("If-Match", etag));
        assertThat(approval.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(codes(approval)).containsExactly("INVALID_STATE");

        String hash = currentContentHash(id);
        etag = send(base + "/consent-checks", consentGiven("mum", "THROUGH_AN_INTERPRETER"), etag, HttpStatus.OK);
        etag = send(base + "/signatures", Map.of("partyId", "mum", "contentHash", hash), etag, HttpStatus.OK);
        etag = send(base + "/signatures", Map.of("partyId", "sw", "contentHash", hash), etag, HttpStatus.OK);
        assertThat(eventsOfType(id, "agreement.AgreementCameIntoForceEvent")).isEqualTo(1);

        etag = send(base + "/variation", Map.of("reason", "Ms Patel starts a new job and needs later visits"), etag,
                HttpStatus.OK);
        assertThat(latestMetaData(id)).contains("Ms Patel starts a new job and needs later visits");
        etag = send(base + "/commitments/mum-meet/revision", Map.of("ownerPartyId", "mum", "undertaking", "WILL",
                "text", "meet the social worker at home to talk about Aisha's needs",
                "when", "on Monday 7 December at 6pm"), etag, HttpStatus.OK);
        String variedHash = currentContentHash(id);
        etag = send(base + "/consent-checks", consentGiven("mum", "THROUGH_AN_INTERPRETER"), etag, HttpStatus.OK);
        etag = send(base + "/signatures", Map.of("partyId", "mum", "contentHash", variedHash), etag, HttpStatus.OK);
        etag = send(base + "/signatures", Map.of("partyId", "sw", "contentHash", variedHash), etag, HttpStatus.OK);
        assertThat(eventsOfType(id, "agreement.AgreementCameIntoForceEvent")).isEqualTo(2);

        etag = send(base + "/end", Map.of("reason", "CONCLUDED", "note", "Assessment finished; no further action"),
                etag, HttpStatus.OK);
        assertThat(eventsOfType(id, "agreement.AgreementEndedEvent")).isEqualTo(1);
    }

    @Test
    void aDraftCanBeDiscardedAndThenTakesNoMoreChanges() {
        String caseReference = "CASE-DISCARD-" + UUID.randomUUID();
        openCase(caseReference);
        ResponseEntity<Map<String, Object>> drafted = practitioner().post("/api/agreements", Map.of(
                "caseReference", caseReference, "kind", "WRITTEN", "purpose", "Keep Tom safe this weekend"));
        String base = "/api/agreements/" + drafted.getBody().get("agreementId");

        ResponseEntity<Map<String, Object>> discarded = practitioner().post(base + "/discard",
                Map.of("reason", "Drafted on the wrong case"), headers("If-Match", drafted.getHeaders().getETag()));
        ResponseEntity<Map<String, Object>> afterwards = practitioner().post(base + "/parties",
                Map.of("name", "Tom's mum", "role", "PARENT"));

        assertThat(discarded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(afterwards.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private String send(String path, Map<String, Object> body, String etag, HttpStatus expected) {
        ResponseEntity<Map<String, Object>> response = practitioner().post(path, body, headers("If-Match", etag));
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(expected);
        return response.getHeaders().getETag();
    }
}
