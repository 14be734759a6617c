package uk.familyagreements.query.caseload;

import static uk.familyagreements.query.projection.Sql.ts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.familyagreements.query.projection.DeadLetteringProjection;
import uk.familyagreements.kernel.agreement.AgreementApprovedEvent;
import uk.familyagreements.kernel.agreement.AgreementCameIntoForceEvent;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementEndedEvent;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.AgreementReplacedWithPlanEvent;
import uk.familyagreements.kernel.agreement.AgreementVariedEvent;
import uk.familyagreements.kernel.agreement.CopySentEvent;
import uk.familyagreements.kernel.agreement.DraftDiscardedEvent;
import uk.familyagreements.kernel.agreement.EscalationCause;
import uk.familyagreements.kernel.agreement.EscalationDecisionRecordedEvent;
import uk.familyagreements.kernel.agreement.EscalationRaisedEvent;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.MeetingArrangedEvent;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.ReviewRecordedEvent;
import uk.familyagreements.kernel.agreement.SignatureRecordedEvent;
import uk.familyagreements.kernel.agreement.WarningsRecordedEvent;
import uk.familyagreements.kernel.calendar.WorkingDayCalendar;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseClosedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * Keeps cases, agreements, due items and escalations per practitioner and team. Runs on one segment: an agreement
 * takes its practitioner and team from its case, so case and agreement events must be applied in store order.
 * Every agreement event first moves the row's {@code aggregate_version} forward; an event at or below it was
 * applied already and is skipped, which makes redelivery harmless.
 */
@Component
@ProcessingGroup(CaseloadProjection.PROCESSING_GROUP)
class CaseloadProjection extends DeadLetteringProjection {

    static final String PROCESSING_GROUP = "caseload";
    static final String UNALLOCATED = "unallocated";
    /** Copies go to parents and professionals within 24 hours of coming into force. */
    static final Duration COPIES_DUE = Duration.ofHours(24);
    static final int MEETING_WORKING_DAYS = 5;
    static final int ASSESSMENT_WORKING_DAYS = 45;
    static final int DECISION_WORKING_DAYS = 1;

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;

    CaseloadProjection(JdbcClient jdbc, WorkingDayCalendar calendar) {
        super(PROCESSING_GROUP);
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    // ---- cases

    @EventHandler
    void on(CaseOpenedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO caseload_case (case_reference, child_name, practitioner, team, open, opened_at,
                            last_activity_at)
                        VALUES (:ref, :child, :practitioner, :team, TRUE, :at, :at)
                        ON CONFLICT (case_reference) DO NOTHING""")
                .param("ref", event.caseReference().value()).param("child", event.childName())
                .param("practitioner", event.practitioner()).param("team", event.team()).param("at", ts(at))
                .update();
    }

    @EventHandler
    void on(CaseAllocatedEvent event, @Timestamp Instant at) {
        String ref = event.caseReference().value();
        jdbc.sql("UPDATE caseload_case SET practitioner = :p, team = :t, last_activity_at = :at "
                        + "WHERE case_reference = :ref")
                .param("p", event.practitioner()).param("t", event.team()).param("at", ts(at)).param("ref", ref)
                .update();
        // Re-allocation moves every agreement, due item and escalation of the case with it.
        for (String table : new String[] {"caseload_agreement", "caseload_due_item", "caseload_escalation"}) {
            jdbc.sql("UPDATE " + table + " SET practitioner = :p, team = :t WHERE case_reference = :ref")
                    .param("p", event.practitioner()).param("t", event.team()).param("ref", ref).update();
        }
    }

    @EventHandler
    void on(CaseClosedEvent event) {
        jdbc.sql("UPDATE caseload_case SET open = FALSE WHERE case_reference = :ref")
                .param("ref", event.caseReference().value()).update();
    }

    // ---- agreements

    @EventHandler
    void on(AgreementDraftedEvent event, @Timestamp Instant at, @SequenceNumber long seq) {
        String id = event.agreementId().value();
        String ref = event.caseReference().value();
        int inserted = jdbc.sql("""
                        INSERT INTO caseload_agreement (agreement_id, case_reference, practitioner, team, kind,
                            involvement, status, current_version, drafted_at, last_activity_at, aggregate_version)
                        SELECT :id, :ref, COALESCE(c.practitioner, :none), COALESCE(c.team, :none), :kind,
                            :involvement, 'DRAFT', 1, :at, :at, :seq
                        FROM (SELECT 1) one LEFT JOIN caseload_case c ON c.case_reference = :ref
                        ON CONFLICT (agreement_id) DO NOTHING""")
                .param("id", id).param("ref", ref).param("none", UNALLOCATED).param("kind", event.kind().name())
                .param("involvement", event.involvement() == null ? null : event.involvement().name())
                .param("at", ts(at)).param("seq", seq)
                .update();
        if (inserted == 1 && event.involvement() == Involvement.CIN_ASSESSMENT
                && event.assessmentStartedOn() != null) {
            LocalDate due = calendar.addWorkingDays(event.assessmentStartedOn(), ASSESSMENT_WORKING_DAYS);
            dueItem(id, "ASSESSMENT", "ASSESSMENT", endOf(due));
        }
    }

    @EventHandler
    void on(WarningsRecordedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        if (claim(event.agreementId().value(), seq, at, user)) {
            jdbc.sql("UPDATE caseload_agreement SET warnings_count = :n WHERE agreement_id = :id")
                    .param("n", event.warnings() == null ? 0 : event.warnings().size())
                    .param("id", event.agreementId().value()).update();
        }
    }

    @EventHandler
    void on(AgreementVariedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        if (claim(event.agreementId().value(), seq, at, user)) {
            // Unless a version is in force, the agreement is a draft again until the new version is settled.
            jdbc.sql("UPDATE caseload_agreement SET current_version = :v, "
                            + "status = CASE WHEN status = 'IN_FORCE' THEN status ELSE 'DRAFT' END "
                            + "WHERE agreement_id = :id")
                    .param("v", event.version()).param("id", event.agreementId().value()).update();
        }
    }

    @EventHandler
    void on(AgreementApprovedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        if (claim(event.agreementId().value(), seq, at, user)) {
            awaitingSignatures(event.agreementId().value());
        }
    }

    @EventHandler
    void on(SignatureRecordedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        if (claim(event.agreementId().value(), seq, at, user)) {
            awaitingSignatures(event.agreementId().value());
        }
    }

    @EventHandler
    void on(AgreementCameIntoForceEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        String id = event.agreementId().value();
        if (!claim(id, seq, at, user)) {
            return;
        }
        Instant periodEnd = event.period() == null ? null : event.period().end();
        jdbc.sql("""
                        UPDATE caseload_agreement SET status = 'IN_FORCE', in_force_version = :v,
                            in_force_since = COALESCE(in_force_since, :from), period_end = :end
                        WHERE agreement_id = :id""")
                .param("v", event.version()).param("from", ts(event.inForceFrom())).param("end", ts(periodEnd))
                .param("id", id).update();
        Instant from = event.inForceFrom() == null ? at : event.inForceFrom();
        dueItem(id, "COPIES:v" + event.version(), "COPIES", from.plus(COPIES_DUE));
        if (event.kind() == AgreementKind.WRITTEN) {
            dueItem(id, "MEETING", "MEETING", addWorkingDays(from, MEETING_WORKING_DAYS));
            if (periodEnd != null) {
                dueItem(id, "PERIOD_ENDED", "PERIOD_ENDED", periodEnd);
            }
        }
        if (event.reviewPoints() != null) {
            for (ReviewPoint point : event.reviewPoints()) {
                dueItem(id, "REVIEW:" + point.reviewPointId(), "REVIEW", point.at());
            }
        }
    }

    @EventHandler
    void on(CopySentEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        if (claim(event.agreementId().value(), seq, at, user)) {
            done(event.agreementId().value(), "COPIES:v" + event.version(), event.sentAt() == null ? at
                    : event.sentAt());
        }
    }

    @EventHandler
    void on(MeetingArrangedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        String id = event.agreementId().value();
        if (claim(id, seq, at, user)) {
            jdbc.sql("UPDATE caseload_agreement SET meeting_arranged_at = :m WHERE agreement_id = :id")
                    .param("m", ts(event.meetingAt() == null ? at : event.meetingAt())).param("id", id).update();
            done(id, "MEETING", at);
        }
    }

    @EventHandler
    void on(ReviewRecordedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        if (claim(event.agreementId().value(), seq, at, user) && event.reviewPointId() != null) {
            done(event.agreementId().value(), "REVIEW:" + event.reviewPointId(), at);
        }
    }

    @EventHandler
    void on(EscalationRaisedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        String id = event.agreementId().value();
        if (!claim(id, seq, at, user)) {
            return;
        }
        // The same escalation id raised again is the ladder climbing: the level moves, the first raise stays.
        jdbc.sql("""
                        INSERT INTO caseload_escalation (agreement_id, escalation_id, case_reference, practitioner,
                            team, cause, level, subject_id, raised_at, level_raised_at, due_at)
                        SELECT a.agreement_id, :esc, a.case_reference, a.practitioner, a.team, :cause, :level,
                            :subject, :at, :at, :due
                        FROM caseload_agreement a WHERE a.agreement_id = :id
                        ON CONFLICT (agreement_id, escalation_id) DO UPDATE SET level = EXCLUDED.level,
                            level_raised_at = EXCLUDED.level_raised_at, due_at = EXCLUDED.due_at""")
                .param("id", id).param("esc", event.escalationId()).param("cause", event.cause().name())
                .param("level", event.level().name()).param("subject", event.subjectId()).param("at", ts(at))
                .param("due", ts(event.dueAt()))
                .update();
        if (event.cause() == EscalationCause.BREACH) {
            Instant due = event.dueAt() != null ? event.dueAt() : addWorkingDays(at, DECISION_WORKING_DAYS);
            dueItem(id, "DECISION:" + event.escalationId(), "DECISION", due);
        }
    }

    @EventHandler
    void on(EscalationDecisionRecordedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        String id = event.agreementId().value();
        if (claim(id, seq, at, user)) {
            jdbc.sql("""
                            UPDATE caseload_escalation SET decided_at = :at, decided_by = :by, decision = :decision
                            WHERE agreement_id = :id AND escalation_id = :esc""")
                    .param("at", ts(at)).param("by", event.decidedBy() == null ? user : event.decidedBy())
                    .param("decision", event.decision()).param("id", id).param("esc", event.escalationId())
                    .update();
            done(id, "DECISION:" + event.escalationId(), at);
        }
    }

    @EventHandler
    void on(AgreementEndedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        close(event.agreementId().value(), "ENDED", at, seq, user);
    }

    @EventHandler
    void on(AgreementReplacedWithPlanEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        close(event.agreementId().value(), "ENDED", at, seq, user);
    }

    @EventHandler
    void on(DraftDiscardedEvent event, @Timestamp Instant at, @SequenceNumber long seq,
            @MetaDataValue(AuditMetaData.USER) String user) {
        close(event.agreementId().value(), "DISCARDED", at, seq, user);
    }

    /**
     * Every other agreement event (content edits, consent checks, breaches, reminders...) only counts as activity.
     * Breaches show through the escalation that always follows them.
     */
    @EventHandler
    void onOtherAgreementEvent(Object payload, @Timestamp Instant at, @SequenceNumber long seq,
                               @MetaDataValue(AuditMetaData.USER) String user,
                               org.axonframework.eventhandling.DomainEventMessage<?> message) {
        if (payload.getClass().getPackageName().equals(AgreementDraftedEvent.class.getPackageName())) {
            claim(message.getAggregateIdentifier(), seq, at, user);
        }
    }

    @ResetHandler
    void reset() {
        for (String table : new String[] {"caseload_due_item", "caseload_escalation", "caseload_agreement",
                "caseload_case"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    // ---- helpers

    /** Moves the agreement to this event; false when the event was applied before (or the agreement is unknown). */
    private boolean claim(String agreementId, long seq, Instant at, String user) {
        // Clocks and reminders are not a practitioner's activity: a draft only the system touched is still idle.
        boolean human = user != null && !AuditMetaData.SYSTEM_USER.equals(user);
        return jdbc.sql("""
                        UPDATE caseload_agreement SET aggregate_version = :seq,
                            last_activity_at = CASE WHEN :human THEN :at ELSE last_activity_at END
                        WHERE agreement_id = :id AND aggregate_version < :seq""")
                .param("seq", seq).param("human", human).param("at", ts(at)).param("id", agreementId)
                .update() == 1;
    }

    private void awaitingSignatures(String agreementId) {
        jdbc.sql("UPDATE caseload_agreement SET status = 'AWAITING_SIGNATURES' "
                        + "WHERE agreement_id = :id AND status = 'DRAFT'")
                .param("id", agreementId).update();
    }

    private void close(String agreementId, String status, Instant at, long seq, String user) {
        if (claim(agreementId, seq, at, user)) {
            jdbc.sql("UPDATE caseload_agreement SET status = :status WHERE agreement_id = :id")
                    .param("status", status).param("id", agreementId).update();
            jdbc.sql("UPDATE caseload_due_item SET done_at = :at WHERE agreement_id = :id AND done_at IS NULL "
                            + "AND kind <> 'DECISION'")
                    .param("at", ts(at)).param("id", agreementId).update();
        }
    }

    private void dueItem(String agreementId, String key, String kind, Instant dueAt) {
        jdbc.sql("""
                        INSERT INTO caseload_due_item (agreement_id, item_key, kind, case_reference, practitioner,
                            team, due_at)
                        SELECT agreement_id, :key, :kind, case_reference, practitioner, team, :due
                        FROM caseload_agreement WHERE agreement_id = :id
                        ON CONFLICT (agreement_id, item_key) DO UPDATE SET due_at = EXCLUDED.due_at
                        WHERE caseload_due_item.done_at IS NULL""")
                .param("id", agreementId).param("key", key).param("kind", kind).param("due", ts(dueAt)).update();
    }

    private void done(String agreementId, String key, Instant at) {
        jdbc.sql("UPDATE caseload_due_item SET done_at = :at WHERE agreement_id = :id AND item_key = :key "
                        + "AND done_at IS NULL")
                .param("at", ts(at)).param("id", agreementId).param("key", key).update();
    }

    private Instant addWorkingDays(Instant from, int days) {
        ZoneId zone = calendar.zone();
        var local = from.atZone(zone);
        return calendar.addWorkingDays(local.toLocalDate(), days).atTime(local.toLocalTime()).atZone(zone)
                .toInstant();
    }

    /** A date-only deadline is due at the end of that day in the authority's zone. */
    private Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }
}
