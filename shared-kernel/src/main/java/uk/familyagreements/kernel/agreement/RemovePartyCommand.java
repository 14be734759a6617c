package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a party who owns no commitments. */
public record RemovePartyCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String partyId) {
}
