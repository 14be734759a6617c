package uk.familyagreements.kernel.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.familyagreements.kernel.agreement.AgreementId;

/** Note on the case that a written agreement on it ended or was discarded. */
public record RecordWrittenAgreementInactiveCommand(
        @TargetAggregateIdentifier CaseReference caseReference,
        AgreementId agreementId,
        boolean breached,
        boolean cameIntoForce) {
}
