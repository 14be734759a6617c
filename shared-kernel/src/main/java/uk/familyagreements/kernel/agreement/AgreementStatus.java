package uk.familyagreements.kernel.agreement;

/** Where an agreement is in its lifecycle. */
public enum AgreementStatus {
    /** Being written; a written agreement still needs a manager's approval. */
    DRAFT,
    /** Content settled (and approved, for a written agreement); collecting signatures on the current version. */
    AWAITING_SIGNATURES,
    /** Every required party has signed a version. A variation may be awaiting signatures beside it. */
    IN_FORCE,
    ENDED,
    DISCARDED;

    public boolean isClosed() {
        return this == ENDED || this == DISCARDED;
    }
}
