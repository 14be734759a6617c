package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that a review point was added to a version. */
@Revision("1")
public record ReviewPointAddedEvent(
        AgreementId agreementId,
        int version,
        ReviewPoint reviewPoint) {
}
