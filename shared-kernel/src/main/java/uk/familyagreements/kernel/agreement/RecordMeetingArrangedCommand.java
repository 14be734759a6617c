package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the multi-agency meeting to replace a written agreement with a plan is arranged. */
public record RecordMeetingArrangedCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        Instant meetingAt,
        String note) {
}
