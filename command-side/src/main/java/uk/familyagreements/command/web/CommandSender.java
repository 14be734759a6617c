package uk.familyagreements.command.web;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * Sends a command from an HTTP request with what the request says about it: the version the client expects
 * ({@code If-Match}) and the reason the user gave. The acting user is added by ActingUserDispatchInterceptor.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Sends the command, waits for it, and answers the aggregate version it produced. */
    public long send(Object command, Long expectedVersion, String reason) {
        Map<String, Object> metaData = new HashMap<>();
        if (expectedVersion != null) {
            metaData.put(ExpectedVersionCommandTargetResolver.EXPECTED_VERSION, expectedVersion);
        }
        if (reason != null && !reason.isBlank()) {
            metaData.put(AuditMetaData.REASON, reason.strip());
        }
        Object result = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(metaData));
        return ((Number) result).longValue();
    }
}
