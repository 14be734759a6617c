package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A fact that the agreement was reviewed, with the outcome. */
@Revision("1")
public record ReviewRecordedEvent(
        AgreementId agreementId,
        String reviewPointId,
        ReviewOutcome outcome,
        String notes,
        Instant reviewedAt) {
}
