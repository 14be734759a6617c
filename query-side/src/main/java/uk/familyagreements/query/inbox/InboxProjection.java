package uk.familyagreements.query.inbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.familyagreements.kernel.agreement.EscalationCause;
import uk.familyagreements.kernel.agreement.EscalationLevel;
import uk.familyagreements.kernel.agreement.EscalationRaisedEvent;
import uk.familyagreements.kernel.agreement.ReminderIssuedEvent;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.query.projection.DeadLetteringProjection;

/**
 * Puts every reminder and escalation into the inbox of the people it is for, read from the staff directory when the
 * event is handled: reminders to the case's allocated practitioner, escalations to the managers of the level.
 *
 * <p>Idempotent: a row per (event, recipient), so a redelivered batch adds nothing and emails nobody twice. Emails
 * leave after the batch's transaction commits, and never during a replay.
 */
@Component
@ProcessingGroup(InboxProjection.PROCESSING_GROUP)
class InboxProjection extends DeadLetteringProjection {

    static final String PROCESSING_GROUP = "inbox";

    private static final Logger log = LoggerFactory.getLogger(InboxProjection.class);

    private final JdbcClient jdbc;
    private final InboxMailer mailer;

    InboxProjection(JdbcClient jdbc, InboxMailer mailer) {
        super(PROCESSING_GROUP);
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    @EventHandler
    void on(CaseOpenedEvent event) {
        allocate(event.caseReference().value(), event.practitioner(), event.team());
    }

    @EventHandler
    void on(CaseAllocatedEvent event) {
        allocate(event.caseReference().value(), event.practitioner(), event.team());
    }

    @EventHandler
    void on(ReminderIssuedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at,
            ReplayStatus replay) {
        String caseReference = event.caseReference().value();
        List<Recipient> recipients = practitionerOf(caseReference);
        deliver(new Delivery(eventId, event.agreementId().value(), caseReference, "REMINDER", event.subject(), null,
                Subjects.reminder(event.subject()), event.dueAt(), at), recipients, replay);
    }

    @EventHandler
    void on(EscalationRaisedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at,
            ReplayStatus replay) {
        String caseReference = event.caseReference().value();
        List<Recipient> recipients = switch (event.level()) {
            case PRACTITIONER -> practitionerOf(caseReference);
            case TEAM_MANAGER -> jdbc.sql("""
                            SELECT s.username, s.email FROM staff_member s
                            JOIN inbox_case_allocation a ON a.team_code = s.team_code
                            WHERE a.case_reference = :caseReference AND s.active
                              AND s.role IN ('TEAM_MANAGER', 'CONSULTANT_SOCIAL_WORKER')
                            ORDER BY s.username""")
                    .param("caseReference", caseReference)
                    .query(Recipient.class).list();
            case SERVICE_MANAGER -> jdbc.sql("""
                            SELECT s.username, s.email FROM staff_member s
                            JOIN team t ON t.service_code = s.service_code
                            JOIN inbox_case_allocation a ON a.team_code = t.team_code
                            WHERE a.case_reference = :caseReference AND s.active AND s.role = 'SERVICE_MANAGER'
                            ORDER BY s.username""")
                    .param("caseReference", caseReference)
                    .query(Recipient.class).list();
        };
        deliver(new Delivery(eventId, event.agreementId().value(), caseReference, "ESCALATION", event.cause(),
                event.level(), Subjects.escalation(event.cause(), event.level()), event.dueAt(), at), recipients,
                replay);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM inbox_message").update();
        jdbc.sql("DELETE FROM inbox_case_allocation").update();
    }

    private void allocate(String caseReference, String practitioner, String team) {
        jdbc.sql("""
                        INSERT INTO inbox_case_allocation (case_reference, practitioner, team_code)
                        VALUES (:caseReference, :practitioner, :team)
                        ON CONFLICT (case_reference) DO UPDATE
                            SET practitioner = EXCLUDED.practitioner, team_code = EXCLUDED.team_code""")
                .param("caseReference", caseReference)
                .param("practitioner", practitioner)
                .param("team", team)
                .update();
    }

    private List<Recipient> practitionerOf(String caseReference) {
        return jdbc.sql("""
                        SELECT a.practitioner AS username, s.email FROM inbox_case_allocation a
                        LEFT JOIN staff_member s ON s.username = a.practitioner AND s.active
                        WHERE a.case_reference = :caseReference""")
                .param("caseReference", caseReference)
                .query(Recipient.class).list();
    }

    private void deliver(Delivery delivery, List<Recipient> recipients, ReplayStatus replay) {
        if (recipients.isEmpty()) {
            log.warn("Nobody to tell about {} {} on agreement {}: no allocation or no {} in the staff directory",
                    delivery.kind(), delivery.cause(), delivery.agreementId(),
                    delivery.level() == null ? "practitioner" : delivery.level());
        }
        for (Recipient recipient : recipients) {
            boolean added = jdbc.sql("""
                            INSERT INTO inbox_message (id, event_id, recipient, agreement_id, case_reference, kind,
                                cause, level, subject, due_at, created_at)
                            VALUES (:id, :eventId, :recipient, :agreementId, :caseReference, :kind, :cause, :level,
                                :subject, :dueAt, :createdAt)
                            ON CONFLICT (event_id, recipient) DO NOTHING""")
                    .param("id", UUID.randomUUID().toString())
                    .param("eventId", delivery.eventId())
                    .param("recipient", recipient.username())
                    .param("agreementId", delivery.agreementId())
                    .param("caseReference", delivery.caseReference())
                    .param("kind", delivery.kind())
                    .param("cause", delivery.cause().name())
                    .param("level", delivery.level() == null ? null : delivery.level().name())
                    .param("subject", delivery.subject())
                    .param("dueAt", utc(delivery.dueAt()))
                    .param("createdAt", utc(delivery.at()))
                    .update() == 1;
            if (added && !replay.isReplay() && recipient.email() != null && !recipient.email().isBlank()) {
                emailAfterCommit(delivery, recipient);
            }
        }
    }

    private void emailAfterCommit(Delivery delivery, Recipient recipient) {
        Runnable send = () -> mailer.send(delivery.eventId(), recipient.username(), recipient.email(),
                delivery.subject(), delivery.dueAt(), delivery.agreementId());
        if (CurrentUnitOfWork.isStarted()) {
            // The batch's transaction commits before afterCommit: no email for a row that was rolled back.
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> send.run());
        } else {
            send.run();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    record Recipient(String username, String email) {
    }

    private record Delivery(String eventId, String agreementId, String caseReference, String kind,
                            EscalationCause cause, EscalationLevel level, String subject, Instant dueAt, Instant at) {
    }
}
