package uk.familyagreements.kernel.agreement;

/** Why an agreement ended. */
public enum EndReason {
    REPLACED_WITH_PLAN,
    CONCLUDED,
    WITHDRAWN,
    SUPERSEDED
}
