package uk.familyagreements.kernel.cases;

import org.axonframework.serialization.Revision;

/** A fact that a case was closed. */
@Revision("1")
public record CaseClosedEvent(
        CaseReference caseReference,
        String reason) {
}
