package uk.familyagreements.command.identity;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.familyagreements.command.web.Problems;

/**
 * The one check that stands for authorisation until the full model exists: only a team manager, a consultant social
 * worker or a service manager may approve a written agreement or decide on an escalation. Kept in this one class so
 * that the authorisation model can replace it without touching the controllers.
 */
@Component
public class ManagerOnly {

    private static final Set<String> MANAGER_ROLES = Set.of("ROLE_TEAM_MANAGER", "ROLE_CONSULTANT_SOCIAL_WORKER",
            "ROLE_SERVICE_MANAGER");

    /** Returns quietly for a manager; otherwise throws what Spring MVC answers as a 403 problem. */
    public void check(String action) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean manager = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(MANAGER_ROLES::contains);
        if (!manager) {
            throw Problems.rejection(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Only a manager may do this",
                    "Only a team manager, consultant social worker or service "
                            + "manager may " + action + "."));
        }
    }
}
