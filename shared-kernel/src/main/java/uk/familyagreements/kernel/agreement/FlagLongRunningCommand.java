package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A clock notes that a written agreement is still in force when the multi-agency meeting should already have put a
 * plan in its place (the LONG_RUNNING warning). Ignored unless the written agreement is in force.
 */
public record FlagLongRunningCommand(
        @TargetAggregateIdentifier AgreementId agreementId) {
}
