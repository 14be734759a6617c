package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a commitment. */
public record RemoveCommitmentCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String commitmentId) {
}
