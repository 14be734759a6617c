package uk.familyagreements.query.inbox;

import uk.familyagreements.kernel.agreement.EscalationCause;
import uk.familyagreements.kernel.agreement.EscalationLevel;

/**
 * The one-line subject of a message: what is due, never what the case is about. It goes into emails, so it must
 * carry no names, allegations or purpose text.
 */
final class Subjects {

    private Subjects() {
    }

    static String reminder(EscalationCause subject) {
        return switch (subject) {
            case REVIEW_OVERDUE -> "An agreement review is due soon";
            case COPIES_OVERDUE -> "Copies of an agreement are due soon";
            case MEETING_OVERDUE -> "A multi-agency meeting is due to be arranged soon";
            case PERIOD_ENDED -> "An agreement's period ends soon";
            case ASSESSMENT_OVERDUE -> "A child in need assessment is due soon";
            case BREACH, DECISION_OVERDUE -> "A decision on an agreement is due soon";
        };
    }

    static String escalation(EscalationCause cause, EscalationLevel level) {
        String what = switch (cause) {
            case REVIEW_OVERDUE -> "an agreement review is overdue";
            case COPIES_OVERDUE -> "copies of an agreement have not been sent";
            case MEETING_OVERDUE -> "no multi-agency meeting has been arranged for a written agreement";
            case PERIOD_ENDED -> "a written agreement's period has ended but it is still in force";
            case ASSESSMENT_OVERDUE -> "a child in need assessment is overdue";
            case BREACH -> "an agreement was breached";
            case DECISION_OVERDUE -> "no manager has decided what happens after a breach";
        };
        return switch (level) {
            case PRACTITIONER -> "Action needed: " + what;
            case TEAM_MANAGER -> "Decision needed: " + what;
            case SERVICE_MANAGER -> "Escalated to you: " + what;
        };
    }
}
