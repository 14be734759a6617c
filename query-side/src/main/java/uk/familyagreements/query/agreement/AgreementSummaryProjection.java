package uk.familyagreements.query.agreement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.familyagreements.kernel.agreement.AgreementApprovedEvent;
import uk.familyagreements.kernel.agreement.AgreementCameIntoForceEvent;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementEndedEvent;
import uk.familyagreements.kernel.agreement.AgreementReplacedWithPlanEvent;
import uk.familyagreements.kernel.agreement.AgreementStatus;
import uk.familyagreements.kernel.agreement.AgreementVariedEvent;
import uk.familyagreements.kernel.agreement.DraftDiscardedEvent;
import uk.familyagreements.kernel.agreement.SignatureRecordedEvent;
import uk.familyagreements.kernel.identity.AuditMetaData;
import uk.familyagreements.query.projection.DeadLetteringProjection;

/**
 * Keeps one {@code agreement_summary} row per agreement. Handlers are idempotent (a replayed event changes nothing)
 * because a pooled streaming processor may deliver an event again after a failed batch.
 */
@Component
@ProcessingGroup(AgreementSummaryProjection.PROCESSING_GROUP)
class AgreementSummaryProjection extends DeadLetteringProjection {

    static final String PROCESSING_GROUP = "agreement-summary";
    /** Axon's aggregate type of the agreement's events: the aggregate class's simple name. */
    private static final String AGREEMENT_TYPE = "Agreement";

    private final JdbcClient jdbc;

    AgreementSummaryProjection(JdbcClient jdbc) {
        super(PROCESSING_GROUP);
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgreementDraftedEvent event, @MetaDataValue(AuditMetaData.USER) String user, @Timestamp Instant at,
            @SequenceNumber long sequenceNumber) {
        jdbc.sql("""
                        INSERT INTO agreement_summary (agreement_id, case_reference, kind, involvement, status, purpose,
                            reason, drafted_by, drafted_at, last_changed_by, last_changed_at, aggregate_version)
                        VALUES (:id, :caseReference, :kind, :involvement, :status, :purpose, :reason, :user, :at,
                            :user, :at, :version)
                        ON CONFLICT (agreement_id) DO NOTHING""")
                .param("id", event.agreementId().value())
                .param("caseReference", event.caseReference().value())
                .param("kind", event.kind().name())
                .param("involvement", event.involvement() == null ? null : event.involvement().name())
                .param("status", AgreementStatus.DRAFT.name())
                .param("purpose", event.purpose())
                .param("reason", event.reason())
                .param("user", user == null ? "unknown" : user)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("version", sequenceNumber)
                .update();
    }

    @EventHandler
    void on(AgreementApprovedEvent event, DomainEventMessage<?> message) {
        advance(message, "CASE WHEN status = 'DRAFT' THEN 'AWAITING_SIGNATURES' ELSE status END");
    }

    @EventHandler
    void on(SignatureRecordedEvent event, DomainEventMessage<?> message) {
        advance(message, "CASE WHEN status = 'DRAFT' THEN 'AWAITING_SIGNATURES' ELSE status END");
    }

    @EventHandler
    void on(AgreementVariedEvent event, DomainEventMessage<?> message) {
        advance(message, "CASE WHEN status = 'IN_FORCE' THEN status ELSE 'DRAFT' END");
    }

    @EventHandler
    void on(AgreementCameIntoForceEvent event, DomainEventMessage<?> message) {
        advance(message, "'IN_FORCE'");
    }

    @EventHandler
    void on(AgreementEndedEvent event, DomainEventMessage<?> message) {
        advance(message, "'ENDED'");
    }

    @EventHandler
    void on(AgreementReplacedWithPlanEvent event, DomainEventMessage<?> message) {
        advance(message, "'ENDED'");
    }

    @EventHandler
    void on(DraftDiscardedEvent event, DomainEventMessage<?> message) {
        advance(message, "'DISCARDED'");
    }

    /** Every other event of an agreement still moves its version and who changed it last. */
    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (AGREEMENT_TYPE.equals(message.getType())) {
            advance(message, "status");
        }
    }

    /** Applies an event once: an event at or below the row's version was already applied. */
    private void advance(DomainEventMessage<?> message, String newStatusSql) {
        Object user = message.getMetaData().get(AuditMetaData.USER);
        jdbc.sql("UPDATE agreement_summary SET status = " + newStatusSql + ", last_changed_by = :user, "
                        + "last_changed_at = :at, aggregate_version = :version "
                        + "WHERE agreement_id = :id AND aggregate_version < :version")
                .param("user", user == null ? "unknown" : user.toString())
                .param("at", OffsetDateTime.ofInstant(message.getTimestamp(), ZoneOffset.UTC))
                .param("version", message.getSequenceNumber())
                .param("id", message.getAggregateIdentifier())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM agreement_summary").update();
    }
}
