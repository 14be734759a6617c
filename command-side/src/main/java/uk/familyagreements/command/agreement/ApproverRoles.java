package uk.familyagreements.command.agreement;

import java.util.Arrays;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import uk.familyagreements.kernel.identity.AuditMetaData;

/** Who may approve a written agreement: a team manager or consultant social worker (or a service manager above them). */
final class ApproverRoles {

    private static final Set<String> APPROVERS = Set.of("TEAM_MANAGER", "CONSULTANT_SOCIAL_WORKER", "SERVICE_MANAGER");

    private ApproverRoles() {
    }

    static boolean canApprove(MetaData metaData) {
        Object roles = metaData.get(AuditMetaData.ROLES);
        if (roles == null) {
            return false;
        }
        return Arrays.stream(roles.toString().split(","))
                .map(String::strip)
                .map(role -> role.startsWith("ROLE_") ? role.substring("ROLE_".length()) : role)
                .anyMatch(APPROVERS::contains);
    }
}
