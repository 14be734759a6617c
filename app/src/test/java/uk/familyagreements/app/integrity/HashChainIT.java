package uk.familyagreements.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.app.support.DemoUsers.ADA;
import static uk.familyagreements.app.support.DemoUsers.ALEX;
import static uk.familyagreements.app.support.DemoUsers.SAM;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.familyagreements.app.support.IntegrationTest;

/** The hash chain holds on untouched history and names exactly the event whose stored bytes were changed. */
class HashChainIT extends IntegrationTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    VerifyIntegrityCommand command;

    @Test
    void anUntouchedAgreementIsIntact() {
        String id = draft();

        ResponseEntity<Map> report = http.withBasicAuth(ALEX.username(), ALEX.password())
                .getForEntity("/api/integrity/agreements/" + id, Map.class);

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody()).containsEntry("intact", true).containsEntry("eventsChecked", 1);
        assertThat(jdbc.sql("SELECT count(*) FROM event_hash_chain WHERE aggregate_identifier = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void oneChangedPayloadByteIsFoundAtThatEventAndNoEarlier() {
        String aggregate = "integrity-probe-" + UUID.randomUUID();
        for (int sequence = 0; sequence < 4; sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("IntegrityProbe", aggregate, sequence,
                    "probe event " + sequence, MetaData.with("user", "test")));
        }
        assertThat(command.report(List.of(aggregate))).isTrue();
        String tampered = jdbc.sql("SELECT event_identifier FROM domain_event_entry "
                        + "WHERE aggregate_identifier = :id AND sequence_number = 2")
                .param("id", aggregate).query(String.class).single();

        flipPayloadByte(aggregate, 2);
        try {
            ResponseEntity<Map> report = http.withBasicAuth(ALEX.username(), ALEX.password())
                    .getForEntity("/api/integrity/agreements/" + aggregate, Map.class);
            assertThat(report.getBody()).containsEntry("intact", false);
            assertThat((Map<String, Object>) report.getBody().get("firstBroken"))
                    .containsEntry("sequenceNumber", 2)
                    .containsEntry("eventIdentifier", tampered);

            ResponseEntity<Map> all = http.withBasicAuth(ADA.username(), ADA.password())
                    .getForEntity("/api/integrity/agreements", Map.class);
            assertThat(all.getBody()).containsEntry("intact", false);
            assertThat((List<Map<String, Object>>) all.getBody().get("broken"))
                    .anySatisfy(broken -> assertThat(broken).containsEntry("aggregateId", aggregate));
            assertThat(command.report(List.of(aggregate))).isFalse();
        } finally {
            flipPayloadByte(aggregate, 2);
        }
        assertThat(command.report(List.of(aggregate))).isTrue();
    }

    @Test
    void aChangedDraftIsFoundAtItsFirstEvent() {
        String id = draft();
        flipPayloadByte(id, 0);
        try {
            Map<String, Object> report = http.withBasicAuth(ALEX.username(), ALEX.password())
                    .getForEntity("/api/integrity/agreements/" + id, Map.class).getBody();
            assertThat(report).containsEntry("intact", false);
            assertThat((Map<String, Object>) report.get("firstBroken")).containsEntry("sequenceNumber", 0);
        } finally {
            flipPayloadByte(id, 0);
        }
    }

    @Test
    void theChainItselfCannotBeRewrittenThroughSql() {
        String id = draft();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                        "UPDATE event_hash_chain SET hash = sha256(hash) WHERE aggregate_identifier = :id")
                .param("id", id).update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void anUnknownIdIs404() {
        assertThat(http.withBasicAuth(ALEX.username(), ALEX.password())
                .getForEntity("/api/integrity/agreements/no-such-aggregate", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** XOR of one byte in the stored payload: the change an editor of the database would make. */
    private void flipPayloadByte(String aggregate, long sequence) {
        jdbc.sql("""
                        UPDATE domain_event_entry
                        SET payload = set_byte(payload, 5, get_byte(payload, 5) # 1)
                        WHERE aggregate_identifier = :id AND sequence_number = :seq""")
                .param("id", aggregate).param("seq", sequence).update();
    }

    private String draft() {
        String caseReference = "CASE-CHAIN-" + UUID.randomUUID();
        openCase(caseReference);
        ResponseEntity<Map> created = http.withBasicAuth(SAM.username(), SAM.password()).postForEntity(
                "/api/agreements", Map.of("caseReference", caseReference, "kind", "WORKING",
                        "purpose", "Assess how life is for Ava at home"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("agreementId");
    }
}
