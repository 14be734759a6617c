package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.cases.CaseReference;

/** A fact that every required party signed a version and it came into force. */
@Revision("1")
public record AgreementCameIntoForceEvent(
        AgreementId agreementId,
        CaseReference caseReference,
        AgreementKind kind,
        int version,
        ContentHash contentHash,
        Instant inForceFrom,
        Period period,
        List<ReviewPoint> reviewPoints) {
}
