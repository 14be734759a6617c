package uk.familyagreements.command.agreement.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.command.agreement.rules.RulesFixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.familyagreements.command.agreement.guidance.GuidanceChecker;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.Undertaking;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

class CompletenessPolicyTest {

    private final CompletenessPolicy policy = new CompletenessPolicy(AgreementRuleSettings.defaults(),
            new GuidanceChecker());

    @Test
    void completeWrittenAgreement_hasNoViolations() {
        assertThat(policy.check(written())).isEmpty();
    }

    @Test
    void workingAgreementWithoutPeriodReviewContingencyOrConsequences_hasNoViolations() {
        assertThat(policy.check(working())).isEmpty();
    }

    @Test
    void blankPurpose_violatesPurposeRequiredOnThePurposeField() {
        AgreementContent content = new AgreementContent(written().kind(), written().involvement(), "  ",
                written().reason(), written().parties(), written().commitments(), WEEKEND, List.of(SUNDAY),
                written().contingencyPlan(), written().consequences());
        assertThat(policy.check(content)).extracting(RuleViolation::code, RuleViolation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCode.PURPOSE_REQUIRED, "purpose"));
    }

    @Test
    void commitmentOfSomeoneWhoIsNotAParty_violatesCommitmentOwnerRequiredNamingTheCommitment() {
        AgreementContent content = written().withCommitment(new Commitment("c-uncle", "p-uncle", Undertaking.WILL,
                "collect Ava from nursery", "every weekday at 3pm", false));
        assertThat(policy.check(content)).extracting(RuleViolation::code, RuleViolation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCode.COMMITMENT_OWNER_REQUIRED,
                        "commitments[c-uncle].ownerPartyId"));
    }

    @Test
    void commitmentUntilFurtherNotice_violatesVagueTimescale() {
        AgreementContent content = written().withCommitment(new Commitment("c-dean-2", DAD.partyId(),
                Undertaking.WILL_NOT, "stay overnight at the house", "until further notice", false));
        assertThat(codes(policy.check(content))).containsExactly(RuleCode.VAGUE_TIMESCALE);
    }

    @Test
    void periodForTheForeseeableFuture_violatesVagueTimescale() {
        AgreementContent content = written().withPeriod(new Period(WEEKEND.start(), WEEKEND.end(),
                "For the foreseeable future"));
        assertThat(codes(policy.check(content))).containsExactly(RuleCode.VAGUE_TIMESCALE);
    }

    @Test
    void nobodySigns_isRejectedAsInvalidState() {
        AgreementContent content = working().withoutParty(DAD.partyId()).withoutParty(WORKER.partyId())
                .withParty(new Party(DAD.partyId(), DAD.name(), DAD.role(), false, false))
                .withParty(new Party(WORKER.partyId(), WORKER.name(), WORKER.role(), false, false));
        assertThat(codes(policy.check(content))).containsExactly(RuleCode.INVALID_STATE);
    }

    @Test
    void writtenWithoutPeriod_violatesPeriodRequiredAndReviewPointRequired() {
        assertThat(codes(policy.check(written().withPeriod(null))))
                .containsExactly(RuleCode.PERIOD_REQUIRED, RuleCode.REVIEW_POINT_REQUIRED);
    }

    @Test
    void writtenPeriodEndingBeforeItStarts_violatesPeriodRequired() {
        AgreementContent content = written().withPeriod(new Period(WEEKEND.end(), WEEKEND.start(), null));
        assertThat(codes(policy.check(content)))
                .containsExactly(RuleCode.PERIOD_REQUIRED, RuleCode.REVIEW_POINT_REQUIRED);
    }

    @Test
    void writtenPeriodOfFifteenDays_violatesPeriodTooLongNamingTheMaximum() {
        AgreementContent content = written().withPeriod(new Period(START, START.plus(Duration.ofDays(15)), null));
        List<RuleViolation> violations = policy.check(content);
        assertThat(codes(violations)).containsExactly(RuleCode.PERIOD_TOO_LONG);
        assertThat(violations.get(0).message()).contains("14 days");
    }

    @Test
    void writtenPeriodOfExactlyTheMaximum_isAllowed() {
        AgreementContent content = written().withPeriod(new Period(START, START.plus(Duration.ofDays(14)), null));
        assertThat(policy.check(content)).isEmpty();
    }

    @Test
    void writtenPeriodLongerThanAConfiguredMaximum_violatesPeriodTooLong() {
        CompletenessPolicy strict = new CompletenessPolicy(new AgreementRuleSettings(Duration.ofDays(2),
                Duration.ofDays(90)), new GuidanceChecker());
        assertThat(codes(strict.check(written()))).containsExactly(RuleCode.PERIOD_TOO_LONG);
    }

    @Test
    void writtenWithReviewPointOnlyAfterThePeriod_violatesReviewPointRequired() {
        AgreementContent content = written().withPeriod(new Period(START, SUNDAY.at().minusSeconds(1), null));
        assertThat(codes(policy.check(content))).containsExactly(RuleCode.REVIEW_POINT_REQUIRED);
    }

    @Test
    void writtenWithReviewPointExactlyAtTheEndOfThePeriod_isAllowed() {
        AgreementContent content = written().withPeriod(new Period(START, SUNDAY.at(), null));
        assertThat(policy.check(content)).isEmpty();
    }

    @Test
    void writtenWithoutReviewPoints_violatesReviewPointRequired() {
        AgreementContent content = new AgreementContent(written().kind(), written().involvement(),
                written().purpose(), written().reason(), written().parties(), written().commitments(), WEEKEND,
                List.<ReviewPoint>of(), written().contingencyPlan(), written().consequences());
        assertThat(codes(policy.check(content))).containsExactly(RuleCode.REVIEW_POINT_REQUIRED);
    }

    @Test
    void writtenWithBlankContingencyPlan_violatesContingencyRequired() {
        assertThat(codes(policy.check(written().withContingencyPlan(" "))))
                .containsExactly(RuleCode.CONTINGENCY_REQUIRED);
    }

    @Test
    void writtenWithoutConsequences_violatesConsequencesRequired() {
        assertThat(codes(policy.check(written().withConsequences(null))))
                .containsExactly(RuleCode.CONSEQUENCES_REQUIRED);
    }

    @Test
    void writtenWithOnlyTheFamilysCommitments_isUnbalanced() {
        assertThat(codes(policy.check(written().withoutCommitment(WORKER_CALLS.commitmentId()))))
                .containsExactly(RuleCode.UNBALANCED);
    }

    @Test
    void writtenWithProfessionalPartyButNoProfessionalCommitment_isUnbalanced() {
        AgreementContent content = written().withoutCommitment(WORKER_CALLS.commitmentId())
                .withCommitment(new Commitment("c-ruth", PARTNER.partyId(), Undertaking.WILL,
                        "phone the practitioner if Dean has been drinking", "straight away", false));
        assertThat(codes(policy.check(content))).containsExactly(RuleCode.UNBALANCED);
    }

    @Test
    void writtenWithAPoliceCommitment_isBalanced() {
        Party police = new Party("p-police", "PC Hana Ali", PartyRole.POLICE, false, false);
        AgreementContent content = written().withoutCommitment(WORKER_CALLS.commitmentId()).withParty(police)
                .withCommitment(new Commitment("c-police", police.partyId(), Undertaking.WILL,
                        "drive past the house", "each evening this weekend", false));
        assertThat(policy.check(content)).isEmpty();
    }

    @Test
    void emptyWrittenAgreement_listsEveryMissingPartAtOnce() {
        AgreementContent empty = AgreementContent.draft(written().kind(), written().involvement(), " ", null);
        assertThat(codes(policy.check(empty))).containsExactly(RuleCode.PURPOSE_REQUIRED, RuleCode.INVALID_STATE,
                RuleCode.PERIOD_REQUIRED, RuleCode.REVIEW_POINT_REQUIRED, RuleCode.CONTINGENCY_REQUIRED,
                RuleCode.CONSEQUENCES_REQUIRED, RuleCode.UNBALANCED);
    }

    @Test
    void workingAgreement_isNotHeldToTheWrittenAgreementRules() {
        AgreementContent content = working().withoutCommitment(DAD_SOBER.commitmentId());
        assertThat(policy.check(content)).isEmpty();
    }

    // ---- checkPeriod, used when the period is set -------------------------------------------------------------------

    @Test
    void checkPeriod_shortSpecificWrittenPeriod_hasNoViolations() {
        assertThat(policy.checkPeriod(written(), WEEKEND)).isEmpty();
    }

    @Test
    void checkPeriod_writtenPeriodWithoutEnd_violatesPeriodRequired() {
        assertThat(codes(policy.checkPeriod(written(), new Period(START, null, "From Friday"))))
                .containsExactly(RuleCode.PERIOD_REQUIRED);
    }

    @Test
    void checkPeriod_writtenPeriodOfThreeWeeks_violatesPeriodTooLong() {
        assertThat(codes(policy.checkPeriod(written(), new Period(START, START.plus(Duration.ofDays(21)), null))))
                .containsExactly(RuleCode.PERIOD_TOO_LONG);
    }

    @Test
    void checkPeriod_descriptionUntilThingsImprove_violatesVagueTimescale() {
        Period period = new Period(WEEKEND.start(), WEEKEND.end(), "Until things improve at home");
        assertThat(codes(policy.checkPeriod(written(), period))).containsExactly(RuleCode.VAGUE_TIMESCALE);
    }

    @Test
    void checkPeriod_workingPeriodOfThreeMonths_hasNoViolations() {
        assertThat(policy.checkPeriod(working(), new Period(START, START.plus(Duration.ofDays(90)), null))).isEmpty();
    }

    @Test
    void checkPeriod_workingPeriodEndingBeforeItStarts_isInvalidInputOnTheEnd() {
        assertThat(policy.checkPeriod(working(), new Period(WEEKEND.end(), WEEKEND.start(), null)))
                .extracting(RuleViolation::code, RuleViolation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCode.INVALID_INPUT, "period.end"));
    }

    private static List<RuleCode> codes(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::code).toList();
    }
}
