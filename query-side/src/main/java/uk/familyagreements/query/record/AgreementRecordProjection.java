package uk.familyagreements.query.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.familyagreements.query.projection.DeadLetteringProjection;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * Keeps one JSON record per agreement by applying {@link AgreementRecordFold} to the stored document. The fold skips
 * events at or below the document's aggregate version, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(AgreementRecordProjection.PROCESSING_GROUP)
class AgreementRecordProjection extends DeadLetteringProjection {

    static final String PROCESSING_GROUP = "agreement-record";
    private static final String AGREEMENT_EVENTS = AgreementDraftedEvent.class.getPackageName();

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AgreementRecordProjection(JdbcClient jdbc, ObjectMapper json) {
        super(PROCESSING_GROUP);
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> message, @MetaDataValue(AuditMetaData.USER) String user)
            throws JsonProcessingException {
        if (!payload.getClass().getPackageName().equals(AGREEMENT_EVENTS)) {
            return;
        }
        String id = message.getAggregateIdentifier();
        AgreementRecord record = jdbc.sql("SELECT document FROM agreement_record WHERE agreement_id = :id")
                .param("id", id).query(String.class).optional()
                .map(this::read).orElseGet(AgreementRecord::new);
        long before = record.aggregateVersion;
        AgreementRecordFold.apply(record, payload,
                new AgreementRecordFold.Meta(message.getSequenceNumber(), message.getTimestamp(), user));
        if (record.aggregateVersion == before || record.caseReference == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO agreement_record (agreement_id, case_reference, document, aggregate_version)
                        VALUES (:id, :ref, CAST(:doc AS jsonb), :v)
                        ON CONFLICT (agreement_id) DO UPDATE SET document = EXCLUDED.document,
                            aggregate_version = EXCLUDED.aggregate_version""")
                .param("id", id).param("ref", record.caseReference).param("doc", json.writeValueAsString(record))
                .param("v", record.aggregateVersion).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM agreement_record").update();
    }

    private AgreementRecord read(String document) {
        try {
            return json.readValue(document, AgreementRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored agreement record cannot be read", e);
        }
    }

}
