package uk.familyagreements.kernel.agreement;

/** The two kinds of agreement a practitioner makes with a family. */
public enum AgreementKind {
    /** Why we are involved, what we will do, what we expect of the family. */
    WORKING,
    /** What named adults can and cannot do for a short, specified period, usually inside a safety plan. */
    WRITTEN
}
