package uk.familyagreements.command.agreement;

import java.util.ArrayList;
import java.util.List;
import uk.familyagreements.command.cases.CaseRegistry;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.cases.CaseReference;

/**
 * Stands in for the Case aggregate behind {@link CaseRegistry}: remembers what the agreement told its case, answers
 * the serial-agreement question as told, and can refuse (as the real registry does for an unknown or closed case).
 */
final class RecordingCaseRegistry implements CaseRegistry {

    /** One thing the agreement told its case. */
    record Call(String what, CaseReference caseReference, AgreementId agreementId, Object detail) {
    }

    private final List<Call> calls = new ArrayList<>();
    private boolean serial;
    private RuntimeException failure;

    RecordingCaseRegistry answeringSerial(boolean answer) {
        this.serial = answer;
        return this;
    }

    RecordingCaseRegistry failingWith(RuntimeException exception) {
        this.failure = exception;
        return this;
    }

    void reset() {
        calls.clear();
        serial = false;
        failure = null;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    static Call registered(CaseReference caseReference, AgreementId agreementId, AgreementKind kind) {
        return new Call("registered", caseReference, agreementId, kind);
    }

    static Call activated(CaseReference caseReference, AgreementId agreementId) {
        return new Call("activated", caseReference, agreementId, null);
    }

    static Call deactivated(CaseReference caseReference, AgreementId agreementId, boolean breached,
                            boolean cameIntoForce) {
        return new Call("deactivated", caseReference, agreementId, List.of(breached, cameIntoForce));
    }

    @Override
    public boolean registerAgreement(CaseReference caseReference, AgreementId agreementId, AgreementKind kind) {
        failIfTold();
        calls.add(registered(caseReference, agreementId, kind));
        return serial;
    }

    @Override
    public void writtenAgreementActivated(CaseReference caseReference, AgreementId agreementId) {
        failIfTold();
        calls.add(activated(caseReference, agreementId));
    }

    @Override
    public void writtenAgreementDeactivated(CaseReference caseReference, AgreementId agreementId, boolean breached,
                                            boolean cameIntoForce) {
        failIfTold();
        calls.add(deactivated(caseReference, agreementId, breached, cameIntoForce));
    }

    private void failIfTold() {
        if (failure != null) {
            throw failure;
        }
    }
}
