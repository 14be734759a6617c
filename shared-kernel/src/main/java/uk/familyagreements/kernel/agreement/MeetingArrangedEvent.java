package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A fact that the multi-agency meeting was arranged. */
@Revision("1")
public record MeetingArrangedEvent(
        AgreementId agreementId,
        Instant meetingAt,
        String note) {
}
