package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A clock reminds the practitioner that something on the agreement falls due soon. */
public record IssueReminderCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String reminderId,
        EscalationCause subject,
        String subjectId,
        Instant dueAt) {
}
