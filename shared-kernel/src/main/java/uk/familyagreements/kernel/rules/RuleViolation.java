package uk.familyagreements.kernel.rules;

import java.util.Objects;

/**
 * One broken or cautioned rule.
 *
 * @param code    the stable rule code
 * @param field   the field it concerns, as the API names it (e.g. {@code commitments[c-2].text}, {@code period})
 * @param message a plain message saying what is wrong and, for guidance, what to write instead
 */
public record RuleViolation(RuleCode code, String field, String message) {
    public RuleViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public boolean isBlocking() {
        return code.severity() == Severity.BLOCKING;
    }
}
