package uk.familyagreements.kernel.agreement;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.familyagreements.kernel.cases.CaseReference;

/** Draft a new working or written agreement on a case. */
public record DraftAgreementCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        CaseReference caseReference,
        AgreementKind kind,
        Involvement involvement,
        String purpose,
        String reason,
        LocalDate assessmentStartedOn) {
}
