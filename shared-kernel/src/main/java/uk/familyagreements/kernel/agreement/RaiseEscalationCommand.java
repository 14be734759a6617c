package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Demand a manager's decision, at the given level of the ladder. */
public record RaiseEscalationCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String escalationId,
        EscalationCause cause,
        EscalationLevel level,
        String subjectId,
        Instant dueAt) {
}
