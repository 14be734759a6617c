package uk.familyagreements.kernel.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.familyagreements.kernel.agreement.AgreementId;

/** Note on the case that a written agreement on it is awaiting signatures or in force. */
public record RecordWrittenAgreementActiveCommand(
        @TargetAggregateIdentifier CaseReference caseReference,
        AgreementId agreementId) {
}
