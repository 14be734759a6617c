package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a date and time at which the agreement is reviewed. */
public record AddReviewPointCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        ReviewPoint reviewPoint) {
}
