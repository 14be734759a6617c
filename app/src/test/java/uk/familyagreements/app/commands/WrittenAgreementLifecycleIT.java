package uk.familyagreements.app.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.familyagreements.app.commands.Commands.headers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The model written agreement (John, Jane and Billy Smith with their social worker and consultant social worker)
 * driven through its whole life over HTTP, as a client would: every step answers the new version as its ETag, and
 * each next step sends it back in If-Match.
 */
class WrittenAgreementLifecycleIT extends CommandApiTest {

    private final Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

    @Test
    void aWrittenAgreementIsDraftedApprovedSignedBrokenAndReplacedAndOnlyThenCanTheCaseClose() {
        String caseReference = "CASE-LIFE-" + UUID.randomUUID();
        ResponseEntity<Map<String, Object>> opened = practitioner().post("/api/cases", Map.of(
                "caseReference", caseReference, "childName", "Billy Smith", "practitioner", PRACTITIONER,
                "team", "team-north"));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getHeaders().getLocation()).hasToString("/api/cases/" + caseReference);

        ResponseEntity<Map<String, Object>> drafted = practitioner().post("/api/agreements", Map.of(
                "caseReference", caseReference, "kind", "WRITTEN", "involvement", "SAFETY_PLAN",
                "purpose", "Keep Billy safe at home while the police look into what happened on Saturday",
                "reason", "Billy told his teacher his dad hit him"));
        assertThat(drafted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) drafted.getBody().get("agreementId");
        String base = "/api/agreements/" + id;
        assertThat(drafted.getHeaders().getLocation()).hasToString(base);
        String etag = drafted.getHeaders().getETag();

        // Parties: the client may choose ids; where it does not, the server makes one and answers it.
        etag = created(base + "/parties", Map.of("partyId", "john", "name", "John Smith", "role", "PARENT"), etag);
        etag = created(base + "/parties", Map.of("partyId", "jane", "name", "Jane Smith", "role", "PARENT"), etag);
        etag = created(base + "/parties", Map.of("partyId", "billy", "name", "Billy Smith", "role", "YOUNG_PERSON",
                "signs", false), etag);
        etag = created(base + "/parties", Map.of("partyId", "sw", "name", "Sam Practitioner",
                "role", "SOCIAL_WORKER"), etag);
        ResponseEntity<Map<String, Object>> consultant = practitioner().post(base + "/parties", Map.of(
                "name", "Chris Okafor", "role", "CONSULTANT_SOCIAL_WORKER"), headers("If-Match", etag));
        assertThat(consultant.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String consultantId = (String) consultant.getBody().get("partyId");
        assertThat(consultantId).isNotBlank();
        assertThat(consultant.getHeaders().getLocation()).hasToString(base + "/parties/" + consultantId);
        etag = consultant.getHeaders().getETag();

        // A manager asked to approve it now is told everything that is missing, at once; nothing is stored.
        long eventsBefore = eventsOf(id);
        ResponseEntity<Map<String, Object>> incomplete = manager().post(base + "/approval",
                Map.of("contentHash", currentContentHash(id)));
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(incomplete.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(codes(incomplete)).containsExactlyInAnyOrder("PERIOD_REQUIRED", "REVIEW_POINT_REQUIRED",
                "CONTINGENCY_REQUIRED", "CONSEQUENCES_REQUIRED", "UNBALANCED");
        assertThat(eventsOf(id)).isEqualTo(eventsBefore);

        ResponseEntity<Map<String, Object>> johnsCommitment = practitioner().post(base + "/commitments", Map.of(
                "ownerPartyId", "john", "undertaking", "WILL_NOT",
                "text", "stay at 4 Mill Lane or see Billy unless a social worker has agreed it",
                "when", "from now until the end of this agreement"), headers("If-Match", etag));
        assertThat(johnsCommitment.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String johnsCommitmentId = (String) johnsCommitment.getBody().get("commitmentId");
        etag = johnsCommitment.getHeaders().getETag();
        etag = created(base + "/commitments", Map.of("commitmentId", "jane-calls", "ownerPartyId", "jane",
                "undertaking", "WILL", "text", "call the social worker if John comes to the house",
                "when", "straight away, day or night"), etag);
        etag = created(base + "/commitments", Map.of("commitmentId", "sw-visits", "ownerPartyId", "sw",
                "undertaking", "WILL", "text", "visit Billy and Jane at home and see Billy on his own",
                "when", "on Tuesday and on Thursday this week"), etag);
        etag = ok(base + "/period", Map.of("start", start.toString(),
                "end", start.plus(5, ChronoUnit.DAYS).toString(),
                "description", "for five days, until the strategy meeting"), etag);
        etag = created(base + "/review-points", Map.of("reviewPointId", "review-1",
                "at", start.plus(2, ChronoUnit.DAYS).toString()), etag);
        etag = ok(base + "/contingency-plan", Map.of("contingencyPlan",
                "If John comes to the house, Jane will call 999 and then the social worker."), etag);

        // A client holding an old version is told someone changed the agreement; nothing is stored.
        String staleEtag = drafted.getHeaders().getETag();
        long beforeStale = eventsOf(id);
        ResponseEntity<Map<String, Object>> stale = practitioner().post(base + "/consequences",
                Map.of("consequences", "This is not legally binding."), headers("If-Match", staleEtag));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(codes(stale)).containsExactly("CONCURRENT_MODIFICATION");
        assertThat(eventsOf(id)).isEqualTo(beforeStale);

        etag = ok(base + "/consequences", Map.of("consequences", "This agreement is not legally binding. If it is "
                + "not kept to, we may hold a child protection conference or ask the court for an order."), etag);

        // A practitioner may not approve; the team manager approves the version whose hash she read.
        String hash = currentContentHash(id);
        ResponseEntity<Map<String, Object>> notAManager = practitioner().post(base + "/approval",
                Map.of("contentHash", hash), headers("If-Match", etag));
        assertThat(notAManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notAManager.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        ResponseEntity<Map<String, Object>> approved = manager().post(base + "/approval",
                Map.of("contentHash", hash, "note", "Agreed for five days until the strategy meeting"),
                headers("If-Match", etag, "X-Reason", "Safety plan agreed at the home visit"));
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        etag = approved.getHeaders().getETag();
        assertThat(latestMetaData(id)).contains("\"user\":\"tara.manager\"",
                "\"reason\":\"Safety plan agreed at the home visit\"");

        // A family member cannot sign before their consent check.
        ResponseEntity<Map<String, Object>> tooSoon = practitioner().post(base + "/signatures",
                Map.of("partyId", "john", "contentHash", hash), headers("If-Match", etag));
        assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(codes(tooSoon)).containsExactly("CONSENT_CHECK_REQUIRED");

        for (String familyMember : List.of("john", "jane")) {
            etag = ok(base + "/consent-checks", consentGiven(familyMember, "READ_IT_THEMSELVES"), etag);
        }
        ResponseEntity<Map<String, Object>> staleHash = practitioner().post(base + "/signatures",
                Map.of("partyId", "john", "contentHash", "0".repeat(64)), headers("If-Match", etag));
        assertThat(codes(staleHash)).contains("SIGNATURE_ON_STALE_VERSION");
        etag = ok(base + "/signatures", Map.of("partyId", "john", "contentHash", hash), etag);

        // Jane asks for a change after John signed: a new version, so John's signature and the approval lapse.
        etag = ok(base + "/commitments/jane-calls/revision", Map.of("ownerPartyId", "jane", "undertaking", "WILL",
                "text", "call 999 and then the social worker if John comes to the house",
                "when", "straight away, day or night"), etag);
        String revisedHash = currentContentHash(id);
        assertThat(revisedHash).isNotEqualTo(hash);
        ResponseEntity<Map<String, Object>> onOldVersion = practitioner().post(base + "/signatures",
                Map.of("partyId", "jane", "contentHash", hash), headers("If-Match", etag));
        assertThat(codes(onOldVersion)).contains("SIGNATURE_ON_STALE_VERSION", "APPROVAL_REQUIRED",
                "CONSENT_CHECK_REQUIRED");
        ResponseEntity<Map<String, Object>> reapproved = manager().post(base + "/approval",
                Map.of("contentHash", revisedHash), headers("If-Match", etag));
        assertThat(reapproved.getStatusCode()).isEqualTo(HttpStatus.OK);
        etag = reapproved.getHeaders().getETag();
        for (String familyMember : List.of("john", "jane")) {
            etag = ok(base + "/consent-checks", consentGiven(familyMember, "READ_TO_THEM"), etag);
        }
        for (String party : List.of("john", "jane", "sw")) {
            etag = ok(base + "/signatures", Map.of("partyId", party, "contentHash", revisedHash), etag);
        }
        assertThat(eventsOfType(id, "agreement.AgreementCameIntoForceEvent")).isZero();
        etag = ok(base + "/signatures", Map.of("partyId", consultantId, "contentHash", revisedHash), etag);
        assertThat(eventsOfType(id, "agreement.AgreementCameIntoForceEvent")).isEqualTo(1);
        awaitSummaryStatus(id, "IN_FORCE");

        // While it is in force the case cannot be closed.
        ResponseEntity<Map<String, Object>> refused = practitioner().post("/api/cases/" + caseReference + "/closure",
                Map.of("reason", "Family doing well"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(codes(refused)).containsExactly("CASE_HAS_ACTIVE_WRITTEN_AGREEMENT");

        etag = ok(base + "/copies", Map.of("recipient", "Jane Smith", "method", "BY_HAND"), etag);
        etag = ok(base + "/meeting", Map.of("meetingAt", start.plus(3, ChronoUnit.DAYS).toString(),
                "note", "Strategy meeting at the school"), etag);
        ResponseEntity<Map<String, Object>> breach = practitioner().post(base + "/breaches", Map.of(
                "commitmentId", johnsCommitmentId, "partyId", "john", "observedAt", Instant.now().toString(),
                "reportedBy", "Jane Smith", "whatHappened", "John came to the house on Monday evening"),
                headers("If-Match", etag));
        assertThat(breach.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((String) breach.getBody().get("breachId")).isNotBlank();
        etag = breach.getHeaders().getETag();
        // Every breach waits for a manager's decision.
        ResponseEntity<Map<String, Object>> decided = manager().post(base + "/escalations/breach-"
                        + breach.getBody().get("breachId") + "/decision",
                Map.of("decision", "Call a strategy discussion today and ask for a child protection conference"),
                headers("If-Match", etag));
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(latestMetaData(id)).contains("\"user\":\"tara.manager\"");
        etag = decided.getHeaders().getETag();
        etag = ok(base + "/reviews", Map.of("reviewPointId", "review-1", "outcome", "REPLACE",
                "notes", "A child protection conference is being arranged"), etag);
        etag = ok(base + "/replacement", Map.of("plan", "CP_PLAN", "planReference", "CP-2026-118"), etag);
        assertThat(eventsOfType(id, "agreement.AgreementReplacedWithPlanEvent")).isEqualTo(1);
        awaitSummaryStatus(id, "ENDED");

        // An ended agreement takes no more changes.
        ResponseEntity<Map<String, Object>> ended = practitioner().post(base + "/contingency-plan",
                Map.of("contingencyPlan", "Call the police."), headers("If-Match", etag));
        assertThat(codes(ended)).containsExactly("AGREEMENT_ENDED");

        ResponseEntity<Map<String, Object>> closed = practitioner().post("/api/cases/" + caseReference + "/closure",
                Map.of("reason", "A child protection plan now holds the work"));
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody()).containsEntry("caseReference", caseReference);
    }

    @Test
    void aCaseIsOpenedAllocatedAndClosedOverHttpWithItsVersionAsETag() {
        String caseReference = "CASE-ALLOC-" + UUID.randomUUID();
        ResponseEntity<Map<String, Object>> opened = practitioner().post("/api/cases", Map.of(
                "caseReference", caseReference, "childName", "Mia Jones", "practitioner", "alex.other", "team", "team-north"));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map<String, Object>> allocated = manager().post("/api/cases/" + caseReference + "/allocation",
                Map.of("practitioner", PRACTITIONER, "team", "team-south"),
                headers("If-Match", opened.getHeaders().getETag(), "X-Reason", "Sam%E2%80%99s%20caseload%20has%20room"));
        assertThat(allocated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(latestMetaData(caseReference)).contains("Sam’s caseload has room");

        ResponseEntity<Map<String, Object>> stale = practitioner().post("/api/cases/" + caseReference + "/closure",
                Map.of(), headers("If-Match", opened.getHeaders().getETag()));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<Map<String, Object>> closed = practitioner().post("/api/cases/" + caseReference + "/closure",
                Map.of("reason", "No further action"), headers("If-Match", allocated.getHeaders().getETag()));
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Long.parseLong(closed.getHeaders().getETag().replace("\"", "")))
                .isEqualTo(((Number) closed.getBody().get("version")).longValue());
    }

    private String created(String path, Map<String, Object> body, String etag) {
        ResponseEntity<Map<String, Object>> response = practitioner().post(path, body, headers("If-Match", etag));
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation()).isNotNull();
        return nextVersion(etag, response);
    }

    private String ok(String path, Map<String, Object> body, String etag) {
        ResponseEntity<Map<String, Object>> response = practitioner().post(path, body, headers("If-Match", etag));
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return nextVersion(etag, response);
    }

    private static String nextVersion(String etag, ResponseEntity<Map<String, Object>> response) {
        String next = response.getHeaders().getETag();
        assertThat(Long.parseLong(next.replace("\"", ""))).isGreaterThan(Long.parseLong(etag.replace("\"", "")))
                .isEqualTo(((Number) response.getBody().get("version")).longValue());
        return next;
    }

    @SuppressWarnings("unchecked")
    static List<String> codes(ResponseEntity<Map<String, Object>> problem) {
        return ((List<Map<String, Object>>) problem.getBody().get("violations")).stream()
                .map(v -> (String) v.get("code")).toList();
    }

    /** The agreement's summary, as a reader of GET /api/agreements/{id} sees it, reaches the given status. */
    private void awaitSummaryStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                asManager().getForEntity("/api/agreements/" + id, Map.class).getBody())
                .containsEntry("status", status)
                .containsEntry("version", ((Number) jdbc.sql("SELECT max(sequence_number) FROM domain_event_entry "
                        + "WHERE aggregate_identifier = :id").param("id", id).query(Long.class).single()).intValue()));
    }
}
