package uk.familyagreements.command.deadlines;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.familyagreements.command.calendar.WorkingDayClock;
import uk.familyagreements.command.deadlines.DeadlinePayloads.DecisionDue;
import uk.familyagreements.command.deadlines.DeadlinePayloads.Due;
import uk.familyagreements.kernel.agreement.AgreementCameIntoForceEvent;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementEndedEvent;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.AgreementReplacedWithPlanEvent;
import uk.familyagreements.kernel.agreement.CopySentEvent;
import uk.familyagreements.kernel.agreement.DraftDiscardedEvent;
import uk.familyagreements.kernel.agreement.EscalationCause;
import uk.familyagreements.kernel.agreement.EscalationDecisionRecordedEvent;
import uk.familyagreements.kernel.agreement.EscalationLevel;
import uk.familyagreements.kernel.agreement.EscalationRaisedEvent;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.FlagLongRunningCommand;
import uk.familyagreements.kernel.agreement.IssueReminderCommand;
import uk.familyagreements.kernel.agreement.MeetingArrangedEvent;
import uk.familyagreements.kernel.agreement.RaiseEscalationCommand;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.ReviewRecordedEvent;
import uk.familyagreements.kernel.calendar.WorkingDayCalendar;

/**
 * The clocks of one agreement. It schedules each deadline when the agreement is drafted or a version comes into
 * force, cancels it when what it waits for happens, and, when one passes unmet, sends a command so that the outcome
 * is an event on the agreement (a reminder, or an escalation up the ladder).
 *
 * <p>The agreement makes those commands idempotent (the same reminder or escalation id twice is a no-op), because
 * Quartz delivers a deadline at least once. Only the version in force counts: a period or review point changed on
 * a new version is scheduled when that version comes into force, from the figures its in-force event carries.
 *
 * <p>State is ids only: the agreement, the version in force and the ids of the scheduled deadlines, kept so that a
 * deadline is cancelled by its job key rather than by scanning every job of its name.
 */
@Saga
@ProcessingGroup(AgreementDeadlinesSaga.PROCESSING_GROUP)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class AgreementDeadlinesSaga {

    public static final String PROCESSING_GROUP = "agreement-deadlines";

    private static final Logger log = LoggerFactory.getLogger(AgreementDeadlinesSaga.class);

    private String agreementId;
    private AgreementKind kind;
    private int versionInForce;
    private boolean meetingArranged;
    private String copiesDeadlineId;
    private String meetingDeadlineId;
    /** Set once: a written agreement is long-running from the meeting deadline on, whether or not a meeting is held. */
    private String longRunningDeadlineId;
    private String periodEndDeadlineId;
    private String assessmentDeadlineId;
    /** Review point id to the ids of its reminder and due deadlines. */
    private Map<String, List<String>> reviewDeadlineIds = new HashMap<>();
    private Set<String> reviewedPointIds = new HashSet<>();
    /** Escalation id to the id of the deadline at which it climbs. */
    private Map<String, String> climbDeadlineIds = new HashMap<>();

    // ---- Happy path: the clocks start, and stop when what they wait for happens ----

    @StartSaga
    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(AgreementDraftedEvent event, @Timestamp Instant recordedAt, DeadlineManager deadlines,
            WorkingDayCalendar calendar, ClockSettings settings) {
        agreementId = event.agreementId().value();
        kind = event.kind();
        if (event.kind() == AgreementKind.WORKING && event.involvement() == Involvement.CIN_ASSESSMENT
                && event.assessmentStartedOn() != null) {
            LocalDate dueOn = calendar.addWorkingDays(event.assessmentStartedOn(), settings.assessmentWorkingDays());
            // Due on that day: it is late once the day is over.
            Instant lateFrom = dueOn.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
            assessmentDeadlineId = deadlines.schedule(notBefore(lateFrom, recordedAt), DeadlineNames.ASSESSMENT_DUE,
                    new Due(agreementId, lateFrom));
        }
    }

    /** Each version that comes into force restarts the clocks that depend on its content. */
    @StartSaga
    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(AgreementCameIntoForceEvent event, @Timestamp Instant recordedAt, DeadlineManager deadlines,
            WorkingDayClock clock, ClockSettings settings) {
        agreementId = event.agreementId().value();
        kind = event.kind();
        versionInForce = event.version();
        String version = String.valueOf(event.version());

        cancel(deadlines, DeadlineNames.COPIES_DUE, copiesDeadlineId);
        Instant copiesDue = event.inForceFrom().plus(settings.copiesDue());
        copiesDeadlineId = deadlines.schedule(notBefore(copiesDue, recordedAt), DeadlineNames.COPIES_DUE,
                new Due(version, copiesDue));

        if (kind == AgreementKind.WRITTEN && !meetingArranged && meetingDeadlineId == null) {
            Instant meetingDue = clock.addWorkingDays(event.inForceFrom(), settings.meetingWorkingDays());
            meetingDeadlineId = deadlines.schedule(notBefore(meetingDue, recordedAt), DeadlineNames.MEETING_DUE,
                    new Due(agreementId, meetingDue));
        }
        if (kind == AgreementKind.WRITTEN && longRunningDeadlineId == null) {
            Instant longRunningFrom = clock.addWorkingDays(event.inForceFrom(), settings.meetingWorkingDays());
            longRunningDeadlineId = deadlines.schedule(notBefore(longRunningFrom, recordedAt),
                    DeadlineNames.LONG_RUNNING, new Due(agreementId, longRunningFrom));
        }

        cancel(deadlines, DeadlineNames.PERIOD_END, periodEndDeadlineId);
        periodEndDeadlineId = null;
        if (kind == AgreementKind.WRITTEN && event.period() != null && event.period().end() != null) {
            Instant end = event.period().end();
            periodEndDeadlineId = deadlines.schedule(notBefore(end, recordedAt), DeadlineNames.PERIOD_END,
                    new Due(agreementId, end));
        }

        cancelReviewDeadlines(deadlines);
        for (ReviewPoint point : event.reviewPoints() == null ? List.<ReviewPoint>of() : event.reviewPoints()) {
            if (!reviewedPointIds.contains(point.reviewPointId())) {
                scheduleReview(point, recordedAt, deadlines, clock, settings);
            }
        }
    }

    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(CopySentEvent event, DeadlineManager deadlines) {
        // A copy of a version no longer in force does not give the family the text they are bound by.
        if (event.version() == versionInForce) {
            cancel(deadlines, DeadlineNames.COPIES_DUE, copiesDeadlineId);
            copiesDeadlineId = null;
        }
    }

    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(MeetingArrangedEvent event, DeadlineManager deadlines) {
        meetingArranged = true;
        cancel(deadlines, DeadlineNames.MEETING_DUE, meetingDeadlineId);
        meetingDeadlineId = null;
    }

    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(ReviewRecordedEvent event, DeadlineManager deadlines) {
        if (event.reviewPointId() == null) {
            return;
        }
        reviewedPointIds.add(event.reviewPointId());
        List<String> ids = reviewDeadlineIds.remove(event.reviewPointId());
        if (ids != null) {
            cancel(deadlines, DeadlineNames.REVIEW_REMINDER, ids.get(0));
            cancel(deadlines, DeadlineNames.REVIEW_DUE, ids.get(1));
        }
    }

    /** A team manager's decision is now due (after a breach, or after a missed deadline): start the climb. */
    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(EscalationRaisedEvent event, @Timestamp Instant raisedAt, DeadlineManager deadlines,
            WorkingDayClock clock, ClockSettings settings) {
        if (event.level() == EscalationLevel.TEAM_MANAGER && !climbDeadlineIds.containsKey(event.escalationId())) {
            int workingDays = event.cause() == EscalationCause.BREACH
                    ? settings.breachDecisionWorkingDays()
                    : settings.escalationClimbWorkingDays();
            // A breach's escalation carries its decision's due time (events recorded before it did, null).
            Instant decisionDue = event.cause() == EscalationCause.BREACH && event.dueAt() != null ? event.dueAt()
                    : clock.addWorkingDays(raisedAt, workingDays);
            climbDeadlineIds.put(event.escalationId(), deadlines.schedule(decisionDue,
                    DeadlineNames.ESCALATION_CLIMB,
                    new DecisionDue(event.escalationId(), event.cause(), event.subjectId(), decisionDue)));
        } else if (event.level() == EscalationLevel.SERVICE_MANAGER) {
            cancel(deadlines, DeadlineNames.ESCALATION_CLIMB, climbDeadlineIds.remove(event.escalationId()));
        }
    }

    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(EscalationDecisionRecordedEvent event, DeadlineManager deadlines) {
        cancel(deadlines, DeadlineNames.ESCALATION_CLIMB, climbDeadlineIds.remove(event.escalationId()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(AgreementEndedEvent event, DeadlineManager deadlines) {
        cancelEverything(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(AgreementReplacedWithPlanEvent event, DeadlineManager deadlines) {
        cancelEverything(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = DeadlineNames.AGREEMENT_ID)
    void on(DraftDiscardedEvent event, DeadlineManager deadlines) {
        cancelEverything(deadlines);
    }

    // ---- Timeouts: a deadline passed without what it waited for ----

    @DeadlineHandler(deadlineName = DeadlineNames.COPIES_DUE)
    void copiesDue(Due due, CommandGateway commands) {
        copiesDeadlineId = null;
        escalate(commands, "copies-v" + due.subjectId(), EscalationCause.COPIES_OVERDUE, EscalationLevel.TEAM_MANAGER,
                due.subjectId(), due.dueAt());
    }

    @DeadlineHandler(deadlineName = DeadlineNames.MEETING_DUE)
    void meetingDue(Due due, CommandGateway commands) {
        meetingDeadlineId = null;
        if (meetingArranged) {
            return;
        }
        escalate(commands, "meeting", EscalationCause.MEETING_OVERDUE, EscalationLevel.TEAM_MANAGER,
                due.subjectId(), due.dueAt());
    }

    /** Still in force when a plan should have replaced it: the agreement records the LONG_RUNNING warning. */
    @DeadlineHandler(deadlineName = DeadlineNames.LONG_RUNNING)
    void longRunning(Due due, CommandGateway commands) {
        send(commands, new FlagLongRunningCommand(new AgreementId(agreementId)));
    }

    @DeadlineHandler(deadlineName = DeadlineNames.REVIEW_REMINDER)
    void reviewComingUp(Due due, CommandGateway commands) {
        if (reviewedPointIds.contains(due.subjectId())) {
            return;
        }
        // The id names the point and its time, so a point moved by a new version is reminded of again.
        String reminderId = "review-" + due.subjectId() + "-" + due.dueAt().getEpochSecond();
        send(commands, new IssueReminderCommand(new AgreementId(agreementId), reminderId,
                EscalationCause.REVIEW_OVERDUE, due.subjectId(), due.dueAt()));
    }

    @DeadlineHandler(deadlineName = DeadlineNames.REVIEW_DUE)
    void reviewDue(Due due, CommandGateway commands) {
        reviewDeadlineIds.remove(due.subjectId());
        // Cancelling by id is the rule; this covers an id lost to a concurrent saga update on another node (ADR 0021).
        if (reviewedPointIds.contains(due.subjectId())) {
            return;
        }
        escalate(commands, "review-" + due.subjectId(), EscalationCause.REVIEW_OVERDUE, EscalationLevel.TEAM_MANAGER,
                due.subjectId(), due.dueAt());
    }

    @DeadlineHandler(deadlineName = DeadlineNames.PERIOD_END)
    void periodEnded(Due due, CommandGateway commands) {
        periodEndDeadlineId = null;
        escalate(commands, "period-end-" + due.dueAt().getEpochSecond(), EscalationCause.PERIOD_ENDED,
                EscalationLevel.TEAM_MANAGER, due.subjectId(), due.dueAt());
    }

    @DeadlineHandler(deadlineName = DeadlineNames.ASSESSMENT_DUE)
    void assessmentDue(Due due, CommandGateway commands) {
        assessmentDeadlineId = null;
        escalate(commands, "assessment", EscalationCause.ASSESSMENT_OVERDUE, EscalationLevel.TEAM_MANAGER,
                due.subjectId(), due.dueAt());
    }

    /** Nobody decided in time: the same escalation goes to the service manager. */
    @DeadlineHandler(deadlineName = DeadlineNames.ESCALATION_CLIMB)
    void decisionDue(DecisionDue due, CommandGateway commands) {
        climbDeadlineIds.remove(due.escalationId());
        // After a breach what is missing is the manager's decision itself; otherwise the original item still is.
        EscalationCause cause = due.cause() == EscalationCause.BREACH ? EscalationCause.DECISION_OVERDUE : due.cause();
        escalate(commands, due.escalationId(), cause, EscalationLevel.SERVICE_MANAGER, due.subjectId(), due.dueAt());
    }

    // ---- Helpers ----

    private void scheduleReview(ReviewPoint point, Instant recordedAt, DeadlineManager deadlines,
                                WorkingDayClock clock, ClockSettings settings) {
        Due due = new Due(point.reviewPointId(), point.at());
        Instant remindAt = clock.subtractWorkingDays(point.at(), settings.reviewReminderWorkingDays());
        List<String> ids = new ArrayList<>(2);
        ids.add(deadlines.schedule(notBefore(remindAt, recordedAt), DeadlineNames.REVIEW_REMINDER, due));
        ids.add(deadlines.schedule(notBefore(point.at(), recordedAt), DeadlineNames.REVIEW_DUE, due));
        reviewDeadlineIds.put(point.reviewPointId(), ids);
    }

    private void cancelReviewDeadlines(DeadlineManager deadlines) {
        reviewDeadlineIds.values().forEach(ids -> {
            cancel(deadlines, DeadlineNames.REVIEW_REMINDER, ids.get(0));
            cancel(deadlines, DeadlineNames.REVIEW_DUE, ids.get(1));
        });
        reviewDeadlineIds.clear();
    }

    private void cancelEverything(DeadlineManager deadlines) {
        cancel(deadlines, DeadlineNames.COPIES_DUE, copiesDeadlineId);
        cancel(deadlines, DeadlineNames.MEETING_DUE, meetingDeadlineId);
        cancel(deadlines, DeadlineNames.LONG_RUNNING, longRunningDeadlineId);
        cancel(deadlines, DeadlineNames.PERIOD_END, periodEndDeadlineId);
        cancel(deadlines, DeadlineNames.ASSESSMENT_DUE, assessmentDeadlineId);
        cancelReviewDeadlines(deadlines);
        climbDeadlineIds.values().forEach(id -> cancel(deadlines, DeadlineNames.ESCALATION_CLIMB, id));
        climbDeadlineIds.clear();
    }

    /**
     * A time already past when the event was recorded is scheduled at the recording time instead: Quartz leaves a
     * trigger more than its misfire threshold in the past to the misfire handler, which can take that long again.
     */
    private static Instant notBefore(Instant due, Instant recordedAt) {
        return due.isBefore(recordedAt) ? recordedAt : due;
    }

    private static void cancel(DeadlineManager deadlines, String name, String id) {
        if (id != null) {
            deadlines.cancelSchedule(name, id);
        }
    }

    private void escalate(CommandGateway commands, String escalationId, EscalationCause cause,
                          EscalationLevel level, String subjectId, Instant dueAt) {
        send(commands, new RaiseEscalationCommand(new AgreementId(agreementId), escalationId, cause, level,
                subjectId, dueAt));
    }

    private static void send(CommandGateway commands, Object command) {
        // Not awaited: the command runs on this thread's command bus anyway, and a failure is logged, not refired
        // (only a lost optimistic lock is retried, by the gateway).
        commands.send(command).exceptionally(failure -> {
            log.error("A clock could not send {}", command, failure);
            return null;
        });
    }
}
