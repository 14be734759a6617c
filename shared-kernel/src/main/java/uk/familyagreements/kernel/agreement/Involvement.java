package uk.familyagreements.kernel.agreement;

/** Why the service is involved with the family. */
public enum Involvement {
    CIN_ASSESSMENT,
    SECTION_47_ENQUIRY,
    CIN_PLAN,
    CP_PLAN,
    PARENTING_ASSESSMENT,
    SAFETY_PLAN,
    OTHER
}
