package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the specified period the agreement covers. */
public record SetPeriodCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        Period period) {
}
