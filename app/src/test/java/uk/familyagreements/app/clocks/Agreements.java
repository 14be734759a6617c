package uk.familyagreements.app.clocks;

import java.time.Instant;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import uk.familyagreements.kernel.agreement.AddPartyCommand;
import uk.familyagreements.kernel.agreement.AddReviewPointCommand;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.DraftAgreementCommand;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.RecordSignatureCommand;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.identity.AuditMetaData;

/** Puts working agreements in force the shortest way the rules allow: one professional party who signs. */
final class Agreements {

    static final String PURPOSE = "Make sure Ellie gets to school every day";
    static final String REVIEW_POINT = "rp-1";

    private Agreements() {
    }

    /** A working agreement on the case, in force now, with one review point at the given time. */
    static AgreementId inForceWithReviewAt(CommandGateway commands, String caseReference, Instant reviewAt) {
        AgreementId id = AgreementId.random();
        Party worker = new Party("worker", "Sam Practitioner", PartyRole.SOCIAL_WORKER, false, true);
        ReviewPoint point = new ReviewPoint(REVIEW_POINT, reviewAt);
        send(commands, new DraftAgreementCommand(id, new CaseReference(caseReference), AgreementKind.WORKING,
                Involvement.CIN_PLAN, PURPOSE, null, null));
        send(commands, new AddPartyCommand(id, worker));
        send(commands, new AddReviewPointCommand(id, point));
        AgreementContent content = AgreementContent.draft(AgreementKind.WORKING, Involvement.CIN_PLAN, PURPOSE, null)
                .withParty(worker)
                .withReviewPoint(point);
        send(commands, new RecordSignatureCommand(id, worker.partyId(), content.hash().value(), Instant.now()));
        return id;
    }

    private static void send(CommandGateway commands, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(AuditMetaData.USER, "pat.practitioner")
                        .and(AuditMetaData.ROLES, "ROLE_PRACTITIONER")));
    }
}
