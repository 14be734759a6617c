package uk.familyagreements.kernel.agreement;

/** How a family member came to understand the agreement before signing. */
public enum Understanding {
    READ_IT_THEMSELVES,
    READ_TO_THEM,
    THROUGH_AN_INTERPRETER
}
