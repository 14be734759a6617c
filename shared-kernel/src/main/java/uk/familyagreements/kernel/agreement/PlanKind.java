package uk.familyagreements.kernel.agreement;

/** The plan that replaces a written agreement. */
public enum PlanKind {
    CIN_PLAN,
    CP_PLAN,
    TEAM_AROUND_THE_FAMILY_PLAN,
    CARE_PLAN
}
