package uk.familyagreements.kernel.cases;

import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.agreement.AgreementId;

/** A fact that a written agreement on the case began awaiting signatures or came into force. */
@Revision("1")
public record WrittenAgreementActivatedOnCaseEvent(
        CaseReference caseReference,
        AgreementId agreementId) {
}
