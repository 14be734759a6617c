package uk.familyagreements.kernel.agreement;

import java.time.Duration;
import java.time.Instant;

/**
 * The specified period an agreement covers.
 *
 * @param start       when it starts
 * @param end         when it ends
 * @param description how the document states the period, e.g. "from Friday evening until Monday morning"; may be blank
 */
public record Period(Instant start, Instant end, String description) {
    public boolean isSpecific() {
        return start != null && end != null && end.isAfter(start);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant instant) {
        return isSpecific() && !instant.isBefore(start) && !instant.isAfter(end);
    }
}
