package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record what was checked with a family member before they sign the current version. */
public record RecordConsentCheckCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String partyId,
        ConsentCheck check) {
}
