package uk.familyagreements.kernel.rules;

/** Every rule of the practice guidance, with the stable code clients and views rely on. Never rename a code. */
public enum RuleCode {
    VAGUE_TIMESCALE(Severity.BLOCKING),
    PERIOD_REQUIRED(Severity.BLOCKING),
    PERIOD_TOO_LONG(Severity.BLOCKING),
    REVIEW_POINT_REQUIRED(Severity.BLOCKING),
    CONTINGENCY_REQUIRED(Severity.BLOCKING),
    CONSEQUENCES_REQUIRED(Severity.BLOCKING),
    UNBALANCED(Severity.BLOCKING),
    COMMITMENT_OWNER_REQUIRED(Severity.BLOCKING),
    PURPOSE_REQUIRED(Severity.BLOCKING),
    APPROVAL_REQUIRED(Severity.BLOCKING),
    CONSENT_CHECK_REQUIRED(Severity.BLOCKING),
    SIGNATURE_ON_STALE_VERSION(Severity.BLOCKING),
    NOT_A_PARTY(Severity.BLOCKING),
    AGREEMENT_ENDED(Severity.BLOCKING),
    REG24_APPROVAL_REQUIRED(Severity.BLOCKING),
    CASE_HAS_ACTIVE_WRITTEN_AGREEMENT(Severity.BLOCKING),
    CONCURRENT_MODIFICATION(Severity.BLOCKING),
    /** Command-level validity that is not a practice rule: a missing or malformed field. */
    INVALID_INPUT(Severity.BLOCKING),
    /** The command does not apply in the agreement's or case's current state, e.g. approving an ended draft. */
    INVALID_STATE(Severity.BLOCKING),

    JARGON(Severity.WARNING),
    HARD_TO_READ(Severity.WARNING),
    NOT_TIME_BOUND(Severity.WARNING),
    VICTIM_MADE_RESPONSIBLE(Severity.WARNING),
    SERIAL_AGREEMENT(Severity.WARNING),
    LONG_RUNNING(Severity.WARNING);

    private final Severity severity;

    RuleCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
