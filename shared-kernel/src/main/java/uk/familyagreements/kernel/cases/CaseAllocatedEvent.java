package uk.familyagreements.kernel.cases;

import org.axonframework.serialization.Revision;

/** A fact that a case was allocated to a practitioner in a team. */
@Revision("1")
public record CaseAllocatedEvent(
        CaseReference caseReference,
        String practitioner,
        String team) {
}
