package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the agreement because a plan replaces it. */
public record ReplaceWithPlanCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        PlanKind plan,
        String planReference,
        Instant replacedAt) {
}
