package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A fact that a party signed the version with this content hash. */
@Revision("1")
public record SignatureRecordedEvent(
        AgreementId agreementId,
        int version,
        String partyId,
        ContentHash contentHash,
        Instant signedAt) {
}
