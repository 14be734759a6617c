package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** State what happens if the agreement is not kept to. */
public record SetContingencyPlanCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String contingencyPlan) {
}
