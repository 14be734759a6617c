package uk.familyagreements.kernel.cases;

import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;

/** A fact that an agreement was drafted on the case. */
@Revision("1")
public record AgreementRegisteredOnCaseEvent(
        CaseReference caseReference,
        AgreementId agreementId,
        AgreementKind kind) {
}
