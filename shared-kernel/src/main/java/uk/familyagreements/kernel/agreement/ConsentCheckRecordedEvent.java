package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that a family member's consent check was recorded for a version. */
@Revision("1")
public record ConsentCheckRecordedEvent(
        AgreementId agreementId,
        int version,
        String partyId,
        ConsentCheck check) {
}
