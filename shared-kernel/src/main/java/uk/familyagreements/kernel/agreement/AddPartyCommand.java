package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a person bound by the agreement. */
public record AddPartyCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        Party party) {
}
