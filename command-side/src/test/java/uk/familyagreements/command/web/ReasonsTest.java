package uk.familyagreements.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolationException;

class ReasonsTest {

    @Test
    void aPlainReasonIsKeptAsWrittenWithoutSurroundingSpace() {
        assertThat(Reasons.fromHeader("  Mum asked for the change at the review ")).isEqualTo(
                "Mum asked for the change at the review");
    }

    @Test
    void aPercentEncodedReasonIsDecodedAsUtf8AndPlusSignsSurvive() {
        assertThat(Reasons.fromHeader("Jane%E2%80%99s%20request%3A%201+1%20visits")).isEqualTo(
                "Jane’s request: 1+1 visits");
    }

    @Test
    void aReasonWithAPercentSignThatIsNotAnEncodingIsKeptAsSent() {
        assertThat(Reasons.fromHeader("Attendance fell to 60% this term")).isEqualTo(
                "Attendance fell to 60% this term");
    }

    @Test
    void noOrBlankReasonIsNoReason() {
        assertThat(Reasons.fromHeader(null)).isNull();
        assertThat(Reasons.fromHeader("   ")).isNull();
    }

    @Test
    void anOverlongReasonIsInvalidInputOnTheHeader() {
        assertThatThrownBy(() -> Reasons.fromHeader("r".repeat(1001)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.code()).isEqualTo(RuleCode.INVALID_INPUT);
                            assertThat(v.field()).isEqualTo("X-Reason");
                        }));
    }
}
