package uk.familyagreements.kernel.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a case known to the case management system. */
public record OpenCaseCommand(
        @TargetAggregateIdentifier CaseReference caseReference,
        String childName,
        String practitioner,
        String team) {
}
