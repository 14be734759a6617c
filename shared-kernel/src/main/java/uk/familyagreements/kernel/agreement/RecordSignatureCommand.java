package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a party signed the version with the given content hash. */
public record RecordSignatureCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String partyId,
        String contentHash,
        Instant signedAt) {
}
