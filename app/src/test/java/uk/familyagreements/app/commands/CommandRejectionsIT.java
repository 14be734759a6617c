package uk.familyagreements.app.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.app.commands.Commands.headers;
import static uk.familyagreements.app.commands.WrittenAgreementLifecycleIT.codes;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A client's mistakes are answered with problem details that name what to fix, never a 500, and store nothing. */
class CommandRejectionsIT extends CommandApiTest {

    private String agreementId;
    private String base;
    private long eventsAfterDraft;

    @BeforeEach
    void draftAWrittenAgreement() {
        String caseReference = "CASE-REJECT-" + UUID.randomUUID();
        openCase(caseReference);
        ResponseEntity<Map<String, Object>> drafted = practitioner().post("/api/agreements", Map.of(
                "caseReference", caseReference, "kind", "WRITTEN", "purpose", "Keep Leo safe this weekend"));
        agreementId = (String) drafted.getBody().get("agreementId");
        base = "/api/agreements/" + agreementId;
        eventsAfterDraft = eventsOf(agreementId);
    }

    @Test
    void aCommandOnAnUnknownAgreementIs404Problem() {
        ResponseEntity<Map<String, Object>> response = practitioner().post("/api/agreements/"
                + UUID.randomUUID() + "/parties", Map.of("name", "John Smith", "role", "PARENT"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void malformedJsonIs400ProblemAboutTheBody() {
        ResponseEntity<String> response = practitioner().postRaw(base + "/parties", "{\"name\": \"John\",",
                new HttpHeaders());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("INVALID_INPUT", "\"field\":\"body\"")
                .doesNotContain("Exception", "uk.familyagreements");
        assertThat(eventsOf(agreementId)).isEqualTo(eventsAfterDraft);
    }

    @Test
    void anUnknownEnumValueIs400NamingTheField() {
        ResponseEntity<Map<String, Object>> response = practitioner().post(base + "/parties",
                Map.of("name", "John Smith", "role", "UNCLE_BOB"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("violations").toString()).contains("INVALID_INPUT", "field=role");
    }

    @Test
    void missingAndOversizedFieldsAre400ListingEveryField() {
        ResponseEntity<Map<String, Object>> response = practitioner().post(base + "/commitments", Map.of(
                "ownerPartyId", "john", "text", "x".repeat(2001)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("violations").toString()).contains("field=undertaking", "field=text");
        assertThat(eventsOf(agreementId)).isEqualTo(eventsAfterDraft);
    }

    @Test
    void aConsentCheckMustAnswerEveryQuestion() {
        ResponseEntity<Map<String, Object>> response = practitioner().post(base + "/consent-checks", Map.of(
                "partyId", "jane", "understanding", "READ_TO_THEM"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("violations").toString()).contains("field=capacityInDoubt",
                "field=advisedToSeekLegalAdvice", "field=toldMayBringSupporter", "field=signingFreely");
    }

    @Test
    void aMalformedIfMatchOrAnOverlongReasonIs400NamingTheHeader() {
        ResponseEntity<Map<String, Object>> badTag = practitioner().post(base + "/consequences",
                Map.of("consequences", "Not legally binding."), headers("If-Match", "yesterday"));
        ResponseEntity<Map<String, Object>> longReason = practitioner().post(base + "/consequences",
                Map.of("consequences", "Not legally binding."), headers("X-Reason", "r".repeat(1001)));

        assertThat(badTag.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTag.getBody().get("violations").toString()).contains("field=If-Match");
        assertThat(longReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(longReason.getBody().get("violations").toString()).contains("field=X-Reason");
        assertThat(eventsOf(agreementId)).isEqualTo(eventsAfterDraft);
    }

    @Test
    void onlyAManagerMayDecideOnAnEscalation() {
        ResponseEntity<Map<String, Object>> response = practitioner().post(base + "/escalations/e-1/decision",
                Map.of("decision", "Hold a strategy discussion today"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).containsEntry("title", "Only a manager may do this");
        assertThat(eventsOf(agreementId)).isEqualTo(eventsAfterDraft);
    }

    @Test
    void aBadPathIdOrAnUnsupportedMethodIsAProblemNotA500() {
        ResponseEntity<String> badId = practitioner().postRaw(base + "/parties/a%20b/removal", "", new HttpHeaders());
        ResponseEntity<String> wrongMethod = asPractitioner().getForEntity(base + "/signatures", String.class);

        assertThat(badId.getStatusCode().is4xxClientError()).isTrue();
        assertThat(wrongMethod.getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void aRuleBrokenByTheCommandIs422WithEveryCodeAndStoresNothing() {
        ResponseEntity<Map<String, Object>> response = practitioner().post(base + "/period", Map.of(
                "start", "2026-12-02T09:00:00Z", "end", "2027-01-30T09:00:00Z",
                "description", "until further notice"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(codes(response)).contains("PERIOD_TOO_LONG", "VAGUE_TIMESCALE");
        assertThat(eventsOf(agreementId)).isEqualTo(eventsAfterDraft);
    }
}
