package uk.familyagreements.command.agreement.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * NOT_TIME_BOUND (warning): a commitment whose "when" is blank and whose text has no time expression (seed 001:
 * SMART, time-limited). A trigger such as "if John comes to the house" counts as saying when; "as soon as
 * possible", "when needed" and "temporarily" do not, because they leave the timing to chance.
 */
class TimeBoundPolicy {

    private static final String NUMBER = "(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
            + "|fourteen|twenty-four|forty-eight)";
    private static final String UNIT = "(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?)";
    private static final String OCCASION = "(?:review|meeting|visit|appointment|conference|session|contact"
            + "|examination|check-up)s?";

    private static final Pattern TIME_EXPRESSION = Pattern.compile("(?iu)"
            + "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b"
            + "|\\b(?:january|february|april|june|july|august|september|october|november|december)\\b"
            // "march" and "may" are months only beside a number
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:march|may)\\b|\\b(?:march|may)\\s+\\d{1,2}\\b"
            + "|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b"
            + "|\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm)\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(?:noon|midday|midnight|o'clock)\\b"
            + "|\\b(?:today|tonight|tomorrow|yesterday|overnight|weekends?|weekdays?|mornings?|afternoons?"
            + "|evenings?|nights?|bedtime|daily|nightly|weekly|fortnightly|monthly)\\b"
            + "|\\b(?:immediately|straight away|right away|at once|at all times|always|never|at any time"
            + "|any time|whenever|each time|every time)\\b"
            + "|\\b(?:this|next|the coming) (?:week|weekend|month|morning|afternoon|evening)\\b"
            + "|\\b(?:each|every|per)\\s+(?:[\\w-]+\\s+)?(?:day|night|morning|afternoon|evening|week|weekday"
            + "|weekend|fortnight|month|time|visit|session|appointment|contact|meeting|school day)s?\\b"
            + "|\\b(?:once|twice|\\w+ times) (?:a|per|each|every) \\w+\\b"
            + "|\\b" + NUMBER + "\\s+(?:working\\s+|school\\s+)?" + UNIT + "\\b"
            + "|\\bwithin\\s+(?:the\\s+next\\s+|the\\s+same\\s+)?" + NUMBER + "?\\s*(?:working\\s+)?" + UNIT + "\\b"
            + "|\\b(?:during|while|whilst|until|till)\\b"
            + "|\\bbefore\\b|\\bafter (?:school|nursery|college|work)\\b"
            + "|\\b(?:at|on|before|by|until|after|from) (?:the |each |every |our |your |his |her |their |any |a )?"
            + "(?:next |first |planned |weekly |home )?" + OCCASION + "\\b"
            + "|\\bby (?:the (?:end|start|time)|then)\\b"
            + "|\\bnext\\s+" + OCCASION + "\\b"
            + "|\\bas soon as (?!possible|practicable|practical|we can|i can|they can|he can|she can)"
            + "|\\b(?:if|when)\\b(?!\\s+(?:needed|necessary|required|appropriate|possible|asked|convenient)\\b)"
            + "|\\bin advance of\\b");

    private static final String MESSAGE = "This commitment does not say when. Add when it applies or when it must "
            + "be done, e.g. 'by 5pm on Friday 4 December', 'at each visit' or 'during this agreement'.";

    List<RuleViolation> check(AgreementContent content) {
        List<RuleViolation> violations = new ArrayList<>();
        for (Commitment c : content.commitments()) {
            if (!saysWhen(c)) {
                violations.add(new RuleViolation(RuleCode.NOT_TIME_BOUND, TextField.commitmentWhen(c.commitmentId()),
                        MESSAGE));
            }
        }
        return violations;
    }

    boolean saysWhen(Commitment commitment) {
        return (commitment.when() != null && !commitment.when().isBlank()) || hasTimeExpression(commitment.text());
    }

    static boolean hasTimeExpression(String text) {
        return text != null && TIME_EXPRESSION.matcher(text).find();
    }
}
