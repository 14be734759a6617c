package uk.familyagreements.command.agreement.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.command.agreement.guidance.Fixtures.FRIDAY_6PM;
import static uk.familyagreements.command.agreement.guidance.Fixtures.MONDAY_10AM;
import static uk.familyagreements.command.agreement.guidance.Fixtures.TOM;
import static uk.familyagreements.command.agreement.guidance.Fixtures.agreementWith;
import static uk.familyagreements.command.agreement.guidance.Fixtures.will;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

class VagueTimescalePolicyTest {

    private final VagueTimescalePolicy policy = new VagueTimescalePolicy();

    @Test
    void flagsUntilFurtherNoticeInCommitmentText() {
        var content = agreementWith(will("c-1", TOM, "live at his brother's flat until further notice"));

        assertThat(policy.check(content)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.VAGUE_TIMESCALE);
            assertThat(v.isBlocking()).isTrue();
            assertThat(v.field()).isEqualTo("commitments[c-1].text");
            assertThat(v.message()).contains("'until further notice'", "until the review on Monday 7 December at 10am");
        });
    }

    @Test
    void flagsOngoingInCommitmentWhen() {
        var content = agreementWith(will("c-2", TOM, "not come to the house", "ongoing"));

        assertThat(policy.check(content)).extracting(RuleViolation::field).containsExactly("commitments[c-2].when");
    }

    @Test
    void flagsVaguePeriodDescription() {
        var content = agreementWith().withPeriod(new Period(FRIDAY_6PM, MONDAY_10AM, "For the time being."));

        assertThat(policy.check(content)).extracting(RuleViolation::field, RuleViolation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("period.description",
                        "'for the time being' does not say when this ends. " + VagueTimescalePolicy.INSTEAD));
    }

    @Test
    void reportsOnAnOngoingBasisOnceNotAlsoAsOngoing() {
        assertThat(policy.check("f", "Tom will see a counsellor on an ongoing basis."))
                .extracting(RuleViolation::message).singleElement().asString().startsWith("'on an ongoing basis'");
    }

    @Test
    void reportsEachVaguePhraseOfAFieldOnce() {
        assertThat(policy.check("f", "Ongoing. Until further notice, and until further notice again."))
                .extracting(RuleViolation::message)
                .map(m -> m.substring(0, m.indexOf("' ") + 1))
                .containsExactly("'ongoing'", "'until further notice'");
    }

    @Test
    void acceptsAgreementTiedToDatesAndReviews() {
        var content = agreementWith(
                will("c-1", TOM, "stay at 8 Park Row", "until the review on Monday 7 December at 10am"),
                will("c-2", TOM, "tell the social worker if he moves", "during this agreement"));

        assertThat(policy.check(content)).isEmpty();
    }

    @ParameterizedTest(name = "flags \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tom will live with his sister until further notice.              | until further notice
            Kerry will see the counsellor on an ongoing basis.               | on an ongoing basis
            Tom will stay away from the house for the foreseeable future.    | for the foreseeable future
            This arrangement is ongoing.                                     | ongoing
            Supervised contact only, ongoing until things settle down.       | ongoing
            Tom will not visit Mia indefinitely.                             | indefinitely
            Gran will look after Mia for as long as necessary.               | for as long as necessary
            Tom will stay with his brother as long as needed.                | as long as needed
            Tom will stay out of the house until things improve.             | until things improve
            This agreement is open-ended.                                    | open-ended
            Tom will move out permanently.                                   | permanently
            Tom will live at the flat for the time being.                    | for the time being
            From now on Tom will only see Mia at the family centre.          | from now on
            Contact will be supervised until told otherwise.                 | until told otherwise
            Tom will stay away until the social worker is satisfied.         | until the social worker is satisfied
            The social worker will visit as and when required.               | as and when required
            Tom will live with his mother for now.                           | for now
            Contact stays supervised until it is safe.                       | until it is safe
            This agreement has no end date.                                  | no end date
            The arrangement is permanent.                                    | permanent
            """)
    void flagsVagueTimescale(String text, String phrase) {
        assertThat(policy.check("f", text)).extracting(RuleViolation::message)
                .anySatisfy(m -> assertThat(m).startsWith("'" + phrase + "'"));
    }

    @ParameterizedTest(name = "accepts \"{0}\"")
    @ValueSource(strings = {
        "Tom will help with the ongoing police enquiry by giving a statement on Monday.",
        "Kerry will tell the social worker about any ongoing worries at each visit.",
        "While the police enquiry is ongoing, Tom will not contact Kerry.",
        "Kerry will give her permanent address to the housing officer by Friday.",
        "Tom will stay with his brother until the review on Monday 7 December at 10am.",
        "This agreement lasts from Friday evening until Monday morning, when we will review it.",
        "Tom will keep his phone on for the time of the visit.",
        "Kerry will ask for help as soon as she needs it.",
        "Tom will not come to the house while this agreement is in place.",
        "Tom can see Mia at the family centre as long as Gran is there."
    })
    void acceptsOrdinaryTimescales(String text) {
        assertThat(policy.check("f", text)).isEmpty();
    }

    @Test
    void ignoresBlankText() {
        assertThat(policy.check("f", " ")).isEqualTo(List.of());
        assertThat(policy.check("f", null)).isEmpty();
    }
}
