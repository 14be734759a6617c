package uk.familyagreements.kernel.agreement;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A fact that Regulation 24 approval of a child living with a connected person was recorded. */
@Revision("1")
public record Reg24ApprovalRecordedEvent(
        AgreementId agreementId,
        String approvedBy,
        LocalDate approvedOn,
        String note) {
}
