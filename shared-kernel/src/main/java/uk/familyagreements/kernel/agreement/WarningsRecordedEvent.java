package uk.familyagreements.kernel.agreement;

import java.util.List;
import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.rules.RuleViolation;

/** A fact that the guidance warnings of a version's content changed to this list. */
@Revision("1")
public record WarningsRecordedEvent(
        AgreementId agreementId,
        int version,
        ContentHash contentHash,
        List<RuleViolation> warnings) {
}
