package uk.familyagreements.app.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * Writes a scripted history straight into the event store, each event with the time and the user it happened at,
 * so that a test can replay a month of work in a second and know exactly what every view must say.
 */
public final class EventScript {

    private final EventStore eventStore;
    private final Map<String, Long> sequences = new HashMap<>();

    public EventScript(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public void agreement(String agreementId, Instant at, String user, String roles, Object payload) {
        emit("Agreement", agreementId, at, user, roles, payload);
    }

    public void onCase(String caseReference, Instant at, String user, String roles, Object payload) {
        emit("Case", caseReference, at, user, roles, payload);
    }

    private void emit(String type, String aggregateId, Instant at, String user, String roles, Object payload) {
        long seq = sequences.merge(aggregateId, 0L, (old, zero) -> old + 1);
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, seq, payload,
                Map.of(AuditMetaData.USER, user, AuditMetaData.ROLES, roles), UUID.randomUUID().toString(), at));
    }

    public long sequenceOf(String aggregateId) {
        return sequences.getOrDefault(aggregateId, -1L);
    }
}
