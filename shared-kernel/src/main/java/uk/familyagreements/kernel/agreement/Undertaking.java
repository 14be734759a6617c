package uk.familyagreements.kernel.agreement;

/** Whether a commitment says a party will or will not do something. */
public enum Undertaking {
    WILL,
    WILL_NOT
}
