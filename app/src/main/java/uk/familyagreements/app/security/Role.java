package uk.familyagreements.app.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the service, stored by name in {@code staff_member.role} and granted as {@code ROLE_<name>}. */
public enum Role {
    PRACTITIONER,
    TEAM_MANAGER,
    CONSULTANT_SOCIAL_WORKER,
    SERVICE_MANAGER,
    AUDITOR,
    ADMINISTRATOR;

    /** Roles that belong to one team and work that team's cases. */
    public static final Set<Role> TEAM_ROLES = EnumSet.of(PRACTITIONER, TEAM_MANAGER, CONSULTANT_SOCIAL_WORKER);
    /** Roles that may approve written agreements and decide escalations. */
    public static final Set<Role> MANAGERS = EnumSet.of(TEAM_MANAGER, CONSULTANT_SOCIAL_WORKER, SERVICE_MANAGER);

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role granted by an authority string, or null when it is not one of ours. */
    public static Role fromAuthority(String authority) {
        if (authority == null || !authority.startsWith("ROLE_")) {
            return null;
        }
        try {
            return valueOf(authority.substring("ROLE_".length()));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
