package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A team manager or consultant social worker approves the current version of a written agreement. */
public record ApproveAgreementCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String contentHash,
        String note) {
}
