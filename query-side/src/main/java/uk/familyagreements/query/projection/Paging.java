package uk.familyagreements.query.projection;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolationException;

/** Checks of query parameters; a bad one is a 400 problem naming the parameter. */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    public static int page(Integer page) {
        if (page != null && page < 0) {
            throw bad("page", "The page number starts at 0.");
        }
        return page == null ? 0 : page;
    }

    public static int size(Integer size, int defaultSize) {
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw bad("size", "The page size is between 1 and " + MAX_SIZE + ".");
        }
        return size == null ? defaultSize : size;
    }

    public static String oneOf(String name, String value, Set<String> allowed, String defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        if (!allowed.contains(value)) {
            throw bad(name, "Use one of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
        }
        return value;
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(name, "Give an ISO-8601 instant such as 2026-12-01T09:30:00Z.");
        }
    }

    public static RuleViolationException bad(String parameter, String message) {
        return RuleViolationException.of(RuleCode.INVALID_INPUT, parameter, message);
    }

    /** One page of an answer, with how fresh it is. */
    public record Page<T>(java.util.List<T> items, int page, int size, boolean hasNext, long position) {
    }
}
