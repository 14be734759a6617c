package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;

/** A fact that a manager decided what happens after an escalation, closing it. */
@Revision("1")
public record EscalationDecisionRecordedEvent(
        AgreementId agreementId,
        String escalationId,
        String decision,
        String decidedBy) {
}
