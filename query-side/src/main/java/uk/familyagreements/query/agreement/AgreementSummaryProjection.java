package uk.familyagreements.query.agreement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementStatus;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * Keeps one {@code agreement_summary} row per agreement. Handlers are idempotent (a replayed event changes nothing)
 * because a pooled streaming processor may deliver an event again after a failed batch.
 */
@Component
@ProcessingGroup(AgreementSummaryProjection.PROCESSING_GROUP)
class AgreementSummaryProjection {

    static final String PROCESSING_GROUP = "agreement-summary";

    private final JdbcClient jdbc;

    AgreementSummaryProjection(JdbcClient jdbc) {
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

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM agreement_summary").update();
    }
}
