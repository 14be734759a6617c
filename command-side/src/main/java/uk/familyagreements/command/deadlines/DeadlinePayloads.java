package uk.familyagreements.command.deadlines;

import java.time.Instant;
import uk.familyagreements.kernel.agreement.EscalationCause;

/**
 * What a deadline carries to its handler. Serialized into the Quartz job by Axon's Jackson serializer, so the shapes
 * are stored: add fields, never rename them.
 */
public final class DeadlinePayloads {

    private DeadlinePayloads() {
    }

    /** Something due at a moment, about a subject (a version number, a review point id, the agreement itself). */
    public record Due(String subjectId, Instant dueAt) {
    }

    /** A team manager's decision that is due; when it passes the escalation climbs to the service manager. */
    public record DecisionDue(String escalationId, EscalationCause cause, String subjectId, Instant dueAt) {
    }
}
