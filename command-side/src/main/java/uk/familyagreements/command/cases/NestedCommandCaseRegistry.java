package uk.familyagreements.command.cases;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.cases.RecordWrittenAgreementActiveCommand;
import uk.familyagreements.kernel.cases.RecordWrittenAgreementInactiveCommand;
import uk.familyagreements.kernel.cases.RegisterAgreementOnCaseCommand;
import uk.familyagreements.kernel.identity.AuditMetaData;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolationException;

/**
 * Sends the case's command on the local command bus from inside the agreement's command handler. The simple command
 * bus runs it in a nested unit of work that commits with the outer one, in the same database transaction. It is
 * dispatched without the gateway's retry, because a retry would run outside that transaction; a lost race fails the
 * whole outer command, which the gateway then retries as a whole.
 */
@Component
class NestedCommandCaseRegistry implements CaseRegistry {

    private final CommandBus commandBus;

    NestedCommandCaseRegistry(CommandBus commandBus) {
        this.commandBus = commandBus;
    }

    @Override
    public boolean registerAgreement(CaseReference caseReference, AgreementId agreementId, AgreementKind kind) {
        try {
            return Boolean.TRUE.equals(dispatch(new RegisterAgreementOnCaseCommand(caseReference, agreementId, kind)));
        } catch (AggregateNotFoundException unknownCase) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "caseReference",
                    "No case has this reference. Open the case first.");
        }
    }

    @Override
    public void writtenAgreementActivated(CaseReference caseReference, AgreementId agreementId) {
        dispatch(new RecordWrittenAgreementActiveCommand(caseReference, agreementId));
    }

    @Override
    public void writtenAgreementDeactivated(CaseReference caseReference, AgreementId agreementId, boolean breached,
                                            boolean cameIntoForce) {
        dispatch(new RecordWrittenAgreementInactiveCommand(caseReference, agreementId, breached, cameIntoForce));
    }

    private Object dispatch(Object command) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(actingUser());
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commandBus.dispatch(message, callback);
        CommandResultMessage<?> result = callback.getResult();
        if (result.isExceptional()) {
            // The case's refusal (or a lost race on its stream) must fail the agreement's command too.
            Throwable failure = result.exceptionResult();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The case could not be updated", failure);
        }
        return result.getPayload();
    }

    /** The outer command's author, so that the case's events record the same person. */
    private static Map<String, Object> actingUser() {
        Map<String, Object> metaData = new HashMap<>();
        if (CurrentUnitOfWork.isStarted()) {
            var outer = CurrentUnitOfWork.get().getMessage().getMetaData();
            for (String key : new String[] {AuditMetaData.USER, AuditMetaData.ROLES, AuditMetaData.REASON}) {
                if (outer.containsKey(key)) {
                    metaData.put(key, outer.get(key));
                }
            }
        }
        return metaData;
    }
}
