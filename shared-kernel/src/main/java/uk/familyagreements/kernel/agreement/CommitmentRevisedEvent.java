package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that an undertaking of a version was reworded or re-timed. */
@Revision("1")
public record CommitmentRevisedEvent(
        AgreementId agreementId,
        int version,
        Commitment commitment) {
}
