package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a review and its outcome. */
public record RecordReviewCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String reviewPointId,
        ReviewOutcome outcome,
        String notes,
        Instant reviewedAt) {
}
