package uk.familyagreements.kernel.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Allocate a case to a practitioner in a team. */
public record AllocateCaseCommand(
        @TargetAggregateIdentifier CaseReference caseReference,
        String practitioner,
        String team) {
}
