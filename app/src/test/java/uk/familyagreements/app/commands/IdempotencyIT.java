package uk.familyagreements.app.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.app.commands.Commands.headers;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.support.IntegrationTest;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIT extends IntegrationTest {

    @BeforeAll
    void openTheCases() {
        for (int i = 1; i <= 9; i++) {
            openCase("CASE-IDEM-" + i);
        }
    }

    private static Map<String, Object> draft(String caseReference, String purpose) {
        return Map.of("caseReference", caseReference, "kind", "WORKING", "purpose", purpose);
    }

    private long draftsOnCase(String caseReference) {
        return jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE payload_type = 'uk.familyagreements.kernel.agreement.AgreementDraftedEvent'
                          AND convert_from(payload, 'UTF8') LIKE :needle""")
                .param("needle", "%\"" + caseReference + "\"%").query(Long.class).single();
    }

    @Test
    void aRetriedDraftWithTheSameKeyIsAppliedOnceAndAnsweredWithTheFirstResponse() {
        Commands commands = new Commands(asPractitioner());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = draft("CASE-IDEM-1", "Check Amira is safe after school");

        ResponseEntity<Map<String, Object>> first = commands.post("/api/agreements", body,
                headers("Idempotency-Key", key));
        ResponseEntity<Map<String, Object>> retry = commands.post("/api/agreements", body,
                headers("Idempotency-Key", key));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(draftsOnCase("CASE-IDEM-1")).isEqualTo(1);
    }

    @Test
    void aRetriedPartyWithAServerMadeIdIsAddedOnceAndAnsweredWithTheSameId() {
        Commands commands = new Commands(asPractitioner());
        ResponseEntity<Map<String, Object>> drafted = commands.post("/api/agreements",
                draft("CASE-IDEM-9", "Agree how Leo gets to school"));
        String agreementId = (String) drafted.getBody().get("agreementId");
        String version = drafted.getHeaders().getETag();
        String key = UUID.randomUUID().toString();
        Map<String, Object> party = Map.of("name", "Grace Adeyemi", "role", "CARER");

        ResponseEntity<Map<String, Object>> first = commands.post("/api/agreements/" + agreementId + "/parties",
                party, headers("Idempotency-Key", key, "If-Match", version));
        ResponseEntity<Map<String, Object>> retry = commands.post("/api/agreements/" + agreementId + "/parties",
                party, headers("Idempotency-Key", key, "If-Match", version));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody().get("partyId")).isEqualTo(first.getBody().get("partyId"));
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id
                          AND payload_type = 'uk.familyagreements.kernel.agreement.PartyAddedEvent'""")
                .param("id", agreementId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameKeyOnADifferentRequestIs422NamingTheHeaderAndAppliesNothing() {
        Commands commands = new Commands(asPractitioner());
        String key = UUID.randomUUID().toString();
        commands.post("/api/agreements", draft("CASE-IDEM-2", "Check Amira is safe after school"),
                headers("Idempotency-Key", key));

        ResponseEntity<Map<String, Object>> reused = commands.post("/api/agreements",
                draft("CASE-IDEM-2", "Something else entirely"), headers("Idempotency-Key", key));

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(reused.getBody().get("violations")).asList()
                .containsExactly(Map.of("code", "INVALID_INPUT", "field", "Idempotency-Key",
                        "message", "This Idempotency-Key was used for a different request. Use a new key for a "
                                + "new request."));
        assertThat(draftsOnCase("CASE-IDEM-2")).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirUserSoAnotherUsersSameKeyIsANewRequest() {
        String key = UUID.randomUUID().toString();
        new Commands(asPractitioner()).post("/api/agreements", draft("CASE-IDEM-3", "Plan Noah's weekend contact"),
                headers("Idempotency-Key", key));
        ResponseEntity<Map<String, Object>> other = new Commands(asManager()).post("/api/agreements",
                draft("CASE-IDEM-3", "Plan Noah's weekend contact"), headers("Idempotency-Key", key));

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(other.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(draftsOnCase("CASE-IDEM-3")).isEqualTo(2);
    }

    @Test
    void aRejectedRequestReleasesItsKeySoTheCorrectedRetryRuns() {
        Commands commands = new Commands(asPractitioner());
        String key = UUID.randomUUID().toString();

        ResponseEntity<Map<String, Object>> rejected = commands.post("/api/agreements", draft("CASE-IDEM-4", " "),
                headers("Idempotency-Key", key));
        ResponseEntity<Map<String, Object>> rejectedAgain = commands.post("/api/agreements",
                draft("CASE-IDEM-4", " "), headers("Idempotency-Key", key));

        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rejectedAgain.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rejectedAgain.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(draftsOnCase("CASE-IDEM-4")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE idempotency_key = :key").param("key", key)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRetryWhileTheFirstRequestIsStillRunningIs409WithRetryAfter() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = draft("CASE-IDEM-5", "Keep Ella safe at bedtime");
        // The first request is mid-flight: it holds the key but has no response yet.
        new Commands(asPractitioner()).post("/api/agreements", body, headers("Idempotency-Key", key));
        jdbc.sql("UPDATE idempotency_key SET state = 'IN_FLIGHT', response_status = NULL, response_body = NULL "
                + "WHERE idempotency_key = :key").param("key", key).update();

        ResponseEntity<Map<String, Object>> retry = new Commands(asPractitioner()).post("/api/agreements", body,
                headers("Idempotency-Key", key));

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(retry.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(retry.getBody().get("violations").toString()).contains("CONCURRENT_MODIFICATION",
                "Idempotency-Key");
        assertThat(draftsOnCase("CASE-IDEM-5")).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithTheSameKeyApplyOnceAndTheOthersAreToldToRetry() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = draft("CASE-IDEM-6", "Make sure Zain gets to school every day");
        int clients = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<CompletableFuture<ResponseEntity<Map<String, Object>>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Commands(asPractitioner()).post("/api/agreements", body,
                            headers("Idempotency-Key", key));
                }, pool));
            }
            start.countDown();
            List<HttpStatus> statuses = answers.stream().map(CompletableFuture::join)
                    .map(response -> HttpStatus.valueOf(response.getStatusCode().value())).toList();

            // Each either ran, got the first one's answer replayed, or was told the first is still running.
            assertThat(statuses).isSubsetOf(HttpStatus.CREATED, HttpStatus.CONFLICT).contains(HttpStatus.CREATED);
            assertThat(answers.stream().map(CompletableFuture::join)
                    .filter(response -> response.getStatusCode() == HttpStatus.CREATED)
                    .map(response -> response.getBody().get("agreementId")).distinct()).hasSize(1);
            assertThat(draftsOnCase("CASE-IDEM-6")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExpiredKeyIsForgottenAndTheRequestRunsAgain() {
        Commands commands = new Commands(asPractitioner());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = draft("CASE-IDEM-7", "Agree who collects Ruby from nursery");
        commands.post("/api/agreements", body, headers("Idempotency-Key", key));
        jdbc.sql("UPDATE idempotency_key SET expires_at = :past WHERE idempotency_key = :key")
                .param("past", OffsetDateTime.now().minusMinutes(1)).param("key", key).update();

        ResponseEntity<Map<String, Object>> later = commands.post("/api/agreements", body,
                headers("Idempotency-Key", key));

        assertThat(later.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(later.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(draftsOnCase("CASE-IDEM-7")).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIs400NamingTheHeader() {
        ResponseEntity<Map<String, Object>> rejected = new Commands(asPractitioner()).post("/api/agreements",
                draft("CASE-IDEM-8", "Agree who collects Ruby from nursery"),
                headers("Idempotency-Key", "x".repeat(300)));

        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rejected.getBody().get("violations").toString()).contains("INVALID_INPUT", "Idempotency-Key");
        assertThat(draftsOnCase("CASE-IDEM-8")).isZero();
    }
}
