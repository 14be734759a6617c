package uk.familyagreements.command.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static uk.familyagreements.command.agreement.AgreementStories.*;
import static uk.familyagreements.command.agreement.RecordingCaseRegistry.activated;
import static uk.familyagreements.command.agreement.RecordingCaseRegistry.deactivated;
import static uk.familyagreements.command.agreement.RecordingCaseRegistry.registered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.familyagreements.command.agreement.guidance.GuidanceChecker;
import uk.familyagreements.command.agreement.rules.AgreementRuleSettings;
import uk.familyagreements.command.agreement.rules.CompletenessPolicy;
import uk.familyagreements.command.calendar.EnglandAndWalesWorkingDayCalendar;
import uk.familyagreements.command.calendar.WorkingDayClock;
import uk.familyagreements.command.deadlines.ClockSettings;
import uk.familyagreements.kernel.agreement.*;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.kernel.rules.RuleViolationException;

class AgreementTest {

    private static final String CHANGED_AFTER_SIGNING = "Content changed after approval or signing";
    private static final Instant OBSERVED = Instant.parse("2026-12-05T22:30:00Z");
    private static final Instant LATER = Instant.parse("2026-12-06T09:00:00Z");
    /** A breach reported on Thursday 10 December: the manager's decision is due a working day later. */
    private static final Instant BREACH_REPORTED = Instant.parse("2026-12-10T10:00:00Z");
    private static final Instant DECISION_DUE = Instant.parse("2026-12-11T10:00:00Z");

    private final GuidanceChecker guidance = new GuidanceChecker();
    private final RecordingCaseRegistry cases = new RecordingCaseRegistry();
    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(cases);
        fixture.registerInjectableResource(guidance);
        fixture.registerInjectableResource(new CompletenessPolicy(AgreementRuleSettings.defaults(), guidance));
        fixture.registerInjectableResource(new WorkingDayClock(new EnglandAndWalesWorkingDayCalendar()));
        fixture.registerInjectableResource(ClockSettings.defaults());
    }

    @Test
    void storiesAreCompleteAndRaiseNoWarnings() {
        CompletenessPolicy completeness = new CompletenessPolicy(AgreementRuleSettings.defaults(), guidance);
        assertThat(completeness.check(writtenContent())).isEmpty();
        assertThat(completeness.check(workingContent())).isEmpty();
        assertThat(guidance.warnings(writtenContent())).isEmpty();
        assertThat(guidance.warnings(workingContent())).isEmpty();
        assertThat(guidance.warnings(workingContent().withParty(GRAN).withCommitment(GRAN_HAS_LEO))).isEmpty();
    }

    // ---- Drafting -------------------------------------------------------------------------------------------------

    @Nested
    class Drafting {

        @Test
        void givenNothing_whenWorkingAgreementDrafted_thenDraftedAndRegisteredOnCase() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreementCommand(ID, CASE, AgreementKind.WORKING, Involvement.CIN_ASSESSMENT,
                            "  " + WORKING_PURPOSE + "  ", WORKING_REASON, ASSESSMENT_STARTED), PRACTITIONER)
                    .expectEvents(workingDrafted())
                    .expectResultMessagePayload(0L);
            assertThat(cases.calls()).containsExactly(registered(CASE, ID, AgreementKind.WORKING));
        }

        @Test
        void givenNothing_whenDraftedWithoutInvolvement_thenInvolvementIsOther() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreementCommand(ID, CASE, AgreementKind.WRITTEN, null, WRITTEN_PURPOSE, null,
                            null), PRACTITIONER)
                    .expectEvents(new AgreementDraftedEvent(ID, CASE, AgreementKind.WRITTEN, Involvement.OTHER,
                            WRITTEN_PURPOSE, null, null));
        }

        @Test
        void givenNothing_whenDraftedWithoutPurpose_thenRejectedWithPurposeRequired() {
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreementCommand(ID, CASE, AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, "   ",
                            WRITTEN_REASON, null), PRACTITIONER)
                    .expectException(violations(RuleCode.PURPOSE_REQUIRED))
                    .expectNoEvents();
            assertThat(cases.calls()).as("nothing registered on the case").isEmpty();
        }

        @Test
        void givenCaseRegistryRefuses_whenDrafted_thenRejectedAndNothingRecorded() {
            cases.failingWith(RuleViolationException.of(RuleCode.INVALID_INPUT, "caseReference",
                    "No case has this reference."));
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreementCommand(ID, CASE, AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                            WRITTEN_PURPOSE, WRITTEN_REASON, null), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void givenCaseAnswersSerial_whenWrittenAgreementDrafted_thenSerialAgreementWarningRecorded() {
            cases.answeringSerial(true);
            AgreementContent drafted = AgreementContent.draft(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                    WRITTEN_PURPOSE, WRITTEN_REASON);
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreementCommand(ID, CASE, AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                            WRITTEN_PURPOSE, WRITTEN_REASON, null), PRACTITIONER)
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            Matchers.equalTo(writtenDrafted()),
                            warningsRecorded(1, drafted.hash(), RuleCode.SERIAL_AGREEMENT),
                            andNoMore())))
                    .expectResultMessagePayload(1L);
            assertThat(cases.calls()).containsExactly(registered(CASE, ID, AgreementKind.WRITTEN));
        }

        @Test
        void givenCaseAnswersSerial_whenWorkingAgreementDrafted_thenNoSerialWarning() {
            cases.answeringSerial(true);
            fixture.givenNoPriorActivity()
                    .when(new DraftAgreementCommand(ID, CASE, AgreementKind.WORKING, Involvement.CIN_ASSESSMENT,
                            WORKING_PURPOSE, WORKING_REASON, ASSESSMENT_STARTED), PRACTITIONER)
                    .expectEvents(workingDrafted());
        }

        @Test
        void givenSerialWrittenDraft_whenPartyAdded_thenSerialWarningIsKeptWithoutRecordingItAgain() {
            cases.answeringSerial(true);
            TestExecutor<Agreement> given = fixture.givenCommands(new DraftAgreementCommand(ID, CASE,
                    AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, WRITTEN_PURPOSE, WRITTEN_REASON, null));
            cases.reset();
            given.when(new AddPartyCommand(ID, MUM), PRACTITIONER)
                    .expectEvents(new PartyAddedEvent(ID, 1, MUM))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void givenWrittenDraft_whenCommitmentSaysCinPlan_thenJargonWarningRecorded() {
            Commitment jargon = new Commitment("c-meeting", MUM.partyId(), Undertaking.WILL,
                    "come to the CIN plan meeting", "on Tuesday 8 December at 2pm", false);
            fixture.given(completeWrittenDraft())
                    .when(new AddCommitmentCommand(ID, jargon), PRACTITIONER)
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            Matchers.equalTo(new CommitmentAddedEvent(ID, 1, jargon)),
                            warningsRecorded(1, writtenContent().withCommitment(jargon).hash(), RuleCode.JARGON),
                            andNoMore())))
                    .expectResultMessagePayload(versionAfter(completeWrittenDraft()) + 2);
        }

        @Test
        void givenJargonWarningRecorded_whenCommitmentReworded_thenEmptyWarningListRecorded() {
            Commitment jargon = new Commitment("c-meeting", MUM.partyId(), Undertaking.WILL,
                    "come to the CIN plan meeting", "on Tuesday 8 December at 2pm", false);
            Commitment plain = new Commitment("c-meeting", MUM.partyId(), Undertaking.WILL,
                    "come to the meeting about Leo's plan", "on Tuesday 8 December at 2pm", false);
            List<Object> history = concat(completeWrittenDraft(), new CommitmentAddedEvent(ID, 1, jargon),
                    new WarningsRecordedEvent(ID, 1, writtenContent().withCommitment(jargon).hash(),
                            guidance.warnings(writtenContent().withCommitment(jargon))));
            fixture.given(history)
                    .when(new ReviseCommitmentCommand(ID, plain), PRACTITIONER)
                    .expectEvents(new CommitmentRevisedEvent(ID, 1, plain),
                            new WarningsRecordedEvent(ID, 1, writtenContent().withCommitment(plain).hash(), List.of()));
        }

        @Test
        void givenWrittenDraft_whenCommitmentRevisedToTheSameWords_thenNoEvents() {
            fixture.given(completeWrittenDraft())
                    .when(new ReviseCommitmentCommand(ID, new Commitment(MUM_STAYS.commitmentId(), MUM.partyId(),
                            MUM_STAYS.undertaking(), "  " + MUM_STAYS.text() + " ", MUM_STAYS.when(), false)),
                            PRACTITIONER)
                    .expectNoEvents()
                    .expectResultMessagePayload(versionAfter(completeWrittenDraft()));
        }
    }

    // ---- Blocking rules -------------------------------------------------------------------------------------------

    @Nested
    class BlockingRules {

        @Test
        void givenWrittenDraft_whenCommitmentSaysUntilFurtherNotice_thenRejectedWithVagueTimescale() {
            fixture.given(completeWrittenDraft())
                    .when(new AddCommitmentCommand(ID, new Commitment("c-vague", MUM.partyId(), Undertaking.WILL_NOT,
                            "let Leo's dad into the house", "until further notice", false)), PRACTITIONER)
                    .expectException(violations(RuleCode.VAGUE_TIMESCALE))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenPeriodDescribedAsIndefinite_thenRejectedWithVagueTimescale() {
            fixture.given(completeWrittenDraft())
                    .when(new SetPeriodCommand(ID, new Period(START, END, "From Friday, indefinitely")), PRACTITIONER)
                    .expectException(violations(RuleCode.VAGUE_TIMESCALE))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenPeriodEndsBeforeItStarts_thenRejectedWithPeriodRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new SetPeriodCommand(ID, new Period(END, START, null)), PRACTITIONER)
                    .expectException(violations(RuleCode.PERIOD_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenPeriodHasNoEnd_thenRejectedWithPeriodRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new SetPeriodCommand(ID, new Period(START, null, "From Friday")), PRACTITIONER)
                    .expectException(violations(RuleCode.PERIOD_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenNoPeriodGiven_thenRejectedWithPeriodRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new SetPeriodCommand(ID, null), PRACTITIONER)
                    .expectException(violations(RuleCode.PERIOD_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraftWithoutPeriod_whenApproved_thenRejectedWithPeriodAndReviewPointRequired() {
            List<Object> history = writtenDraftWithout(PeriodSetEvent.class);
            AgreementContent content = writtenContent().withPeriod(null);
            fixture.given(history)
                    .when(new ApproveAgreementCommand(ID, content.hash().value(), null), MANAGER)
                    .expectException(violations(RuleCode.PERIOD_REQUIRED, RuleCode.REVIEW_POINT_REQUIRED))
                    .expectNoEvents();
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenWrittenDraft_whenPeriodOfFifteenDaysSet_thenRejectedWithPeriodTooLong() {
            fixture.given(completeWrittenDraft())
                    .when(new SetPeriodCommand(ID, new Period(START, START.plus(java.time.Duration.ofDays(15)),
                            null)), PRACTITIONER)
                    .expectException(violations(RuleCode.PERIOD_TOO_LONG))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenPeriodOfExactlyFourteenDaysSet_thenAccepted() {
            Period fortnight = new Period(START, START.plus(java.time.Duration.ofDays(14)), null);
            fixture.given(completeWrittenDraft())
                    .when(new SetPeriodCommand(ID, fortnight), PRACTITIONER)
                    .expectEvents(new PeriodSetEvent(ID, 1, fortnight));
        }

        @Test
        void givenWorkingDraft_whenPeriodOfThreeMonthsSet_thenAccepted() {
            Period months = new Period(START, START.plus(java.time.Duration.ofDays(90)), null);
            fixture.given(workingDraft())
                    .when(new SetPeriodCommand(ID, months), PRACTITIONER)
                    .expectEvents(new PeriodSetEvent(ID, 1, months));
        }

        @Test
        void givenWrittenDraft_whenReviewPointAfterPeriodEnds_thenRejectedWithReviewPointRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new AddReviewPointCommand(ID, new ReviewPoint("r-late", END.plusSeconds(3600))),
                            PRACTITIONER)
                    .expectException(violations(RuleCode.REVIEW_POINT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraftWithoutReviewPoint_whenApproved_thenRejectedWithReviewPointRequired() {
            AgreementContent content = AgreementContent.draft(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                            WRITTEN_PURPOSE, WRITTEN_REASON)
                    .withParty(MUM).withParty(SOCIAL_WORKER).withCommitment(MUM_STAYS).withCommitment(WORKER_PHONES)
                    .withPeriod(PERIOD).withContingencyPlan(CONTINGENCY).withConsequences(CONSEQUENCES);
            fixture.given(writtenDraftWithout(ReviewPointAddedEvent.class))
                    .when(new ApproveAgreementCommand(ID, content.hash().value(), null), MANAGER)
                    .expectException(violations(RuleCode.REVIEW_POINT_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraftWithoutContingency_whenApproved_thenRejectedWithContingencyRequired() {
            fixture.given(writtenDraftWithout(ContingencyPlanSetEvent.class))
                    .when(new ApproveAgreementCommand(ID, writtenContent().withContingencyPlan(null).hash().value(),
                            null), MANAGER)
                    .expectException(violations(RuleCode.CONTINGENCY_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenBlankContingencySet_thenRejectedWithContingencyRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new SetContingencyPlanCommand(ID, "  \n "), PRACTITIONER)
                    .expectException(violations(RuleCode.CONTINGENCY_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraftWithoutConsequences_whenApproved_thenRejectedWithConsequencesRequired() {
            fixture.given(writtenDraftWithout(ConsequencesSetEvent.class))
                    .when(new ApproveAgreementCommand(ID, writtenContent().withConsequences(null).hash().value(),
                            null), MANAGER)
                    .expectException(violations(RuleCode.CONSEQUENCES_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenBlankConsequencesSet_thenRejectedWithConsequencesRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new SetConsequencesCommand(ID, ""), PRACTITIONER)
                    .expectException(violations(RuleCode.CONSEQUENCES_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraftWithOnlyTheFamilysCommitments_whenApproved_thenRejectedAsUnbalanced() {
            List<Object> history = concat(writtenDraftWithout(CommitmentAddedEvent.class),
                    new CommitmentAddedEvent(ID, 1, MUM_STAYS));
            AgreementContent content = writtenContent().withoutCommitment(WORKER_PHONES.commitmentId());
            fixture.given(history)
                    .when(new ApproveAgreementCommand(ID, content.hash().value(), null), MANAGER)
                    .expectException(violations(RuleCode.UNBALANCED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenCommitmentOwnedBySomeoneWhoIsNotAParty_thenRejectedWithCommitmentOwnerRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new AddCommitmentCommand(ID, new Commitment("c-dad", "p-dad", Undertaking.WILL_NOT,
                            "come to the house", "during this agreement", false)), PRACTITIONER)
                    .expectException(violations(RuleCode.COMMITMENT_OWNER_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenCommitmentOwnerIsBlank_thenRejectedWithCommitmentOwnerRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new AddCommitmentCommand(ID, new Commitment("c-nobody", "  ", Undertaking.WILL,
                            "keep the back door locked", "every night", false)), PRACTITIONER)
                    .expectException(violations(RuleCode.COMMITMENT_OWNER_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenCommitmentHasNoOwner_thenRejectedWithCommitmentOwnerRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new AddCommitmentCommand(ID, new Commitment("c-nobody", null, Undertaking.WILL,
                            "keep the back door locked", "every night", false)), PRACTITIONER)
                    .expectException(violations(RuleCode.COMMITMENT_OWNER_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenCommitmentRevisedToHaveNoOwner_thenRejectedWithCommitmentOwnerRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new ReviseCommitmentCommand(ID, new Commitment(MUM_STAYS.commitmentId(), null,
                            Undertaking.WILL_NOT, MUM_STAYS.text(), MUM_STAYS.when(), false)), PRACTITIONER)
                    .expectException(violations(RuleCode.COMMITMENT_OWNER_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenPartyWhoOwnsCommitmentsRemoved_thenRejectedWithCommitmentOwnerRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new RemovePartyCommand(ID, MUM.partyId()), PRACTITIONER)
                    .expectException(violations(RuleCode.COMMITMENT_OWNER_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenEmptyWrittenDraft_whenApproved_thenRejectedWithEveryMissingPartAtOnce() {
            AgreementContent empty = AgreementContent.draft(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                    WRITTEN_PURPOSE, WRITTEN_REASON);
            fixture.given(writtenDrafted())
                    .when(new ApproveAgreementCommand(ID, empty.hash().value(), null), MANAGER)
                    .expectException(violations(RuleCode.INVALID_STATE, RuleCode.PERIOD_REQUIRED,
                            RuleCode.REVIEW_POINT_REQUIRED, RuleCode.CONTINGENCY_REQUIRED,
                            RuleCode.CONSEQUENCES_REQUIRED, RuleCode.UNBALANCED))
                    .expectNoEvents();
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenEmptyWrittenDraft_whenApprovedWithStaleHash_thenStaleVersionIsListedWithEveryMissingPart() {
            fixture.given(writtenDrafted())
                    .when(new ApproveAgreementCommand(ID, writtenHash().value(), null), MANAGER)
                    .expectException(violations(RuleCode.SIGNATURE_ON_STALE_VERSION, RuleCode.INVALID_STATE,
                            RuleCode.PERIOD_REQUIRED, RuleCode.REVIEW_POINT_REQUIRED, RuleCode.CONTINGENCY_REQUIRED,
                            RuleCode.CONSEQUENCES_REQUIRED, RuleCode.UNBALANCED))
                    .expectNoEvents();
        }

        @Test
        void givenCompleteWrittenDraft_whenSignedBeforeApproval_thenRejectedWithApprovalRequired() {
            fixture.given(concat(completeWrittenDraft(),
                            new ConsentCheckRecordedEvent(ID, 1, MUM.partyId(), FREELY_GIVEN)))
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), writtenHash().value(), MUM_SIGNED_AT),
                            PRACTITIONER)
                    .expectException(violations(RuleCode.APPROVAL_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedWritten_whenMumSignsWithoutConsentCheck_thenRejectedWithConsentCheckRequired() {
            fixture.given(approvedWritten())
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), writtenHash().value(), MUM_SIGNED_AT),
                            PRACTITIONER)
                    .expectException(violations(RuleCode.CONSENT_CHECK_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenConsentCheckSaysUnderPressure_whenMumSigns_thenRejectedWithConsentCheckRequired() {
            fixture.given(concat(approvedWritten(),
                            new ConsentCheckRecordedEvent(ID, 1, MUM.partyId(), UNDER_PRESSURE)))
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), writtenHash().value(), MUM_SIGNED_AT),
                            PRACTITIONER)
                    .expectException(violations(RuleCode.CONSENT_CHECK_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenConsentCheckedThenCommitmentAdded_whenMumSigns_thenRejectedWithConsentCheckRequired() {
            Commitment extra = new Commitment("c-mum-gp", MUM.partyId(), Undertaking.WILL,
                    "take Leo to the doctor", "by Friday 11 December", false);
            ContentHash changed = workingContent().withCommitment(extra).hash();
            fixture.given(concat(workingDraft(), new ConsentCheckRecordedEvent(ID, 1, MUM.partyId(), FREELY_GIVEN),
                            new CommitmentAddedEvent(ID, 1, extra)))
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), changed.value(), MUM_SIGNED_AT), PRACTITIONER)
                    .expectException(violations(RuleCode.CONSENT_CHECK_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedWritten_whenSocialWorkerSignsWithoutConsentCheck_thenAcceptedBecauseProfessionals() {
            fixture.given(approvedWritten())
                    .when(new RecordSignatureCommand(ID, SOCIAL_WORKER.partyId(), writtenHash().value(),
                            WORKER_SIGNED_AT), PRACTITIONER)
                    .expectEvents(new SignatureRecordedEvent(ID, 1, SOCIAL_WORKER.partyId(), writtenHash(),
                            WORKER_SIGNED_AT));
        }

        @Test
        void givenApprovedWritten_whenSignedWithHashOfOtherContent_thenRejectedWithSignatureOnStaleVersion() {
            String otherHash = writtenContent().withContingencyPlan("Something else").hash().value();
            fixture.given(approvedWrittenWithMumsConsent())
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), otherHash, MUM_SIGNED_AT), PRACTITIONER)
                    .expectException(violations(RuleCode.SIGNATURE_ON_STALE_VERSION))
                    .expectNoEvents();
        }

        @Test
        void givenCompleteWrittenDraft_whenApprovedWithHashOfEarlierContent_thenRejectedWithSignatureOnStaleVersion() {
            String earlier = writtenContent().withConsequences(null).hash().value();
            fixture.given(completeWrittenDraft())
                    .when(new ApproveAgreementCommand(ID, earlier, null), MANAGER)
                    .expectException(violations(RuleCode.SIGNATURE_ON_STALE_VERSION))
                    .expectNoEvents();
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenApprovedWritten_whenSomeoneWhoIsNotAPartySigns_thenRejectedWithNotAParty() {
            fixture.given(approvedWritten())
                    .when(new RecordSignatureCommand(ID, "p-neighbour", writtenHash().value(), MUM_SIGNED_AT),
                            PRACTITIONER)
                    .expectException(violations(RuleCode.NOT_A_PARTY))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedWritten_whenConsentCheckRecordedForSomeoneWhoIsNotAParty_thenRejectedWithNotAParty() {
            fixture.given(approvedWritten())
                    .when(new RecordConsentCheckCommand(ID, "p-neighbour", FREELY_GIVEN), PRACTITIONER)
                    .expectException(violations(RuleCode.NOT_A_PARTY))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenInForce_whenBreachByWhoIsNotAParty_thenRejectedWithNotAParty() {
            fixture.given(writtenInForce())
                    .when(new RecordBreachCommand(ID, "b-1", MUM_STAYS.commitmentId(), "p-neighbour", OBSERVED,
                            "Nursery manager", "Leo was alone at home."), PRACTITIONER)
                    .expectException(violations(RuleCode.NOT_A_PARTY, RuleCode.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenPartyWhoIsNotAPartyRemoved_thenRejectedWithNotAParty() {
            fixture.given(completeWrittenDraft())
                    .when(new RemovePartyCommand(ID, "p-neighbour"), PRACTITIONER)
                    .expectException(violations(RuleCode.NOT_A_PARTY))
                    .expectNoEvents();
        }

        @Test
        void givenEndedAgreement_whenPartyAdded_thenRejectedWithAgreementEnded() {
            fixture.given(concat(writtenInForce(), new AgreementEndedEvent(ID, CASE, EndReason.CONCLUDED, null,
                            LATER)))
                    .when(new AddPartyCommand(ID, GRAN), PRACTITIONER)
                    .expectException(violations(RuleCode.AGREEMENT_ENDED))
                    .expectNoEvents();
        }

        @Test
        void givenReplacedAgreement_whenSigned_thenRejectedWithAgreementEnded() {
            fixture.given(concat(writtenInForce(), new AgreementReplacedWithPlanEvent(ID, CASE, PlanKind.CP_PLAN,
                            "plan-9", LATER)))
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), writtenHash().value(), LATER), PRACTITIONER)
                    .expectException(violations(RuleCode.AGREEMENT_ENDED))
                    .expectNoEvents();
        }

        @Test
        void givenDiscardedDraft_whenApproved_thenRejectedWithAgreementEnded() {
            fixture.given(concat(completeWrittenDraft(), new DraftDiscardedEvent(ID, CASE, null)))
                    .when(new ApproveAgreementCommand(ID, writtenHash().value(), null), MANAGER)
                    .expectException(violations(RuleCode.AGREEMENT_ENDED))
                    .expectNoEvents();
        }

        @Test
        void givenChildToLiveWithGran_whenSignedWithoutReg24Approval_thenRejectedWithReg24ApprovalRequired() {
            List<Object> history = concat(workingDraft(), new PartyAddedEvent(ID, 1, GRAN),
                    new CommitmentAddedEvent(ID, 1, GRAN_HAS_LEO));
            AgreementContent content = workingContent().withParty(GRAN).withCommitment(GRAN_HAS_LEO);
            fixture.given(history)
                    .when(new RecordSignatureCommand(ID, SOCIAL_WORKER.partyId(), content.hash().value(),
                            WORKER_SIGNED_AT), PRACTITIONER)
                    .expectException(violations(RuleCode.REG24_APPROVAL_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenChildToLiveWithGranAndReg24Approved_whenSigned_thenSignatureRecorded() {
            List<Object> history = concat(workingDraft(), new PartyAddedEvent(ID, 1, GRAN),
                    new CommitmentAddedEvent(ID, 1, GRAN_HAS_LEO),
                    new Reg24ApprovalRecordedEvent(ID, "Head of fostering", LocalDate.of(2026, 12, 3), null));
            AgreementContent content = workingContent().withParty(GRAN).withCommitment(GRAN_HAS_LEO);
            fixture.given(history)
                    .when(new RecordSignatureCommand(ID, SOCIAL_WORKER.partyId(), content.hash().value(),
                            WORKER_SIGNED_AT), PRACTITIONER)
                    .expectEvents(new SignatureRecordedEvent(ID, 1, SOCIAL_WORKER.partyId(), content.hash(),
                            WORKER_SIGNED_AT));
        }

        @Test
        void givenWorkingDraft_whenReg24ApprovalRecorded_thenRecordedWithStrippedNames() {
            fixture.given(workingDraft())
                    .when(new RecordReg24ApprovalCommand(ID, " Head of fostering ", LocalDate.of(2026, 12, 3), " "),
                            MANAGER)
                    .expectEvents(new Reg24ApprovalRecordedEvent(ID, "Head of fostering", LocalDate.of(2026, 12, 3),
                            null));
        }
    }

    // ---- Approval, signatures, coming into force ------------------------------------------------------------------

    @Nested
    class ApprovalAndSignatures {

        @Test
        void givenCompleteWrittenDraft_whenManagerApproves_thenApprovedForItsHashAndCaseToldActive() {
            fixture.given(completeWrittenDraft())
                    .when(new ApproveAgreementCommand(ID, writtenHash().value(), " Checked with Sam "), MANAGER)
                    .expectEvents(new AgreementApprovedEvent(ID, 1, writtenHash(), "priya.manager",
                            "Checked with Sam"))
                    .expectResultMessagePayload(versionAfter(completeWrittenDraft()) + 1);
            assertThat(cases.calls()).containsExactly(activated(CASE, ID));
        }

        @Test
        void givenCompleteWrittenDraft_whenPractitionerApproves_thenRejectedWithApprovalRequired() {
            fixture.given(completeWrittenDraft())
                    .when(new ApproveAgreementCommand(ID, writtenHash().value(), null), PRACTITIONER)
                    .expectException(violations(RuleCode.APPROVAL_REQUIRED))
                    .expectNoEvents();
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenVariationAddsCommitment_whenBreachOfThatCommitmentBeforeItIsInForce_thenRejected() {
            Commitment extra = new Commitment("c-mum-school", MUM.partyId(), Undertaking.WILL,
                    "walk Leo to school", "every weekday by 8:45am", false);
            fixture.given(concat(writtenInForce(), new AgreementVariedEvent(ID, 2, 1, "School starts"),
                            new CommitmentAddedEvent(ID, 2, extra)))
                    .when(new RecordBreachCommand(ID, "b-9", extra.commitmentId(), MUM.partyId(), OBSERVED, null,
                            "Leo missed school."), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedWritten_whenApprovedAgain_thenNothingHappens() {
            fixture.given(approvedWritten())
                    .when(new ApproveAgreementCommand(ID, writtenHash().value(), null), MANAGER)
                    .expectNoEvents()
                    .expectResultMessagePayload(versionAfter(approvedWritten()));
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenWorkingDraft_whenApproved_thenRejectedAsOnlyWrittenAgreementsNeedApproval() {
            fixture.given(workingDraft())
                    .when(new ApproveAgreementCommand(ID, workingHash().value(), null), MANAGER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedWritten_whenConsentCheckRecorded_thenRecordedForVersionOne() {
            fixture.given(approvedWritten())
                    .when(new RecordConsentCheckCommand(ID, MUM.partyId(), FREELY_GIVEN), PRACTITIONER)
                    .expectEvents(new ConsentCheckRecordedEvent(ID, 1, MUM.partyId(), FREELY_GIVEN));
        }

        @Test
        void givenApprovedWritten_whenConsentCheckRecordedForSocialWorker_thenRejectedAsOnlyForFamily() {
            fixture.given(approvedWritten())
                    .when(new RecordConsentCheckCommand(ID, SOCIAL_WORKER.partyId(), FREELY_GIVEN), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedWrittenWithConsent_whenMumSigns_thenSignatureRecordedAndStillAwaitingOthers() {
            fixture.given(approvedWrittenWithMumsConsent())
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), writtenHash().value(), MUM_SIGNED_AT),
                            PRACTITIONER)
                    .expectEvents(new SignatureRecordedEvent(ID, 1, MUM.partyId(), writtenHash(), MUM_SIGNED_AT))
                    .expectResultMessagePayload(versionAfter(approvedWrittenWithMumsConsent()) + 1);
        }

        @Test
        void givenWrittenSignedByMum_whenMumSignsAgain_thenNothingHappens() {
            fixture.given(writtenSignedByMum())
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), writtenHash().value(), LATER), PRACTITIONER)
                    .expectNoEvents();
        }

        @Test
        void givenWrittenSignedByMum_whenSocialWorkerSigns_thenItComesIntoForce() {
            fixture.given(writtenSignedByMum())
                    .when(new RecordSignatureCommand(ID, SOCIAL_WORKER.partyId(), writtenHash().value(),
                            WORKER_SIGNED_AT), PRACTITIONER)
                    .expectEvents(
                            new SignatureRecordedEvent(ID, 1, SOCIAL_WORKER.partyId(), writtenHash(),
                                    WORKER_SIGNED_AT),
                            new AgreementCameIntoForceEvent(ID, CASE, AgreementKind.WRITTEN, 1, writtenHash(),
                                    WORKER_SIGNED_AT, PERIOD, List.of(REVIEW)))
                    .expectResultMessagePayload(versionAfter(writtenSignedByMum()) + 2);
            assertThat(cases.calls()).as("activated already at approval").isEmpty();
        }

        @Test
        void givenWorkingDraftSignedByMum_whenSocialWorkerSigns_thenInForceWithoutAnyApproval() {
            fixture.given(workingSignedByMum())
                    .when(new RecordSignatureCommand(ID, SOCIAL_WORKER.partyId(), workingHash().value(),
                            WORKER_SIGNED_AT), PRACTITIONER)
                    .expectEvents(
                            new SignatureRecordedEvent(ID, 1, SOCIAL_WORKER.partyId(), workingHash(),
                                    WORKER_SIGNED_AT),
                            new AgreementCameIntoForceEvent(ID, CASE, AgreementKind.WORKING, 1, workingHash(),
                                    WORKER_SIGNED_AT, null, List.of()));
            assertThat(cases.calls()).as("working agreements do not guard the case").isEmpty();
        }

        @Test
        void givenWorkingDraftSignedByMum_whenCommitmentAdded_thenNewVersionOpensBeforeTheChange() {
            Commitment extra = new Commitment("c-sw-food", SOCIAL_WORKER.partyId(), Undertaking.WILL,
                    "bring a food bank voucher", "by Friday 4 December", false);
            fixture.given(workingSignedByMum())
                    .when(new AddCommitmentCommand(ID, extra), PRACTITIONER)
                    .expectEvents(new AgreementVariedEvent(ID, 2, 1, CHANGED_AFTER_SIGNING),
                            new CommitmentAddedEvent(ID, 2, extra));
        }

        @Test
        void givenWorkingChangedAfterMumSigned_whenSocialWorkerSignsNewVersion_thenNotInForceAsMumsOldSignatureNoLongerCounts() {
            Commitment extra = new Commitment("c-sw-food", SOCIAL_WORKER.partyId(), Undertaking.WILL,
                    "bring a food bank voucher", "by Friday 4 December", false);
            ContentHash v2 = workingContent().withCommitment(extra).hash();
            fixture.given(concat(workingSignedByMum(), new AgreementVariedEvent(ID, 2, 1, CHANGED_AFTER_SIGNING),
                            new CommitmentAddedEvent(ID, 2, extra)))
                    .when(new RecordSignatureCommand(ID, SOCIAL_WORKER.partyId(), v2.value(), WORKER_SIGNED_AT),
                            PRACTITIONER)
                    .expectEvents(new SignatureRecordedEvent(ID, 2, SOCIAL_WORKER.partyId(), v2, WORKER_SIGNED_AT));
        }

        @Test
        void givenWorkingChangedAfterMumSigned_whenMumSignsNewVersionWithoutNewConsentCheck_thenRejected() {
            Commitment extra = new Commitment("c-sw-food", SOCIAL_WORKER.partyId(), Undertaking.WILL,
                    "bring a food bank voucher", "by Friday 4 December", false);
            ContentHash v2 = workingContent().withCommitment(extra).hash();
            fixture.given(concat(workingSignedByMum(), new AgreementVariedEvent(ID, 2, 1, CHANGED_AFTER_SIGNING),
                            new CommitmentAddedEvent(ID, 2, extra)))
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), v2.value(), LATER), PRACTITIONER)
                    .expectException(violations(RuleCode.CONSENT_CHECK_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void givenWorkingChangedAfterMumSigned_whenSignedWithTheOldHash_thenRejectedWithSignatureOnStaleVersion() {
            Commitment extra = new Commitment("c-sw-food", SOCIAL_WORKER.partyId(), Undertaking.WILL,
                    "bring a food bank voucher", "by Friday 4 December", false);
            fixture.given(concat(workingSignedByMum(), new AgreementVariedEvent(ID, 2, 1, CHANGED_AFTER_SIGNING),
                            new CommitmentAddedEvent(ID, 2, extra)))
                    .when(new RecordSignatureCommand(ID, SOCIAL_WORKER.partyId(), workingHash().value(),
                            WORKER_SIGNED_AT), PRACTITIONER)
                    .expectException(violations(RuleCode.SIGNATURE_ON_STALE_VERSION))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedWritten_whenContingencyChanged_thenNewVersionNeedsApprovalAgain() {
            String sooner = "If this is not kept, we will meet you within two hours to agree how to keep Leo safe.";
            ContentHash v2 = writtenContent().withContingencyPlan(sooner).hash();
            fixture.given(approvedWrittenWithMumsConsent())
                    .when(new SetContingencyPlanCommand(ID, sooner), PRACTITIONER)
                    .expectEvents(new AgreementVariedEvent(ID, 2, 1, CHANGED_AFTER_SIGNING),
                            new ContingencyPlanSetEvent(ID, 2, sooner));
            fixture.given(concat(approvedWrittenWithMumsConsent(),
                            new AgreementVariedEvent(ID, 2, 1, CHANGED_AFTER_SIGNING),
                            new ContingencyPlanSetEvent(ID, 2, sooner),
                            new ConsentCheckRecordedEvent(ID, 2, MUM.partyId(), FREELY_GIVEN)))
                    .when(new RecordSignatureCommand(ID, MUM.partyId(), v2.value(), MUM_SIGNED_AT), PRACTITIONER)
                    .expectException(violations(RuleCode.APPROVAL_REQUIRED))
                    .expectNoEvents();
        }
    }

    // ---- Variation ------------------------------------------------------------------------------------------------

    @Nested
    class Variation {

        private final String longerVisit = "If this is not kept, we will meet you the same day and may ask Leo to "
                + "stay with his gran.";

        private List<Object> variationOpened() {
            return concat(writtenInForce(), new AgreementVariedEvent(ID, 2, 1, "Gran can help at weekends"));
        }

        private ContentHash v2() {
            return writtenContent().withContingencyPlan(longerVisit).hash();
        }

        private List<Object> variationSignedByMum() {
            return concat(variationOpened(),
                    new ContingencyPlanSetEvent(ID, 2, longerVisit),
                    new AgreementApprovedEvent(ID, 2, v2(), "priya.manager", null),
                    new ConsentCheckRecordedEvent(ID, 2, MUM.partyId(), FREELY_GIVEN),
                    new SignatureRecordedEvent(ID, 2, MUM.partyId(), v2(), LATER));
        }

        @Test
        void givenWrittenInForce_whenVaried_thenVersionTwoOpens() {
            fixture.given(writtenInForce())
                    .when(new VaryAgreementCommand(ID, " Gran can help at weekends "), PRACTITIONER)
                    .expectEvents(new AgreementVariedEvent(ID, 2, 1, "Gran can help at weekends"))
                    .expectResultMessagePayload(versionAfter(writtenInForce()) + 1);
        }

        @Test
        void givenWrittenInForce_whenVariedWithoutReason_thenRejected() {
            fixture.given(writtenInForce())
                    .when(new VaryAgreementCommand(ID, " "), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void givenVariationAlreadyOpen_whenVariedAgain_thenRejectedWithInvalidState() {
            fixture.given(variationOpened())
                    .when(new VaryAgreementCommand(ID, "Another change"), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenVaried_thenRejectedWithInvalidState() {
            fixture.given(approvedWritten())
                    .when(new VaryAgreementCommand(ID, "Change"), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenVariationOpen_whenContingencyChanged_thenChangeGoesToVersionTwoWithoutAnotherVariation() {
            fixture.given(variationOpened())
                    .when(new SetContingencyPlanCommand(ID, longerVisit), PRACTITIONER)
                    .expectEvents(new ContingencyPlanSetEvent(ID, 2, longerVisit));
        }

        @Test
        void givenWrittenInForce_whenEditedWithoutVarying_thenVariationOpensBeforeTheChange() {
            fixture.given(writtenInForce())
                    .when(new SetContingencyPlanCommand(ID, longerVisit), PRACTITIONER)
                    .expectEvents(new AgreementVariedEvent(ID, 2, 1, CHANGED_AFTER_SIGNING),
                            new ContingencyPlanSetEvent(ID, 2, longerVisit));
        }

        @Test
        void givenVariationHalfSigned_whenBreachOfVersionOne_thenRecordedBecauseVersionOneStaysInForce() {
            fixture.givenCurrentTime(BREACH_REPORTED).andGiven(variationSignedByMum())
                    .when(new RecordBreachCommand(ID, "b-1", MUM_STAYS.commitmentId(), MUM.partyId(), OBSERVED,
                            "Neighbour", "Leo was heard crying alone."), PRACTITIONER)
                    .expectEvents(
                            new BreachRecordedEvent(ID, "b-1", MUM_STAYS.commitmentId(), MUM.partyId(), OBSERVED,
                                    "Neighbour", "Leo was heard crying alone."),
                            new EscalationRaisedEvent(ID, CASE, "breach-b-1", EscalationCause.BREACH,
                                    EscalationLevel.TEAM_MANAGER, "b-1", DECISION_DUE));
        }

        @Test
        void givenVariationHalfSigned_whenCopySent_thenCopyIsOfVersionOneStillInForce() {
            fixture.given(variationSignedByMum())
                    .when(new RecordCopySentCommand(ID, "Leo's nursery", CopyMethod.BY_SECURE_EMAIL, LATER),
                            PRACTITIONER)
                    .expectEvents(new CopySentEvent(ID, 1, "Leo's nursery", CopyMethod.BY_SECURE_EMAIL, LATER));
        }

        @Test
        void givenVariationHalfSigned_whenSocialWorkerSigns_thenVersionTwoComesIntoForce() {
            Instant at = LATER.plusSeconds(600);
            fixture.given(variationSignedByMum())
                    .when(new RecordSignatureCommand(ID, SOCIAL_WORKER.partyId(), v2().value(), at), PRACTITIONER)
                    .expectEvents(new SignatureRecordedEvent(ID, 2, SOCIAL_WORKER.partyId(), v2(), at),
                            new AgreementCameIntoForceEvent(ID, CASE, AgreementKind.WRITTEN, 2, v2(), at, PERIOD,
                                    List.of(REVIEW)));
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenVersionTwoInForce_whenCopySent_thenCopyIsOfVersionTwo() {
            fixture.given(concat(variationSignedByMum(),
                            new SignatureRecordedEvent(ID, 2, SOCIAL_WORKER.partyId(), v2(), LATER),
                            new AgreementCameIntoForceEvent(ID, CASE, AgreementKind.WRITTEN, 2, v2(), LATER, PERIOD,
                                    List.of(REVIEW))))
                    .when(new RecordCopySentCommand(ID, "Jade Carter", CopyMethod.BY_HAND, LATER), PRACTITIONER)
                    .expectEvents(new CopySentEvent(ID, 2, "Jade Carter", CopyMethod.BY_HAND, LATER));
        }

        @Test
        void givenVariationOpen_whenApprovedByManager_thenApprovedWithoutTellingTheCaseAgain() {
            fixture.given(concat(variationOpened(), new ContingencyPlanSetEvent(ID, 2, longerVisit)))
                    .when(new ApproveAgreementCommand(ID, v2().value(), null), MANAGER)
                    .expectEvents(new AgreementApprovedEvent(ID, 2, v2(), "priya.manager", null));
            assertThat(cases.calls()).isEmpty();
        }
    }

    // ---- Life in force: copies, meeting, reviews --------------------------------------------------------------------

    @Nested
    class LifeInForce {

        @Test
        void givenWrittenInForce_whenTheMeetingDeadlinePasses_thenLongRunningIsRecordedOnceAsAWarning() {
            fixture.given(writtenInForce())
                    .when(new FlagLongRunningCommand(ID))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                    org.axonframework.test.matchers.Matchers.matches(event ->
                                            event instanceof WarningsRecordedEvent recorded
                                                    && recorded.warnings().stream().anyMatch(
                                                            w -> w.code() == RuleCode.LONG_RUNNING)),
                                    org.axonframework.test.matchers.Matchers.andNoMore())));
        }

        @Test
        void givenWrittenAlreadyFlaggedLongRunning_whenFlaggedAgain_thenNothingHappens() {
            List<Object> history = new java.util.ArrayList<>(writtenInForce());
            history.add(new WarningsRecordedEvent(ID, 1, writtenHash(), List.of(new RuleViolation(
                    RuleCode.LONG_RUNNING, "status", "still in force"))));
            fixture.given(history)
                    .when(new FlagLongRunningCommand(ID))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraftNotInForce_whenFlaggedLongRunning_thenNothingHappens() {
            fixture.given(approvedWritten())
                    .when(new FlagLongRunningCommand(ID))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenInForce_whenCopySent_thenRecordedForVersionInForce() {
            fixture.given(writtenInForce())
                    .when(new RecordCopySentCommand(ID, " Jade Carter ", CopyMethod.BY_HAND, LATER), PRACTITIONER)
                    .expectEvents(new CopySentEvent(ID, 1, "Jade Carter", CopyMethod.BY_HAND, LATER));
        }

        @Test
        void givenApprovedButUnsignedWritten_whenCopySent_thenRejectedWithInvalidState() {
            fixture.given(approvedWritten())
                    .when(new RecordCopySentCommand(ID, "Jade Carter", CopyMethod.BY_HAND, LATER), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenInForce_whenCopySentWithoutRecipientMethodOrTime_thenEveryMissingFieldListed() {
            fixture.given(writtenInForce())
                    .when(new RecordCopySentCommand(ID, "", null, null), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_INPUT, RuleCode.INVALID_INPUT,
                            RuleCode.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenInForce_whenMeetingArranged_thenRecorded() {
            Instant meeting = Instant.parse("2026-12-09T13:00:00Z");
            fixture.given(writtenInForce())
                    .when(new RecordMeetingArrangedCommand(ID, meeting, " At the family centre "), PRACTITIONER)
                    .expectEvents(new MeetingArrangedEvent(ID, meeting, "At the family centre"));
        }

        @Test
        void givenWorkingAgreement_whenMeetingArranged_thenRejectedWithInvalidState() {
            fixture.given(workingDraft())
                    .when(new RecordMeetingArrangedCommand(ID, LATER, null), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenInForce_whenReviewedAtItsReviewPoint_thenReviewRecorded() {
            Instant at = REVIEW.at().plusSeconds(900);
            fixture.given(writtenInForce())
                    .when(new RecordReviewCommand(ID, REVIEW.reviewPointId(), ReviewOutcome.CONTINUE,
                            " Leo is settled ", at), PRACTITIONER)
                    .expectEvents(new ReviewRecordedEvent(ID, REVIEW.reviewPointId(), ReviewOutcome.CONTINUE,
                            "Leo is settled", at));
        }

        @Test
        void givenWrittenInForce_whenReviewedOutsideAnyReviewPoint_thenReviewRecorded() {
            fixture.given(writtenInForce())
                    .when(new RecordReviewCommand(ID, null, ReviewOutcome.VARY, null, LATER), PRACTITIONER)
                    .expectEvents(new ReviewRecordedEvent(ID, null, ReviewOutcome.VARY, null, LATER));
        }

        @Test
        void givenWrittenInForce_whenReviewNamesUnknownReviewPoint_thenRejected() {
            fixture.given(writtenInForce())
                    .when(new RecordReviewCommand(ID, "r-unknown", ReviewOutcome.CONTINUE, null, LATER),
                            PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenDraft_whenReviewed_thenRejectedWithInvalidState() {
            fixture.given(completeWrittenDraft())
                    .when(new RecordReviewCommand(ID, REVIEW.reviewPointId(), ReviewOutcome.CONTINUE, null, LATER),
                            PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }
    }

    // ---- Breaches and escalations ---------------------------------------------------------------------------------

    @Nested
    class BreachesAndEscalations {

        private final RecordBreachCommand breach = new RecordBreachCommand(ID, "b-1", MUM_STAYS.commitmentId(),
                MUM.partyId(), OBSERVED, " Neighbour ", " Leo was heard crying alone. ");

        private List<Object> breached() {
            return concat(writtenInForce(),
                    new BreachRecordedEvent(ID, "b-1", MUM_STAYS.commitmentId(), MUM.partyId(), OBSERVED,
                            "Neighbour", "Leo was heard crying alone."),
                    new EscalationRaisedEvent(ID, CASE, "breach-b-1", EscalationCause.BREACH,
                            EscalationLevel.TEAM_MANAGER, "b-1", null));
        }

        private List<Object> decided() {
            return concat(breached(),
                    new EscalationDecisionRecordedEvent(ID, "breach-b-1", "Meet Jade today", "priya.manager"));
        }

        @Test
        void givenWrittenInForce_whenMumBreaches_thenBreachRecordedAndTeamManagerAskedToDecideByTheNextWorkingDay() {
            fixture.givenCurrentTime(BREACH_REPORTED).andGiven(writtenInForce())
                    .when(breach, PRACTITIONER)
                    .expectEvents(
                            new BreachRecordedEvent(ID, "b-1", MUM_STAYS.commitmentId(), MUM.partyId(), OBSERVED,
                                    "Neighbour", "Leo was heard crying alone."),
                            new EscalationRaisedEvent(ID, CASE, "breach-b-1", EscalationCause.BREACH,
                                    EscalationLevel.TEAM_MANAGER, "b-1", DECISION_DUE))
                    .expectResultMessagePayload(versionAfter(writtenInForce()) + 2);
        }

        @Test
        void givenBreachRecorded_whenSameBreachRecordedAgain_thenNothingHappens() {
            fixture.given(breached())
                    .when(breach, PRACTITIONER)
                    .expectNoEvents()
                    .expectResultMessagePayload(versionAfter(breached()));
        }

        @Test
        void givenWrittenInForce_whenBreachOfCommitmentOwnedByAnotherParty_thenRejected() {
            fixture.given(writtenInForce())
                    .when(new RecordBreachCommand(ID, "b-2", WORKER_PHONES.commitmentId(), MUM.partyId(), OBSERVED,
                            null, "No call came."), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedButUnsignedWritten_whenBreachRecorded_thenRejectedWithInvalidState() {
            fixture.given(approvedWritten())
                    .when(breach, PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenBreachEscalated_whenManagerDecides_thenDecisionRecordedByThatManager() {
            fixture.given(breached())
                    .when(new RecordEscalationDecisionCommand(ID, "breach-b-1", " Meet Jade today "), MANAGER)
                    .expectEvents(new EscalationDecisionRecordedEvent(ID, "breach-b-1", "Meet Jade today",
                            "priya.manager"));
        }

        @Test
        void givenDecisionRecorded_whenDecidedAgain_thenRejectedAsNoLongerOpen() {
            fixture.given(decided())
                    .when(new RecordEscalationDecisionCommand(ID, "breach-b-1", "Something else"), MANAGER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenBreachEscalated_whenDecisionIsBlank_thenRejected() {
            fixture.given(breached())
                    .when(new RecordEscalationDecisionCommand(ID, "breach-b-1", " "), MANAGER)
                    .expectException(violations(RuleCode.INVALID_INPUT))
                    .expectNoEvents();
        }

        @Test
        void givenBreachEscalatedThenAgreementEnded_whenManagerDecides_thenDecisionStillRecorded() {
            fixture.given(concat(breached(), new AgreementEndedEvent(ID, CASE, EndReason.WITHDRAWN, null, LATER)))
                    .when(new RecordEscalationDecisionCommand(ID, "breach-b-1", "Plan in place"), MANAGER)
                    .expectEvents(new EscalationDecisionRecordedEvent(ID, "breach-b-1", "Plan in place",
                            "priya.manager"));
        }

        @Test
        void givenWrittenInForce_whenEscalationRaised_thenRaised() {
            fixture.given(writtenInForce())
                    .when(raise("copies-1", EscalationLevel.TEAM_MANAGER))
                    .expectEvents(new EscalationRaisedEvent(ID, CASE, "copies-1", EscalationCause.COPIES_OVERDUE,
                            EscalationLevel.TEAM_MANAGER, "v1", LATER));
        }

        @Test
        void givenEscalationOpen_whenRaisedAgainAtSameLevel_thenNothingHappens() {
            fixture.given(breached())
                    .when(raise("breach-b-1", EscalationLevel.TEAM_MANAGER))
                    .expectNoEvents()
                    .expectResultMessagePayload(versionAfter(breached()));
        }

        @Test
        void givenEscalationOpen_whenRaisedAtLowerLevel_thenNothingHappens() {
            fixture.given(breached())
                    .when(raise("breach-b-1", EscalationLevel.PRACTITIONER))
                    .expectNoEvents();
        }

        @Test
        void givenEscalationOpen_whenRaisedAtHigherLevel_thenLadderClimbs() {
            fixture.given(breached())
                    .when(raise("breach-b-1", EscalationLevel.SERVICE_MANAGER))
                    .expectEvents(new EscalationRaisedEvent(ID, CASE, "breach-b-1", EscalationCause.COPIES_OVERDUE,
                            EscalationLevel.SERVICE_MANAGER, "v1", LATER));
        }

        @Test
        void givenEscalationDecided_whenRaisedAtHigherLevel_thenNothingHappens() {
            fixture.given(decided())
                    .when(raise("breach-b-1", EscalationLevel.SERVICE_MANAGER))
                    .expectNoEvents();
        }

        @Test
        void givenAgreementEnded_whenEscalationRaised_thenNothingHappens() {
            fixture.given(concat(writtenInForce(), new AgreementEndedEvent(ID, CASE, EndReason.CONCLUDED, null,
                            LATER)))
                    .when(raise("copies-1", EscalationLevel.TEAM_MANAGER))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenInForce_whenReminderIssued_thenIssued() {
            fixture.given(writtenInForce())
                    .when(remind("review-r-monday"))
                    .expectEvents(new ReminderIssuedEvent(ID, CASE, "review-r-monday", EscalationCause.REVIEW_OVERDUE,
                            REVIEW.reviewPointId(), REVIEW.at()));
        }

        @Test
        void givenReminderIssued_whenIssuedAgain_thenNothingHappens() {
            fixture.given(concat(writtenInForce(), new ReminderIssuedEvent(ID, CASE, "review-r-monday",
                            EscalationCause.REVIEW_OVERDUE, REVIEW.reviewPointId(), REVIEW.at())))
                    .when(remind("review-r-monday"))
                    .expectNoEvents();
        }

        @Test
        void givenAgreementDiscarded_whenReminderIssued_thenNothingHappens() {
            fixture.given(concat(workingDraft(), new DraftDiscardedEvent(ID, CASE, null)))
                    .when(remind("review-r-monday"))
                    .expectNoEvents();
        }

        private RaiseEscalationCommand raise(String escalationId, EscalationLevel level) {
            return new RaiseEscalationCommand(ID, escalationId, EscalationCause.COPIES_OVERDUE, level, "v1", LATER);
        }

        private IssueReminderCommand remind(String reminderId) {
            return new IssueReminderCommand(ID, reminderId, EscalationCause.REVIEW_OVERDUE, REVIEW.reviewPointId(),
                    REVIEW.at());
        }
    }

    // ---- Ending ---------------------------------------------------------------------------------------------------

    @Nested
    class Ending {

        private List<Object> breachedInForce() {
            return concat(writtenInForce(),
                    new BreachRecordedEvent(ID, "b-1", MUM_STAYS.commitmentId(), MUM.partyId(), OBSERVED, null,
                            "Leo was alone."),
                    new EscalationRaisedEvent(ID, CASE, "breach-b-1", EscalationCause.BREACH,
                            EscalationLevel.TEAM_MANAGER, "b-1", null));
        }

        @Test
        void givenWrittenInForce_whenReplacedWithPlan_thenEndedAndCaseToldInactiveUnbreached() {
            fixture.given(writtenInForce())
                    .when(new ReplaceWithPlanCommand(ID, PlanKind.CIN_PLAN, " CIN-77 ", LATER), PRACTITIONER)
                    .expectEvents(new AgreementReplacedWithPlanEvent(ID, CASE, PlanKind.CIN_PLAN, "CIN-77", LATER));
            assertThat(cases.calls()).containsExactly(deactivated(CASE, ID, false, true));
        }

        @Test
        void givenBreachedWrittenInForce_whenEnded_thenCaseToldInactiveAndBreached() {
            fixture.given(breachedInForce())
                    .when(new EndAgreementCommand(ID, EndReason.WITHDRAWN, " Dad moved away ", LATER), PRACTITIONER)
                    .expectEvents(new AgreementEndedEvent(ID, CASE, EndReason.WITHDRAWN, "Dad moved away", LATER));
            assertThat(cases.calls()).containsExactly(deactivated(CASE, ID, true, true));
        }

        @Test
        void givenBreachedWrittenInForce_whenReplacedWithPlan_thenCaseToldBreached() {
            fixture.given(breachedInForce())
                    .when(new ReplaceWithPlanCommand(ID, PlanKind.CP_PLAN, null, LATER), PRACTITIONER)
                    .expectEvents(new AgreementReplacedWithPlanEvent(ID, CASE, PlanKind.CP_PLAN, null, LATER));
            assertThat(cases.calls()).containsExactly(deactivated(CASE, ID, true, true));
        }

        @Test
        void givenWorkingInForce_whenEnded_thenEndedWithoutTellingTheCase() {
            fixture.given(concat(workingSignedByMum(),
                            new SignatureRecordedEvent(ID, 1, SOCIAL_WORKER.partyId(), workingHash(),
                                    WORKER_SIGNED_AT),
                            new AgreementCameIntoForceEvent(ID, CASE, AgreementKind.WORKING, 1, workingHash(),
                                    WORKER_SIGNED_AT, null, List.of())))
                    .when(new EndAgreementCommand(ID, EndReason.CONCLUDED, null, LATER), PRACTITIONER)
                    .expectEvents(new AgreementEndedEvent(ID, CASE, EndReason.CONCLUDED, null, LATER));
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenWrittenInForce_whenEndedAsReplacedWithPlan_thenRejectedAsReplacementIsItsOwnCommand() {
            fixture.given(writtenInForce())
                    .when(new EndAgreementCommand(ID, EndReason.REPLACED_WITH_PLAN, null, LATER), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_INPUT))
                    .expectNoEvents();
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenWrittenInForce_whenReplacedWithoutPlanOrTime_thenBothListed() {
            fixture.given(writtenInForce())
                    .when(new ReplaceWithPlanCommand(ID, null, null, null), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_INPUT, RuleCode.INVALID_INPUT))
                    .expectNoEvents();
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenWrittenDraft_whenReplacedWithPlan_thenRejectedWithInvalidState() {
            fixture.given(completeWrittenDraft())
                    .when(new ReplaceWithPlanCommand(ID, PlanKind.CIN_PLAN, null, LATER), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedWrittenNeverInForce_whenReplacedWithPlan_thenRejectedWithInvalidState() {
            fixture.given(writtenSignedByMum())
                    .when(new ReplaceWithPlanCommand(ID, PlanKind.CIN_PLAN, null, LATER), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenApprovedWrittenNeverInForce_whenEnded_thenRejectedWithInvalidState() {
            fixture.given(writtenSignedByMum())
                    .when(new EndAgreementCommand(ID, EndReason.CONCLUDED, null, LATER), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
        }

        @Test
        void givenWrittenInForce_whenDiscarded_thenRejectedWithInvalidState() {
            fixture.given(writtenInForce())
                    .when(new DiscardDraftCommand(ID, "Not needed"), PRACTITIONER)
                    .expectException(violations(RuleCode.INVALID_STATE))
                    .expectNoEvents();
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenApprovedWritten_whenDiscarded_thenCaseToldInactiveAndThatItNeverCameIntoForce() {
            fixture.given(approvedWritten())
                    .when(new DiscardDraftCommand(ID, " Family moved to another area "), PRACTITIONER)
                    .expectEvents(new DraftDiscardedEvent(ID, CASE, "Family moved to another area"));
            assertThat(cases.calls()).containsExactly(deactivated(CASE, ID, false, false));
        }

        @Test
        void givenUnapprovedWrittenDraft_whenDiscarded_thenDiscardedWithoutTellingTheCase() {
            fixture.given(completeWrittenDraft())
                    .when(new DiscardDraftCommand(ID, null), PRACTITIONER)
                    .expectEvents(new DraftDiscardedEvent(ID, CASE, null));
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenEndedAgreement_whenEndedAgain_thenRejectedWithAgreementEnded() {
            fixture.given(concat(writtenInForce(), new AgreementEndedEvent(ID, CASE, EndReason.CONCLUDED, null,
                            LATER)))
                    .when(new EndAgreementCommand(ID, EndReason.CONCLUDED, null, LATER), PRACTITIONER)
                    .expectException(violations(RuleCode.AGREEMENT_ENDED))
                    .expectNoEvents();
            assertThat(cases.calls()).isEmpty();
        }

        @Test
        void givenDiscardedDraft_whenDiscardedAgain_thenRejectedWithAgreementEnded() {
            fixture.given(concat(workingDraft(), new DraftDiscardedEvent(ID, CASE, null)))
                    .when(new DiscardDraftCommand(ID, null), PRACTITIONER)
                    .expectException(violations(RuleCode.AGREEMENT_ENDED))
                    .expectNoEvents();
        }

        @Test
        void givenCaseRefusesToRelease_whenEnded_thenRejectedAndNothingRecorded() {
            cases.failingWith(new IllegalStateException("case store unavailable"));
            fixture.given(writtenInForce())
                    .when(new EndAgreementCommand(ID, EndReason.CONCLUDED, null, LATER), PRACTITIONER)
                    .expectException(IllegalStateException.class)
                    .expectNoEvents();
        }
    }

    // ---- A whole life through commands ----------------------------------------------------------------------------

    @Test
    void givenWrittenAgreementBuiltByCommands_whenLastPartySigns_thenInForceWithTheHashOfTheFoldedContent() {
        fixture.givenCommands(
                        new DraftAgreementCommand(ID, CASE, AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                                WRITTEN_PURPOSE, WRITTEN_REASON, null),
                        new AddPartyCommand(ID, MUM),
                        new AddPartyCommand(ID, SOCIAL_WORKER),
                        new AddReviewPointCommand(ID, REVIEW),
                        new SetPeriodCommand(ID, PERIOD),
                        new AddCommitmentCommand(ID, WORKER_PHONES),
                        new AddCommitmentCommand(ID, MUM_STAYS),
                        new SetConsequencesCommand(ID, CONSEQUENCES),
                        new SetContingencyPlanCommand(ID, CONTINGENCY))
                .andGivenCommands(List.of(
                        commandWithMetaData(new ApproveAgreementCommand(ID, writtenContentInCommandOrder().value(),
                                null)),
                        new RecordConsentCheckCommand(ID, MUM.partyId(), FREELY_GIVEN),
                        new RecordSignatureCommand(ID, MUM.partyId(), writtenContentInCommandOrder().value(),
                                MUM_SIGNED_AT)))
                .when(new RecordSignatureCommand(ID, SOCIAL_WORKER.partyId(), writtenContentInCommandOrder().value(),
                        WORKER_SIGNED_AT), PRACTITIONER)
                .expectEvents(
                        new SignatureRecordedEvent(ID, 1, SOCIAL_WORKER.partyId(), writtenContentInCommandOrder(),
                                WORKER_SIGNED_AT),
                        new AgreementCameIntoForceEvent(ID, CASE, AgreementKind.WRITTEN, 1,
                                writtenContentInCommandOrder(), WORKER_SIGNED_AT, PERIOD, List.of(REVIEW)));
        assertThat(cases.calls()).containsExactly(registered(CASE, ID, AgreementKind.WRITTEN), activated(CASE, ID));
    }

    /** Commitments in the order the commands above add them: the document shows them in that order. */
    private static ContentHash writtenContentInCommandOrder() {
        return AgreementContent.draft(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, WRITTEN_PURPOSE, WRITTEN_REASON)
                .withParty(MUM).withParty(SOCIAL_WORKER).withReviewPoint(REVIEW).withPeriod(PERIOD)
                .withCommitment(WORKER_PHONES).withCommitment(MUM_STAYS)
                .withConsequences(CONSEQUENCES).withContingencyPlan(CONTINGENCY).hash();
    }

    private static Object commandWithMetaData(Object command) {
        return org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MANAGER);
    }

    // ---- Matchers -------------------------------------------------------------------------------------------------

    /** A RuleViolationException whose violations carry exactly these codes, in any order. */
    static Matcher<Object> violations(RuleCode... codes) {
        List<RuleCode> expected = sorted(Arrays.asList(codes));
        return new CustomTypeSafeMatcher<>("a RuleViolationException with exactly the codes " + expected) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolationException e
                        && sorted(e.violations().stream().map(RuleViolation::code).toList()).equals(expected);
            }

            @Override
            protected void describeMismatchSafely(Object item, org.hamcrest.Description description) {
                if (item instanceof RuleViolationException e) {
                    description.appendText("had ").appendValue(e.violations());
                } else {
                    description.appendText("was ").appendValue(item);
                }
            }
        };
    }

    /** A WarningsRecordedEvent for this version and hash whose warnings carry exactly these codes, in order. */
    static Matcher<Object> warningsRecorded(int version, ContentHash hash, RuleCode... codes) {
        List<RuleCode> expected = List.of(codes);
        return new CustomTypeSafeMatcher<>("warnings " + expected + " recorded for version " + version + " " + hash) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof WarningsRecordedEvent e && e.agreementId().equals(ID)
                        && e.version() == version && e.contentHash().equals(hash)
                        && e.warnings().stream().map(RuleViolation::code).toList().equals(expected);
            }
        };
    }

    private static List<RuleCode> sorted(List<RuleCode> codes) {
        return codes.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
