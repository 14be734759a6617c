package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.cases.CaseReference;

/** A fact that a plan replaced the agreement, ending it. */
@Revision("1")
public record AgreementReplacedWithPlanEvent(
        AgreementId agreementId,
        CaseReference caseReference,
        PlanKind plan,
        String planReference,
        Instant replacedAt) {
}
