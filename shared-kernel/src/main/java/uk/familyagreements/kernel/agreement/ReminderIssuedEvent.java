package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.cases.CaseReference;

/** A fact that the practitioner was reminded that something falls due soon (subject names what). */
@Revision("1")
public record ReminderIssuedEvent(
        AgreementId agreementId,
        CaseReference caseReference,
        String reminderId,
        EscalationCause subject,
        String subjectId,
        Instant dueAt) {
}
