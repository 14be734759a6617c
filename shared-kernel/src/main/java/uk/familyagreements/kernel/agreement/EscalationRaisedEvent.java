package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.familyagreements.kernel.cases.CaseReference;

/** A fact that a manager's decision was demanded at a level of the ladder. */
@Revision("1")
public record EscalationRaisedEvent(
        AgreementId agreementId,
        CaseReference caseReference,
        String escalationId,
        EscalationCause cause,
        EscalationLevel level,
        String subjectId,
        Instant dueAt) {
}
