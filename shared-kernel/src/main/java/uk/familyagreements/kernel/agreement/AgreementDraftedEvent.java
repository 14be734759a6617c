package uk.familyagreements.kernel.agreement;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.cases.CaseReference;

/** A fact that a practitioner drafted a working or written agreement on a case. */
@Revision("1")
public record AgreementDraftedEvent(
        AgreementId agreementId,
        CaseReference caseReference,
        AgreementKind kind,
        Involvement involvement,
        String purpose,
        String reason,
        LocalDate assessmentStartedOn) {
}
