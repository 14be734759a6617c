package uk.familyagreements.app.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.support.DemoUsers;
import uk.familyagreements.app.support.EventScript;
import uk.familyagreements.app.support.IntegrationTest;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.ContentHash;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.WarningsRecordedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.query.projection.ProjectionPositions;

/**
 * One agreement's event fails in the caseload projection (a database trigger stands in for a bug that touches only
 * that agreement): it is dead-lettered, every other agreement keeps being served, and retrying after the fix brings
 * the failed agreement up to date.
 */
class DeadLetterIT extends IntegrationTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionPositions positions;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String broken = "X-" + run;
    private final String healthy = "Y-" + run;
    private final String caseRef = "CDL-" + run;

    @AfterEach
    void removeFault() {
        jdbc.sql("DROP TRIGGER IF EXISTS fail_one_agreement ON caseload_agreement").update();
    }

    @Test
    void aFailingEventIsDeadLetteredOthersKeepFlowingAndARetryAfterTheFixCatchesUp() {
        EventScript script = new EventScript(eventStore);
        Instant at = Instant.now().minusSeconds(3600);
        script.onCase(caseRef, at, "case-feed", "SYSTEM", new CaseOpenedEvent(new CaseReference(caseRef), "Ava",
                "dl-" + run, "team-dl"));
        for (String id : List.of(broken, healthy)) {
            script.agreement(id, at, "sam", "PRACTITIONER", new AgreementDraftedEvent(new AgreementId(id),
                    new CaseReference(caseRef), AgreementKind.WORKING, Involvement.OTHER, "Agree the school run", null,
                    null));
        }
        awaitCaseload();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION fail_for_agreement() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION 'simulated fault for %', NEW.agreement_id;
                END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("CREATE TRIGGER fail_one_agreement BEFORE UPDATE ON caseload_agreement FOR EACH ROW "
                + "WHEN (NEW.agreement_id = '" + broken + "') EXECUTE FUNCTION fail_for_agreement()").update();

        script.agreement(broken, at.plusSeconds(60), "sam", "PRACTITIONER", warnings(broken, 1));
        script.agreement(healthy, at.plusSeconds(60), "sam", "PRACTITIONER", warnings(healthy, 1));
        script.agreement(broken, at.plusSeconds(120), "sam", "PRACTITIONER", warnings(broken, 2));
        script.agreement(healthy, at.plusSeconds(120), "sam", "PRACTITIONER", warnings(healthy, 2));
        awaitCaseload();

        assertThat(warningsOf(healthy)).isEqualTo(2);
        assertThat(warningsOf(broken)).isZero();
        // The failed event and the one behind it in the same agreement's sequence wait in the queue.
        assertThat(deadLetters()).isEqualTo(2);
        ResponseEntity<Map> status = http.withBasicAuth(DemoUsers.ADA.username(), DemoUsers.ADA.password()).getForEntity("/api/admin/projections/caseload", Map.class);
        assertThat(status.getBody()).containsEntry("deadLetters", 2);

        removeFault();
        ResponseEntity<Map> retried = http.withBasicAuth(DemoUsers.ADA.username(), DemoUsers.ADA.password()).postForEntity("/api/admin/projections/caseload/dead-letters/retry",
                null, Map.class);

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).containsEntry("deadLettersLeft", 0);
        assertThat(warningsOf(broken)).isEqualTo(2);
        assertThat(deadLetters()).isZero();
    }

    private WarningsRecordedEvent warnings(String id, int count) {
        return new WarningsRecordedEvent(new AgreementId(id), 1, new ContentHash("h"), java.util.stream.IntStream
                .range(0, count).mapToObj(i -> new RuleViolation(RuleCode.JARGON, "purpose", "Plain words " + i))
                .toList());
    }

    private int warningsOf(String id) {
        return jdbc.sql("SELECT warnings_count FROM caseload_agreement WHERE agreement_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private long deadLetters() {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = 'caseload' "
                + "AND sequence_identifier LIKE :id").param("id", "%" + broken + "%").query(Long.class).single();
    }

    private void awaitCaseload() {
        long head = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> positions.position("caseload") >= head);
    }
}
