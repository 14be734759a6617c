package uk.familyagreements.kernel.agreement;

/** What raised an escalation. */
public enum EscalationCause {
    BREACH,
    REVIEW_OVERDUE,
    COPIES_OVERDUE,
    MEETING_OVERDUE,
    PERIOD_ENDED,
    ASSESSMENT_OVERDUE,
    DECISION_OVERDUE
}
