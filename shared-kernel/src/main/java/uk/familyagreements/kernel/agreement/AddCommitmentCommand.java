package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add one party's undertaking. */
public record AddCommitmentCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        Commitment commitment) {
}
