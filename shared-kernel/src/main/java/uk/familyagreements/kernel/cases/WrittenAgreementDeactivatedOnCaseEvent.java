package uk.familyagreements.kernel.cases;

import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.agreement.AgreementId;

/**
 * A fact that a written agreement on the case ended or was discarded.
 *
 * @param cameIntoForce whether it was ever in force: only one that was counts towards SERIAL_AGREEMENT for the next
 *                      written agreement (a discarded draft was never used). Null in events recorded before this
 *                      was kept; those count, as they did when they were recorded.
 */
@Revision("1")
public record WrittenAgreementDeactivatedOnCaseEvent(
        CaseReference caseReference,
        AgreementId agreementId,
        boolean breached,
        Boolean cameIntoForce) {

    /** Whether the next written agreement on the case is measured against this one's end. */
    public boolean countsTowardsSerial() {
        return !Boolean.FALSE.equals(cameIntoForce);
    }
}
