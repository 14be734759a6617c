package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a copy of the signed version was given to someone. */
public record RecordCopySentCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String recipient,
        CopyMethod method,
        Instant sentAt) {
}
