package uk.familyagreements.command.agreement.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.familyagreements.kernel.rules.RuleCode;

class ReadabilityPolicyTest {

    private final ReadabilityPolicy policy = new ReadabilityPolicy();

    @Test
    void flagsSentenceOverTwentyFiveWords() {
        String text = "Tom will live with his brother at the flat on Mill Road and he will not come back to the family "
                + "home or try to see Mia or Kerry unless the social worker has said yes first.";

        assertThat(policy.check("commitments[c-1].text", text)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.HARD_TO_READ);
            assertThat(v.field()).isEqualTo("commitments[c-1].text");
            assertThat(v.message()).startsWith("A sentence of 37 words ('Tom will live with his brother ...')")
                    .contains("Split it into shorter sentences");
        });
    }

    @Test
    void acceptsSentenceOfTwentyFiveWords() {
        String text = "Tom will live with his brother at the flat on Mill Road and will not come back to the house "
                + "while this agreement lasts.";

        assertThat(policy.check("f", text)).isEmpty();
    }

    @Test
    void flagsDenseOfficialParagraphWithShortishSentences() {
        String text = "The local authority will undertake a comprehensive evaluation of the family's circumstances. "
                + "Information will be obtained from educational establishments and medical practitioners. "
                + "Subsequently, appropriate interventions will be formulated collaboratively with relevant agencies.";

        assertThat(policy.check("reason", text)).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("This is hard to read (reading ease"));
    }

    @Test
    void acceptsPlainParagraph() {
        String text = "Tom will live with his brother while the police find out what happened. He will not come to "
                + "the house. He will tell the social worker if he moves. We will talk about this again on Monday "
                + "morning at ten.";

        assertThat(policy.check("reason", text)).isEmpty();
        assertThat(ReadabilityPolicy.readingEase(text)).isGreaterThan(70);
    }

    @ParameterizedTest(name = "{0} has {1} syllables")
    @CsvSource({"the,1", "home,1", "lived,1", "houses,2", "social,2", "worker,2", "police,2", "period,3",
        "supervised,3", "investigation,5", "agreement,3", "little,2", "usual,3", "Monday,2", "10am,1"})
    void countsSyllablesNearEnough(String word, int expected) {
        assertThat(ReadabilityPolicy.syllables(word)).isEqualTo(expected);
    }
}
