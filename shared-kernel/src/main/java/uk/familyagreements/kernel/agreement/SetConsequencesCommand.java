package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** State the possible consequences of a breach. */
public record SetConsequencesCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String consequences) {
}
