package uk.familyagreements.kernel.agreement;

/** What a review decided. */
public enum ReviewOutcome {
    CONTINUE,
    VARY,
    END,
    REPLACE,
    ESCALATE
}
