package uk.familyagreements.kernel.agreement;

/** How a copy of the signed agreement was given. */
public enum CopyMethod {
    BY_HAND,
    BY_POST,
    BY_SECURE_EMAIL,
    THROUGH_PORTAL
}
