package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A fact that a party failed to keep a commitment. */
@Revision("1")
public record BreachRecordedEvent(
        AgreementId agreementId,
        String breachId,
        String commitmentId,
        String partyId,
        Instant observedAt,
        String reportedBy,
        String whatHappened) {
}
