package uk.familyagreements.kernel.agreement;

import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.cases.CaseReference;

/** A fact that a draft was discarded without coming into force. */
@Revision("1")
public record DraftDiscardedEvent(
        AgreementId agreementId,
        CaseReference caseReference,
        String reason) {
}
