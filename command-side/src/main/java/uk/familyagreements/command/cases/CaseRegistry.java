package uk.familyagreements.command.cases;

import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.cases.CaseReference;

/**
 * What an agreement tells its case, inside the agreement command's own transaction: both aggregates' events are
 * appended together or not at all, and the case's event stream serialises a close against an agreement becoming
 * active (see docs/adr/0002-case-closure-guard.md).
 */
public interface CaseRegistry {

    /** Registers a drafted agreement; answers true when it is a written agreement that follows too soon. */
    boolean registerAgreement(CaseReference caseReference, AgreementId agreementId, AgreementKind kind);

    void writtenAgreementActivated(CaseReference caseReference, AgreementId agreementId);

    /** The agreement ended or was discarded; {@code cameIntoForce} tells which, for SERIAL_AGREEMENT. */
    void writtenAgreementDeactivated(CaseReference caseReference, AgreementId agreementId, boolean breached,
                                     boolean cameIntoForce);
}
