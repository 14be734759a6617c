package uk.familyagreements.app.support;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.cases.OpenCaseCommand;
import uk.familyagreements.kernel.identity.AuditMetaData;

/** Opens cases for tests the way the case management system's feed would, as a named user. */
public final class Cases {

    private Cases() {
    }

    public static void open(CommandGateway commands, String caseReference, String practitioner, String team) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenCaseCommand(
                        new CaseReference(caseReference), "Child " + caseReference, practitioner, team))
                .andMetaData(MetaData.with(AuditMetaData.USER, "case-feed").and(AuditMetaData.ROLES, "SYSTEM")));
    }
}
