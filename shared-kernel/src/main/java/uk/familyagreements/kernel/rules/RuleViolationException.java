package uk.familyagreements.kernel.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.common.AxonNonTransientException;

/**
 * A command rejected because it breaks one or more rules; carries every violation at once. Non-transient, so the
 * command gateway never retries it: sending it again would break the same rules.
 */
public class RuleViolationException extends AxonNonTransientException {
    private final transient List<RuleViolation> violations;

    public RuleViolationException(List<RuleViolation> violations) {
        super(violations.stream().map(v -> v.code() + " on " + v.field()).collect(Collectors.joining(", ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A rejection needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static RuleViolationException of(RuleCode code, String field, String message) {
        return new RuleViolationException(List.of(new RuleViolation(code, field, message)));
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
