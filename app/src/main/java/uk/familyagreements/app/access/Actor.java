package uk.familyagreements.app.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import uk.familyagreements.app.security.Role;

/** The signed-in user as authorisation sees them: roles from the authentication, team and service from the directory. */
record Actor(String username, Set<Role> roles, String team, String service) {

    boolean hasAny(Set<Role> wanted) {
        return !Collections.disjoint(roles, wanted);
    }

    boolean has(Role role) {
        return roles.contains(role);
    }

    String rolesText() {
        return String.join(",", roles.stream().map(Role::name).sorted().toList());
    }

    static Set<Role> none() {
        return EnumSet.noneOf(Role.class);
    }
}
