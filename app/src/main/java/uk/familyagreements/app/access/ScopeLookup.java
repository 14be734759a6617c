package uk.familyagreements.app.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import uk.familyagreements.app.security.Role;

/** Reads the lookup tables: where a case or agreement belongs, and where a user or team sits. */
@Component
class ScopeLookup {

    /** The team holding a case, that team's service and the allocated practitioner; any may be null. */
    record Holder(String caseReference, String team, String service, String practitioner) {
        Holder(String caseReference, String team, String service) {
            this(caseReference, team, service, null);
        }
    }

    private final JdbcClient jdbc;

    ScopeLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Actor actor(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Role role = Role.fromAuthority(authority.getAuthority());
            if (role != null) {
                roles.add(role);
            }
        }
        String name = authentication.getName();
        return jdbc.sql("""
                        SELECT m.team_code, coalesce(m.service_code, t.service_code) AS service_code
                        FROM staff_member m LEFT JOIN team t ON t.team_code = m.team_code
                        WHERE m.username = :username AND m.active""")
                .param("username", name)
                .query((rs, row) -> new Actor(name, roles, rs.getString("team_code"), rs.getString("service_code")))
                .optional()
                .orElseGet(() -> new Actor(name, roles, null, null));
    }

    Optional<Holder> agreement(String agreementId) {
        return jdbc.sql("""
                        SELECT a.case_reference, c.team_code, t.service_code, c.practitioner
                        FROM agreement_scope a
                        LEFT JOIN case_scope c ON c.case_reference = a.case_reference
                        LEFT JOIN team t ON t.team_code = c.team_code
                        WHERE a.agreement_id = :id""")
                .param("id", agreementId)
                .query((rs, row) -> new Holder(rs.getString("case_reference"), rs.getString("team_code"),
                        rs.getString("service_code"), rs.getString("practitioner")))
                .optional();
    }

    Optional<Holder> caseHolder(String caseReference) {
        return jdbc.sql("""
                        SELECT c.case_reference, c.team_code, t.service_code, c.practitioner
                        FROM case_scope c LEFT JOIN team t ON t.team_code = c.team_code
                        WHERE c.case_reference = :ref""")
                .param("ref", caseReference)
                .query((rs, row) -> new Holder(rs.getString("case_reference"), rs.getString("team_code"),
                        rs.getString("service_code"), rs.getString("practitioner")))
                .optional();
    }

    /** The team of a staff member, as a holder (case reference null); empty when the user is unknown. */
    Optional<Holder> staffMember(String username) {
        return jdbc.sql("""
                        SELECT m.team_code, coalesce(m.service_code, t.service_code) AS service_code
                        FROM staff_member m LEFT JOIN team t ON t.team_code = m.team_code
                        WHERE m.username = :username""")
                .param("username", username)
                .query((rs, row) -> new Holder(null, rs.getString("team_code"), rs.getString("service_code")))
                .optional();
    }

    Optional<Holder> team(String teamCode) {
        return jdbc.sql("SELECT team_code, service_code FROM team WHERE team_code = :team")
                .param("team", teamCode)
                .query((rs, row) -> new Holder(null, rs.getString("team_code"), rs.getString("service_code")))
                .optional();
    }
}
