package uk.familyagreements.kernel.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;

/**
 * Note on an open case that an agreement was drafted on it. Answers whether a written agreement follows too soon
 * on one that was breached or ended (the SERIAL_AGREEMENT warning).
 */
public record RegisterAgreementOnCaseCommand(
        @TargetAggregateIdentifier CaseReference caseReference,
        AgreementId agreementId,
        AgreementKind kind) {
}
