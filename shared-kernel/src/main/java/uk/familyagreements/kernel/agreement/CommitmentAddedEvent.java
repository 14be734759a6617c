package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that an undertaking was added to a version. */
@Revision("1")
public record CommitmentAddedEvent(
        AgreementId agreementId,
        int version,
        Commitment commitment) {
}
