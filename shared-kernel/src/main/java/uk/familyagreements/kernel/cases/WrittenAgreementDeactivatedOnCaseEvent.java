package uk.familyagreements.kernel.cases;

import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.agreement.AgreementId;

/** A fact that a written agreement on the case ended or was discarded. */
@Revision("1")
public record WrittenAgreementDeactivatedOnCaseEvent(
        CaseReference caseReference,
        AgreementId agreementId,
        boolean breached) {
}
