package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that a person became a party of a version. */
@Revision("1")
public record PartyAddedEvent(
        AgreementId agreementId,
        int version,
        Party party) {
}
