package uk.familyagreements.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.support.IntegrationTest;

class DraftAndReadAgreementIT extends IntegrationTest {

    @Test
    void aDraftSentOverHttpIsStoredAsAnEventWithItsAuthorAndAnsweredByTheQuerySide() {
        openCase("CASE-FOUNDATION-1");
        ResponseEntity<Map> created = asPractitioner().postForEntity("/api/agreements", Map.of(
                "caseReference", "CASE-FOUNDATION-1",
                "kind", "WRITTEN",
                "involvement", "SECTION_47_ENQUIRY",
                "purpose", "Keep Leo safe while the police finish their enquiry",
                "reason", "Leo said his father hurt him"), Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) created.getBody().get("agreementId");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/agreements/" + id);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");

        Map<String, Object> event = jdbc.sql("""
                        SELECT payload_type, payload_revision, sequence_number, convert_from(meta_data, 'UTF8') AS meta,
                               convert_from(payload, 'UTF8') AS payload
                        FROM domain_event_entry WHERE aggregate_identifier = :id AND sequence_number = 0""")
                .param("id", id).query().singleRow();
        assertThat(event.get("payload_type")).isEqualTo("uk.familyagreements.kernel.agreement.AgreementDraftedEvent");
        assertThat(event.get("payload_revision")).isEqualTo("1");
        assertThat(event.get("sequence_number")).isEqualTo(0L);
        assertThat((String) event.get("meta")).contains("\"user\":\"sam.practitioner\"").contains("correlationId");
        assertThat((String) event.get("payload")).contains("Keep Leo safe while the police finish their enquiry");

        ResponseEntity<Map> read = await().atMost(Duration.ofSeconds(15))
                .until(() -> asPractitioner().getForEntity("/api/agreements/" + id, Map.class),
                        response -> response.getStatusCode() == HttpStatus.OK);
        assertThat(read.getBody())
                .containsEntry("agreementId", id)
                .containsEntry("caseReference", "CASE-FOUNDATION-1")
                .containsEntry("kind", "WRITTEN")
                .containsEntry("status", "DRAFT")
                .containsEntry("draftedBy", "sam.practitioner");

        Map<String, Object> row = jdbc.sql("SELECT purpose, drafted_by FROM agreement_summary WHERE agreement_id = :id")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("purpose", "Keep Leo safe while the police finish their enquiry")
                .containsEntry("drafted_by", "sam.practitioner");
    }

    @Test
    void aDraftWithoutPurposeIsRejectedWithTheRuleCodeAndStoresNothing() {
        openCase("CASE-FOUNDATION-2");
        long eventsBefore = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();

        ResponseEntity<Map> rejected = asPractitioner().postForEntity("/api/agreements", Map.of(
                "caseReference", "CASE-FOUNDATION-2", "kind", "WORKING", "purpose", "  "), Map.class);

        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rejected.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(rejected.getBody().get("violations").toString()).contains("PURPOSE_REQUIRED", "purpose");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single())
                .isEqualTo(eventsBefore);
    }

    @Test
    void malformedInputIsA400NamingTheFieldWithoutInternals() {
        ResponseEntity<String> rejected = asPractitioner().postForEntity("/api/agreements",
                Map.of("caseReference", "CASE-FOUNDATION-3", "kind", "SOMETIMES", "purpose", "x"), String.class);

        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rejected.getBody()).contains("\"field\":\"kind\"", "INVALID_INPUT")
                .doesNotContain("Exception", "uk.familyagreements", "at ");
    }

    @Test
    void unknownAgreementIs404AndAnonymousRequestsAre401() {
        assertThat(asPractitioner().getForEntity("/api/agreements/no-such-agreement", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/agreements/no-such-agreement", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void healthReportsLivenessAndReadinessIncludingTheDatabaseAndPrometheusHasAxonMetrics() {
        ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> detailed = asManager().getForEntity("/actuator/health/readiness", String.class);
        assertThat(detailed.getBody()).contains("\"db\"");
        openCase("CASE-METRICS");
        asPractitioner().postForEntity("/api/agreements", Map.of("caseReference", "CASE-METRICS", "kind", "WORKING",
                "purpose", "Assess how life is for Mia"), Map.class);
        ResponseEntity<byte[]> metrics = asManager().getForEntity("/actuator/prometheus", byte[].class);
        assertThat(new String(metrics.getBody(), StandardCharsets.UTF_8)).contains("commandBus", "hikaricp");
    }
}
