package uk.familyagreements.kernel.agreement;

/** Who an escalation is addressed to, in the order the ladder climbs. */
public enum EscalationLevel {
    PRACTITIONER,
    TEAM_MANAGER,
    SERVICE_MANAGER
}
