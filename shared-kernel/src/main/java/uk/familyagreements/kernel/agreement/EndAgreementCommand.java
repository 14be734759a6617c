package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the agreement: concluded, withdrawn or superseded. */
public record EndAgreementCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        EndReason reason,
        String note,
        Instant endedAt) {
}
