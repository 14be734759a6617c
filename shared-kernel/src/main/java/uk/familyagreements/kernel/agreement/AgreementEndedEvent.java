package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.cases.CaseReference;

/** A fact that the agreement ended: concluded, withdrawn or superseded. */
@Revision("1")
public record AgreementEndedEvent(
        AgreementId agreementId,
        CaseReference caseReference,
        EndReason reason,
        String note,
        Instant endedAt) {
}
