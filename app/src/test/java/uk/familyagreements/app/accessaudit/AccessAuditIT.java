package uk.familyagreements.app.accessaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.familyagreements.app.support.DemoUsers.ALEX;
import static uk.familyagreements.app.support.DemoUsers.PRIYA;
import static uk.familyagreements.app.support.DemoUsers.SAM;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.core.ParameterizedTypeReference;
import uk.familyagreements.app.support.DemoUsers.DemoUser;
import uk.familyagreements.app.support.IntegrationTest;

/** Reads and refusals leave a trace that auditors can query and nobody can change. */
class AccessAuditIT extends IntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> RECORDS =
            new ParameterizedTypeReference<>() {
            };

    private String agreement;
    private String caseReference;

    @BeforeEach
    void anAgreementOfTeamA() {
        caseReference = "CASE-AUDIT-" + UUID.randomUUID();
        openCase(caseReference);
        ResponseEntity<Map> created = as(SAM).postForEntity("/api/agreements", Map.of("caseReference", caseReference,
                "kind", "WORKING", "purpose", "Assess how life is for Noah at home"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        agreement = (String) created.getBody().get("agreementId");
    }

    @Test
    void aReadAndARefusalAreRecordedWithWhoWhatWhenAndWhereAndAuditorsCanFindThem() {
        await().atMost(Duration.ofSeconds(15)).until(() -> as(SAM).getForEntity("/api/agreements/" + agreement,
                String.class).getStatusCode() == HttpStatus.OK);
        ResponseEntity<String> refused = as(PRIYA).getForEntity("/api/agreements/" + agreement, String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<List<Map<String, Object>>> trail = as(ALEX).exchange(
                "/api/access-audit?resourceId=" + agreement, HttpMethod.GET, null, RECORDS);

        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trail.getBody()).anySatisfy(entry -> assertThat(entry)
                .containsEntry("username", SAM.username())
                .containsEntry("action", "READ")
                .containsEntry("outcome", "ALLOWED")
                .containsEntry("resourceType", "agreement")
                .containsEntry("caseReference", caseReference)
                .containsEntry("clientAddress", "127.0.0.1")
                .containsKey("occurredAt"));
        assertThat(trail.getBody()).anySatisfy(entry -> assertThat(entry)
                .containsEntry("username", PRIYA.username())
                .containsEntry("outcome", "DENIED")
                .containsEntry("status", 404));
    }

    @Test
    void printsAndAuditTrailReadsAreRecordedAsSuch() {
        as(SAM).getForEntity("/api/agreements/" + agreement + "/document", String.class);
        as(ALEX).getForEntity("/api/audit/agreements/" + agreement, String.class);

        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT username, action, resource_type FROM access_audit
                        WHERE resource_id = :id AND outcome <> 'DENIED' ORDER BY id""")
                .param("id", agreement).query().listOfRows();
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("username", SAM.username())
                .containsEntry("action", "PRINT"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("username", ALEX.username())
                .containsEntry("resource_type", "audit-trail"));
    }

    @Test
    void onlyAuditorsReadTheAccessAuditAndNobodyChangesItThroughTheApi() {
        as(SAM).getForEntity("/api/agreements/" + agreement, String.class);
        long before = count();

        assertThat(as(SAM).getForEntity("/api/access-audit", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            ResponseEntity<String> attempt = as(ALEX).exchange("/api/access-audit", method,
                    new HttpEntity<>(Map.of("username", "someone-else")), String.class);
            assertThat(attempt.getStatusCode().is2xxSuccessful()).as(method.name()).isFalse();
        }
        assertThat(as(ALEX).exchange("/api/access-audit/1", HttpMethod.DELETE, null, String.class)
                .getStatusCode().is2xxSuccessful()).isFalse();

        // Only the auditor's own reads and the refused attempts were added; nothing was removed or changed.
        assertThat(count()).isGreaterThan(before);
        assertThat(jdbc.sql("SELECT count(*) FROM access_audit WHERE username = 'someone-else'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteTheAccessAudit() {
        as(SAM).getForEntity("/api/agreements/" + agreement, String.class);

        assertThatThrownBy(() -> jdbc.sql("UPDATE access_audit SET username = 'nobody' WHERE resource_id = :id")
                .param("id", agreement).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM access_audit WHERE resource_id = :id")
                .param("id", agreement).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE access_audit").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM access_audit WHERE resource_id = :id AND username = :u")
                .param("id", agreement).param("u", SAM.username()).query(Long.class).single()).isPositive();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM access_audit").query(Long.class).single();
    }

    private TestRestTemplate as(DemoUser user) {
        return http.withBasicAuth(user.username(), user.password());
    }
}
