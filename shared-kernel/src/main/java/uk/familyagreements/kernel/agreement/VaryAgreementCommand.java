package uk.familyagreements.kernel.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a new version to vary an agreement; the version in force stays in force until the new one is signed. */
public record VaryAgreementCommand(
        @TargetAggregateIdentifier AgreementId agreementId,
        String reason) {
}
