package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that a person stopped being a party of a version. */
@Revision("1")
public record PartyRemovedEvent(
        AgreementId agreementId,
        int version,
        String partyId) {
}
