package uk.familyagreements.kernel.agreement;

import java.time.Instant;

/** A specific date and time at which the agreement is reviewed. */
public record ReviewPoint(String reviewPointId, Instant at) {
}
