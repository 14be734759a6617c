package uk.familyagreements.kernel.cases;

import org.axonframework.serialization.Revision;

/** A fact that a case was opened and allocated. */
@Revision("1")
public record CaseOpenedEvent(
        CaseReference caseReference,
        String childName,
        String practitioner,
        String team) {
}
