package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the wording, owner or timing of a commitment. */
public record ReviseCommitmentCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        Commitment commitment) {
}
