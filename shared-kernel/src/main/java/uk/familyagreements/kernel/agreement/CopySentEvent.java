package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A fact that a copy of the version in force was given to someone. */
@Revision("1")
public record CopySentEvent(
        AgreementId agreementId,
        int version,
        String recipient,
        CopyMethod method,
        Instant sentAt) {
}
