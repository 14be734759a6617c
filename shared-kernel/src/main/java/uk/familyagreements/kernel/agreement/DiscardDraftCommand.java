package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Discard a draft that never came into force. */
public record DiscardDraftCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String reason) {
}
