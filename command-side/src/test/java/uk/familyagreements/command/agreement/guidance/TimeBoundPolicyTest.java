package uk.familyagreements.command.agreement.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.command.agreement.guidance.Fixtures.TOM;
import static uk.familyagreements.command.agreement.guidance.Fixtures.agreementWith;
import static uk.familyagreements.command.agreement.guidance.Fixtures.will;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.familyagreements.kernel.rules.RuleCode;

class TimeBoundPolicyTest {

    private final TimeBoundPolicy policy = new TimeBoundPolicy();

    @Test
    void flagsCommitmentWithoutWhenOrTimeInText() {
        var content = agreementWith(will("c-1", TOM, "work openly with the social worker"));

        assertThat(policy.check(content)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.NOT_TIME_BOUND);
            assertThat(v.field()).isEqualTo("commitments[c-1].when");
            assertThat(v.message()).contains("does not say when", "'during this agreement'");
        });
    }

    @Test
    void acceptsCommitmentWhoseWhenIsFilledIn() {
        var content = agreementWith(will("c-1", TOM, "work openly with the social worker", "during this agreement"));

        assertThat(policy.check(content)).isEmpty();
    }

    @ParameterizedTest(name = "not time bound: \"{0}\"")
    @ValueSource(strings = {
        "engage with services",
        "not drink alcohol",
        "arrange a meeting as soon as possible",
        "live temporarily with his parents",
        "see a counsellor when needed",
        "make sure Mia keeps going to nursery",
        "not visit unless it has been agreed in advance"
    })
    void flagsTextsWithoutTiming(String text) {
        assertThat(TimeBoundPolicy.hasTimeExpression(text)).isFalse();
    }

    @ParameterizedTest(name = "time bound: \"{0}\"")
    @ValueSource(strings = {
        "take Mia to the clinic on 12 May",
        "ring the social worker by 5pm",
        "be at home for the visit on Tuesday",
        "tell the social worker within 24 hours if he moves",
        "let the social worker see Mia alone at each visit",
        "call 999 if Tom comes to the house",
        "stay with his mother until the review",
        "not leave Mia alone during this agreement",
        "go to the first session on 3/12/2026",
        "tell the nursery immediately",
        "sleep at his brother's flat tonight",
        "put Mia to bed at 7.30pm every night",
        "go to the parenting group twice a week",
        "bring the red book to the next appointment"
    })
    void acceptsTextsThatSayWhen(String text) {
        assertThat(TimeBoundPolicy.hasTimeExpression(text)).isTrue();
    }
}
