package uk.familyagreements.command.deadlines;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.familyagreements.command.calendar.EnglandAndWalesWorkingDayCalendar;
import uk.familyagreements.command.calendar.WorkingDayClock;
import uk.familyagreements.command.deadlines.DeadlinePayloads.DecisionDue;
import uk.familyagreements.command.deadlines.DeadlinePayloads.Due;
import uk.familyagreements.kernel.agreement.AgreementCameIntoForceEvent;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementEndedEvent;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.AgreementReplacedWithPlanEvent;
import uk.familyagreements.kernel.agreement.AgreementVariedEvent;
import uk.familyagreements.kernel.agreement.BreachRecordedEvent;
import uk.familyagreements.kernel.agreement.ContentHash;
import uk.familyagreements.kernel.agreement.CopyMethod;
import uk.familyagreements.kernel.agreement.CopySentEvent;
import uk.familyagreements.kernel.agreement.EndReason;
import uk.familyagreements.kernel.agreement.EscalationCause;
import uk.familyagreements.kernel.agreement.EscalationDecisionRecordedEvent;
import uk.familyagreements.kernel.agreement.EscalationLevel;
import uk.familyagreements.kernel.agreement.EscalationRaisedEvent;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.IssueReminderCommand;
import uk.familyagreements.kernel.agreement.FlagLongRunningCommand;
import uk.familyagreements.kernel.agreement.MeetingArrangedEvent;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.PlanKind;
import uk.familyagreements.kernel.agreement.RaiseEscalationCommand;
import uk.familyagreements.kernel.agreement.ReviewOutcome;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.ReviewRecordedEvent;
import uk.familyagreements.kernel.cases.CaseReference;

/**
 * The clocks around Easter 2027: Good Friday 26 March and Easter Monday 29 March are bank holidays, and British Summer
 * Time starts on Sunday 28 March, so a deadline set at 10:00 GMT falls due at 10:00 BST (09:00Z) afterwards.
 */
class AgreementDeadlinesSagaTest {

    private static final String ID = "agreement-1";
    private static final AgreementId AGREEMENT = new AgreementId(ID);
    private static final CaseReference CASE = new CaseReference("CASE-1");
    /** Wednesday before Easter, 10:00 in London (GMT). */
    private static final Instant IN_FORCE = Instant.parse("2027-03-24T10:00:00Z");
    /** Tuesday after Easter, 10:00 in London (BST). */
    private static final Instant REVIEW_AT = Instant.parse("2027-03-30T09:00:00Z");
    private static final Instant PERIOD_END = Instant.parse("2027-04-06T09:00:00Z");
    private static final ReviewPoint REVIEW = new ReviewPoint("rp-1", REVIEW_AT);
    private static final Period PERIOD = new Period(IN_FORCE, PERIOD_END, "two weeks");

    private SagaTestFixture<AgreementDeadlinesSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(AgreementDeadlinesSaga.class);
        EnglandAndWalesWorkingDayCalendar calendar = new EnglandAndWalesWorkingDayCalendar();
        fixture.registerResource(calendar);
        fixture.registerResource(new WorkingDayClock(calendar));
        fixture.registerResource(ClockSettings.defaults());
        fixture.givenCurrentTime(IN_FORCE.minus(Duration.ofHours(1)));
    }

    private static AgreementCameIntoForceEvent writtenInForce(int version, Instant from, Period period,
                                                              ReviewPoint... points) {
        return new AgreementCameIntoForceEvent(AGREEMENT, CASE, AgreementKind.WRITTEN, version,
                new ContentHash("hash-" + version), from, period, List.of(points));
    }

    private static AgreementDraftedEvent drafted(AgreementKind kind, Involvement involvement, LocalDate started) {
        return new AgreementDraftedEvent(AGREEMENT, CASE, kind, involvement, "Keep the children safe at home",
                null, started);
    }

    private static Matcher<DeadlineMessage<?>> deadline(String name, Object payload) {
        return allOf(hasProperty("deadlineName", equalTo(name)), hasProperty("payload", equalTo(payload)));
    }

    /** Hamcrest's iterable matchers do not meet Axon's list signature; the check is the same. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Matcher<List<DeadlineMessage<?>>> listOf(Matcher<?> matcher) {
        return (Matcher) matcher;
    }

    @Nested
    class Copies {

        @Test
        void givenInForce_thenCopiesAreDue24HoursLater() throws Exception {
            fixture.givenAPublished(drafted(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, null))
                    .whenPublishingA(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .expectScheduledDeadlineWithName(Instant.parse("2027-03-25T10:00:00Z"), DeadlineNames.COPIES_DUE);
        }

        @Test
        void givenCopySentForTheVersionInForce_thenTheCopiesClockStops() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .whenPublishingA(new CopySentEvent(AGREEMENT, 1, "mother", CopyMethod.BY_HAND, IN_FORCE))
                    .expectNoScheduledDeadlineWithName(Instant.parse("2027-03-25T10:00:00Z"),
                            DeadlineNames.COPIES_DUE);
        }

        @Test
        void givenNoCopySent_whenADayPasses_thenTheTeamManagerIsAsked() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD))
                    .whenTimeAdvancesTo(Instant.parse("2027-03-25T10:00:01Z"))
                    .expectTriggeredDeadlinesWithName(DeadlineNames.COPIES_DUE)
                    .expectDispatchedCommands(new RaiseEscalationCommand(AGREEMENT, "copies-v1",
                            EscalationCause.COPIES_OVERDUE, EscalationLevel.TEAM_MANAGER, "1",
                            Instant.parse("2027-03-25T10:00:00Z")));
        }
    }

    @Nested
    class Meeting {

        /** Thursday 25, Tuesday 30, Wednesday 31, Thursday 1, Friday 2 April: five working days, at 10:00 BST. */
        private final Instant meetingDue = Instant.parse("2027-04-02T09:00:00Z");

        @Test
        void givenWrittenInForce_thenTheMeetingIsDueFiveWorkingDaysLaterSkippingEaster() throws Exception {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .expectScheduledDeadlineWithName(meetingDue, DeadlineNames.MEETING_DUE);
        }

        @Test
        void givenWorkingAgreementInForce_thenNoMeetingClock() throws Exception {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(new AgreementCameIntoForceEvent(AGREEMENT, CASE, AgreementKind.WORKING, 1,
                            new ContentHash("h"), IN_FORCE, null, List.of()))
                    .expectNoScheduledDeadlineWithName(meetingDue, DeadlineNames.MEETING_DUE);
        }

        @Test
        void givenMeetingArranged_thenTheMeetingClockStops() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .whenPublishingA(new MeetingArrangedEvent(AGREEMENT, meetingDue, "strategy meeting"))
                    .expectNoScheduledDeadlineWithName(meetingDue, DeadlineNames.MEETING_DUE);
        }

        @Test
        void givenNoMeeting_whenDue_thenTheTeamManagerIsAsked() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .andThenAPublished(new CopySentEvent(AGREEMENT, 1, "mother", CopyMethod.BY_SECURE_EMAIL, IN_FORCE))
                    .whenTimeAdvancesTo(meetingDue)
                    .expectDispatchedCommands(
                            new IssueReminderCommand(AGREEMENT, "review-rp-1-" + REVIEW_AT.getEpochSecond(),
                                    EscalationCause.REVIEW_OVERDUE, "rp-1", REVIEW_AT),
                            new RaiseEscalationCommand(AGREEMENT, "review-rp-1", EscalationCause.REVIEW_OVERDUE,
                                    EscalationLevel.TEAM_MANAGER, "rp-1", REVIEW_AT),
                            new RaiseEscalationCommand(AGREEMENT, "meeting", EscalationCause.MEETING_OVERDUE,
                                    EscalationLevel.TEAM_MANAGER, ID, meetingDue),
                            new FlagLongRunningCommand(AGREEMENT));
        }

        @Test
        void givenMeetingArranged_whenTheMeetingDeadlinePasses_thenTheAgreementIsStillNotedAsLongRunning()
                throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .andThenAPublished(new MeetingArrangedEvent(AGREEMENT, meetingDue, "strategy meeting"))
                    .andThenAPublished(new ReviewRecordedEvent(AGREEMENT, "rp-1", ReviewOutcome.CONTINUE, null,
                            REVIEW_AT))
                    .andThenAPublished(new CopySentEvent(AGREEMENT, 1, "mother", CopyMethod.BY_SECURE_EMAIL, IN_FORCE))
                    .whenTimeAdvancesTo(meetingDue)
                    .expectDispatchedCommands(new FlagLongRunningCommand(AGREEMENT));
        }

        @Test
        void givenWorkingAgreementInForce_thenNoLongRunningClock() throws Exception {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(new AgreementCameIntoForceEvent(AGREEMENT, CASE, AgreementKind.WORKING, 1,
                            new ContentHash("h"), IN_FORCE, null, List.of()))
                    .expectNoScheduledDeadlineWithName(meetingDue, DeadlineNames.LONG_RUNNING);
        }
    }

    @Nested
    class ReviewPoints {

        /** One working day before Tuesday 30 March, across Easter Monday and Good Friday: Thursday 25, 10:00 GMT. */
        private final Instant reminderAt = Instant.parse("2027-03-25T10:00:00Z");

        @Test
        void givenInForce_thenTheReminderComesOneWorkingDayBeforeAndTheReviewAtThePoint() throws Exception {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .expectScheduledDeadlineMatching(reminderAt,
                            deadline(DeadlineNames.REVIEW_REMINDER, new Due("rp-1", REVIEW_AT)))
                    .expectScheduledDeadlineMatching(REVIEW_AT,
                            deadline(DeadlineNames.REVIEW_DUE, new Due("rp-1", REVIEW_AT)));
        }

        @Test
        void whenTheReminderTimeComes_thenThePractitionerIsReminded() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .andThenAPublished(new CopySentEvent(AGREEMENT, 1, "mother", CopyMethod.BY_SECURE_EMAIL, IN_FORCE))
                    .whenTimeAdvancesTo(reminderAt)
                    .expectTriggeredDeadlinesWithName(DeadlineNames.REVIEW_REMINDER)
                    .expectDispatchedCommands(new IssueReminderCommand(AGREEMENT,
                            "review-rp-1-" + REVIEW_AT.getEpochSecond(), EscalationCause.REVIEW_OVERDUE, "rp-1",
                            REVIEW_AT));
        }

        @Test
        void givenTheReminderTimeHasPassedWhenItComesIntoForce_thenThePractitionerIsRemindedAtOnce()
                throws Exception {
            // Signed at 12:00 BST on Easter Monday; one working day before the review is Thursday, already past.
            Instant signedLate = Instant.parse("2027-03-29T11:00:00Z");
            fixture.givenCurrentTime(signedLate)
                    .whenPublishingA(writtenInForce(1, signedLate, PERIOD, REVIEW))
                    .expectScheduledDeadlineWithName(signedLate, DeadlineNames.REVIEW_REMINDER)
                    .expectScheduledDeadlineWithName(REVIEW_AT, DeadlineNames.REVIEW_DUE);
        }

        @Test
        void givenReviewRecorded_thenNeitherReminderNorOverdueRemains() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .whenPublishingA(new ReviewRecordedEvent(AGREEMENT, "rp-1", ReviewOutcome.CONTINUE, "ok",
                            REVIEW_AT))
                    .expectNoScheduledDeadlineMatching(Matchers.anyOf(
                            hasProperty("deadlineName", equalTo(DeadlineNames.REVIEW_REMINDER)),
                            hasProperty("deadlineName", equalTo(DeadlineNames.REVIEW_DUE))));
        }

        @Test
        void givenANewVersionMovesTheReviewPoint_whenItComesIntoForce_thenTheOldTimesAreCancelled() throws Exception {
            Instant movedTo = Instant.parse("2027-04-01T09:00:00Z");
            Period longer = new Period(IN_FORCE, Instant.parse("2027-04-07T09:00:00Z"), "until 7 April");
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .andThenAPublished(new AgreementVariedEvent(AGREEMENT, 2, 1, "review moved"))
                    .whenPublishingA(writtenInForce(2, IN_FORCE.plus(Duration.ofHours(2)), longer,
                            new ReviewPoint("rp-1", movedTo)))
                    .expectNoScheduledDeadlineWithName(REVIEW_AT, DeadlineNames.REVIEW_DUE)
                    .expectNoScheduledDeadlineWithName(reminderAt, DeadlineNames.REVIEW_REMINDER)
                    .expectScheduledDeadlineWithName(movedTo, DeadlineNames.REVIEW_DUE)
                    // Wednesday 31 March, 10:00 BST.
                    .expectScheduledDeadlineWithName(Instant.parse("2027-03-31T09:00:00Z"),
                            DeadlineNames.REVIEW_REMINDER)
                    .expectNoScheduledDeadlineWithName(PERIOD_END, DeadlineNames.PERIOD_END)
                    .expectScheduledDeadlineWithName(longer.end(), DeadlineNames.PERIOD_END)
                    .expectNoScheduledDeadlineWithName(Instant.parse("2027-03-25T10:00:00Z"),
                            DeadlineNames.COPIES_DUE)
                    .expectScheduledDeadlineWithName(Instant.parse("2027-03-25T12:00:00Z"),
                            DeadlineNames.COPIES_DUE);
        }

        @Test
        void givenAVariationNotYetInForce_thenTheClocksOfTheVersionInForceKeepRunning() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .whenPublishingA(new AgreementVariedEvent(AGREEMENT, 2, 1, "add a review"))
                    .expectScheduledDeadlineWithName(REVIEW_AT, DeadlineNames.REVIEW_DUE)
                    .expectScheduledDeadlineWithName(PERIOD_END, DeadlineNames.PERIOD_END);
        }
    }

    @Nested
    class Ladder {

        /** Raised at the review point, Tuesday 30 March 10:00 BST; two working days later is Thursday 1 April. */
        private final Instant climbAt = Instant.parse("2027-04-01T09:00:00Z");
        private final EscalationRaisedEvent reviewOverdue = new EscalationRaisedEvent(AGREEMENT, CASE, "review-rp-1",
                EscalationCause.REVIEW_OVERDUE, EscalationLevel.TEAM_MANAGER, "rp-1", REVIEW_AT);

        @Test
        void givenReviewOverdueWithTheTeamManager_whenNobodyDecidesForTwoWorkingDays_thenItClimbs() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .andThenAPublished(new CopySentEvent(AGREEMENT, 1, "mother", CopyMethod.BY_SECURE_EMAIL, IN_FORCE))
                    .andThenAPublished(new MeetingArrangedEvent(AGREEMENT, IN_FORCE, "booked"))
                    .andThenTimeAdvancesTo(REVIEW_AT)
                    .andThenAPublished(reviewOverdue)
                    .whenTimeAdvancesTo(climbAt)
                    .expectTriggeredDeadlinesMatching(listOf(Matchers.hasItem(deadline(DeadlineNames.ESCALATION_CLIMB,
                            new DecisionDue("review-rp-1", EscalationCause.REVIEW_OVERDUE, "rp-1", climbAt)))))
                    .expectDispatchedCommands(new RaiseEscalationCommand(AGREEMENT, "review-rp-1",
                            EscalationCause.REVIEW_OVERDUE, EscalationLevel.SERVICE_MANAGER, "rp-1", climbAt));
        }

        @Test
        void givenAManagerDecides_thenTheLadderStops() throws Exception {
            fixture.givenAPublished(new AgreementCameIntoForceEvent(AGREEMENT, CASE, AgreementKind.WORKING, 1,
                            new ContentHash("h"), IN_FORCE, null, List.of(REVIEW)))
                    .andThenAPublished(new CopySentEvent(AGREEMENT, 1, "mother", CopyMethod.BY_HAND, IN_FORCE))
                    .andThenTimeAdvancesTo(REVIEW_AT)
                    .andThenAPublished(reviewOverdue)
                    .andThenAPublished(new EscalationDecisionRecordedEvent(AGREEMENT, "review-rp-1",
                            "Review booked for tomorrow", "tara.manager"))
                    .whenTimeAdvancesTo(climbAt.plus(Duration.ofDays(7)))
                    .expectNoDispatchedCommands()
                    .expectDeadlinesMetMatching(listOf(Matchers.everyItem(Matchers.not(
                            hasProperty("deadlineName", equalTo(DeadlineNames.ESCALATION_CLIMB))))));
        }

        // Breach on Thursday 25 March at 14:00 GMT: one working day later is Tuesday 30 March, 14:00 BST.
        private static final Instant BREACH_AT = Instant.parse("2027-03-25T14:00:00Z");
        private static final Instant ONE_WORKING_DAY_LATER = Instant.parse("2027-03-30T13:00:00Z");

        @Test
        void givenABreach_whenNoDecisionByTheDueTimeItsEscalationRecorded_thenTheServiceManagerIsAsked()
                throws Exception {
            // Recorded when the authority allowed two working days: the clock keeps to it, whatever the setting now.
            Instant twoWorkingDaysLater = Instant.parse("2027-03-31T13:00:00Z");
            expectServiceManagerAskedAt(twoWorkingDaysLater, twoWorkingDaysLater);
        }

        @Test
        void givenABreachEscalationStoredWithoutItsDueTime_whenNoDecisionWithinOneWorkingDay_thenServiceManagerAsked()
                throws Exception {
            expectServiceManagerAskedAt(null, ONE_WORKING_DAY_LATER);
        }

        private void expectServiceManagerAskedAt(Instant dueInEvent, Instant decisionDue) throws Exception {
            Instant breachAt = BREACH_AT;
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .andThenAPublished(new CopySentEvent(AGREEMENT, 1, "mother", CopyMethod.BY_SECURE_EMAIL, IN_FORCE))
                    .andThenTimeAdvancesTo(breachAt)
                    .andThenAPublished(new BreachRecordedEvent(AGREEMENT, "b1", "c1", "p1", breachAt, "police",
                            "visited the home"))
                    .andThenAPublished(new EscalationRaisedEvent(AGREEMENT, CASE, "breach-b1", EscalationCause.BREACH,
                            EscalationLevel.TEAM_MANAGER, "b1", dueInEvent))
                    .whenTimeAdvancesTo(decisionDue)
                    .expectDispatchedCommands(
                            new RaiseEscalationCommand(AGREEMENT, "review-rp-1", EscalationCause.REVIEW_OVERDUE,
                                    EscalationLevel.TEAM_MANAGER, "rp-1", REVIEW_AT),
                            new RaiseEscalationCommand(AGREEMENT, "breach-b1", EscalationCause.DECISION_OVERDUE,
                                    EscalationLevel.SERVICE_MANAGER, "b1", decisionDue));
        }
    }

    @Nested
    class PeriodEnd {

        @Test
        void givenWrittenInForce_whenThePeriodEndsAndItIsStillInForce_thenTheTeamManagerIsAsked() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD))
                    .andThenAPublished(new CopySentEvent(AGREEMENT, 1, "mother", CopyMethod.BY_SECURE_EMAIL, IN_FORCE))
                    .andThenAPublished(new MeetingArrangedEvent(AGREEMENT, IN_FORCE, "booked"))
                    .whenTimeAdvancesTo(PERIOD_END)
                    // A period longer than the meeting deadline also makes it long-running on the way.
                    .expectDispatchedCommands(new FlagLongRunningCommand(AGREEMENT), new RaiseEscalationCommand(AGREEMENT,
                            "period-end-" + PERIOD_END.getEpochSecond(), EscalationCause.PERIOD_ENDED,
                            EscalationLevel.TEAM_MANAGER, ID, PERIOD_END));
        }

        @Test
        void givenReplacedWithAPlan_thenNoClockRemains() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .whenPublishingA(new AgreementReplacedWithPlanEvent(AGREEMENT, CASE, PlanKind.CP_PLAN,
                            "PLAN-1", IN_FORCE.plus(Duration.ofDays(1))))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void givenEnded_thenNoClockRemains() throws Exception {
            fixture.givenAPublished(writtenInForce(1, IN_FORCE, PERIOD, REVIEW))
                    .whenPublishingA(new AgreementEndedEvent(AGREEMENT, CASE, EndReason.CONCLUDED, "purpose met",
                            IN_FORCE.plus(Duration.ofDays(1))))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class Assessment {

        /**
         * Started Monday 1 March 2027: 45 working days, skipping Good Friday, Easter Monday and the early May bank
         * holiday (3 May), is Thursday 6 May; it is late from the start of Friday 7 May in London (BST).
         */
        private final Instant lateFrom = Instant.parse("2027-05-06T23:00:00Z");

        @Test
        void givenAWorkingAgreementForACinAssessment_thenTheAssessmentIsDueIn45WorkingDays() throws Exception {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(drafted(AgreementKind.WORKING, Involvement.CIN_ASSESSMENT,
                            LocalDate.of(2027, 3, 1)))
                    .expectActiveSagas(1)
                    .expectScheduledDeadlineMatching(lateFrom,
                            deadline(DeadlineNames.ASSESSMENT_DUE, new Due(ID, lateFrom)));
        }

        @Test
        void givenAWorkingAgreementForAnotherReason_thenNoAssessmentClock() throws Exception {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(drafted(AgreementKind.WORKING, Involvement.CIN_PLAN, LocalDate.of(2027, 3, 1)))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void whenTheAssessmentIsLate_thenTheTeamManagerIsAsked() throws Exception {
            fixture.givenAPublished(drafted(AgreementKind.WORKING, Involvement.CIN_ASSESSMENT,
                            LocalDate.of(2027, 3, 1)))
                    .whenTimeAdvancesTo(lateFrom)
                    .expectDispatchedCommands(new RaiseEscalationCommand(AGREEMENT, "assessment",
                            EscalationCause.ASSESSMENT_OVERDUE, EscalationLevel.TEAM_MANAGER, ID, lateFrom));
        }
    }
}
