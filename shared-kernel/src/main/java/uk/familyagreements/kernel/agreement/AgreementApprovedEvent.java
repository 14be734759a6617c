package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that a manager approved a version of a written agreement, identified by its hash. */
@Revision("1")
public record AgreementApprovedEvent(
        AgreementId agreementId,
        int version,
        ContentHash contentHash,
        String approvedBy,
        String note) {
}
