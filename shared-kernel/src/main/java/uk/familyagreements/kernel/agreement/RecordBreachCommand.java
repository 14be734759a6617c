package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a failure to keep a commitment. */
public record RecordBreachCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String breachId,
        String commitmentId,
        String partyId,
        Instant observedAt,
        String reportedBy,
        String whatHappened) {
}
