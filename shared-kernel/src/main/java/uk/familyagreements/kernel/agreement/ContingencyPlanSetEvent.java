package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that the contingency plan of a version was stated. */
@Revision("1")
public record ContingencyPlanSetEvent(
        AgreementId agreementId,
        int version,
        String contingencyPlan) {
}
