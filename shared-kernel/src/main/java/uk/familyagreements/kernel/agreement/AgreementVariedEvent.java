package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that a new version was opened to vary the agreement. */
@Revision("1")
public record AgreementVariedEvent(
        AgreementId agreementId,
        int version,
        int previousVersion,
        String reason) {
}
