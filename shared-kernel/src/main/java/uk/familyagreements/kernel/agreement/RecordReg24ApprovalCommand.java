package uk.familyagreements.kernel.agreement;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the Regulation 24 approval of a child living with a connected person. */
public record RecordReg24ApprovalCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String approvedBy,
        LocalDate approvedOn,
        String note) {
}
