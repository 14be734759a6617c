package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that an undertaking was removed from a version. */
@Revision("1")
public record CommitmentRemovedEvent(
        AgreementId agreementId,
        int version,
        String commitmentId) {
}
