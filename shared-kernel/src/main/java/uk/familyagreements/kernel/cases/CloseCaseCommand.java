package uk.familyagreements.kernel.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a case; refused while a written agreement on it is in force or awaiting signatures. */
public record CloseCaseCommand(
        @TargetAggregateIdentifier CaseReference caseReference,
        String reason) {
}
