package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that the period of a version was set. */
@Revision("1")
public record PeriodSetEvent(
        AgreementId agreementId,
        int version,
        Period period) {
}
