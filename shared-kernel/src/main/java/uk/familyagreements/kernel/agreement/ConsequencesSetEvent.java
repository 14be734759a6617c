package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that the consequences of a breach were stated for a version. */
@Revision("1")
public record ConsequencesSetEvent(
        AgreementId agreementId,
        int version,
        String consequences) {
}
