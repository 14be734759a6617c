package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A manager records what happens after an escalation. */
public record RecordEscalationDecisionCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String escalationId,
        String decision) {
}
