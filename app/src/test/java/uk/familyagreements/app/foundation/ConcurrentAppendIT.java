package uk.familyagreements.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.familyagreements.app.support.IntegrationTest;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.DraftDiscardedEvent;
import uk.familyagreements.kernel.cases.CaseReference;

/** PostgreSQL's unique-key violation (23505) on (aggregate, sequence) must read as a lost optimistic lock. */
class ConcurrentAppendIT extends IntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TransactionManager transactionManager;

    @Test
    void aSecondAppendAtTheSameSequenceNumberIsAConcurrencyExceptionNotAnEventStoreException() {
        String aggregateId = UUID.randomUUID().toString();
        DraftDiscardedEvent payload = new DraftDiscardedEvent(new AgreementId(aggregateId),
                new CaseReference("CASE-RACE"), "test");
        transactionManager.executeInTransaction(() -> storageEngine.appendEvents(
                new GenericDomainEventMessage<>("Agreement", aggregateId, 0, payload),
                new GenericDomainEventMessage<>("Agreement", aggregateId, 1, payload)));

        assertThatThrownBy(() -> transactionManager.executeInTransaction(() -> storageEngine.appendEvents(
                new GenericDomainEventMessage<>("Agreement", aggregateId, 1, payload))))
                .isInstanceOf(ConcurrencyException.class)
                .isNotInstanceOf(EventStoreException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregateId).query(Long.class).single()).isEqualTo(2L);
    }
}
