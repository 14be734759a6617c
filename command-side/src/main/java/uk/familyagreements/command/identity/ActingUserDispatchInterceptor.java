package uk.familyagreements.command.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * Stamps every command with the user who sent it, taken from the authenticated principal, so that every event it
 * causes records who acted. A command sent by a clock (no person logged in) is stamped as the deadlines system user.
 * A command that already names its user (e.g. a saga acting for a decision) keeps it.
 */
@Component
public class ActingUserDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(AuditMetaData.USER)) {
                return command;
            }
            return command.andMetaData(actingUser());
        };
    }

    private static Map<String, Object> actingUser() {
        Map<String, Object> metaData = new HashMap<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            metaData.put(AuditMetaData.USER, AuditMetaData.SYSTEM_USER);
            metaData.put(AuditMetaData.ROLES, "SYSTEM");
        } else {
            metaData.put(AuditMetaData.USER, authentication.getName());
            metaData.put(AuditMetaData.ROLES, authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .sorted()
                    .collect(Collectors.joining(",")));
        }
        return metaData;
    }
}
