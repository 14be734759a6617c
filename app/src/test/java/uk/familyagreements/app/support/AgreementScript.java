package uk.familyagreements.app.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import uk.familyagreements.kernel.agreement.*;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * Builds agreements through the command gateway as named users, for tests that need an agreement in a given state
 * without going through HTTP. Content is written for these tests: a father living away while an enquiry finishes.
 */
public final class AgreementScript {

    public static final String PRACTITIONER = IntegrationTest.PRACTITIONER;
    public static final String MANAGER = IntegrationTest.MANAGER;

    private final CommandGateway commands;

    public AgreementScript(CommandGateway commands) {
        this.commands = commands;
    }

    public Object send(String user, String roles, Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(AuditMetaData.USER, user).and(AuditMetaData.ROLES, roles)));
    }

    /** A complete written agreement, drafted but not yet approved. Answers its id. */
    public AgreementId completeWrittenDraft(String caseReference, Instant start) {
        AgreementId id = AgreementId.random();
        send(PRACTITIONER, "ROLE_PRACTITIONER", new DraftAgreementCommand(id, new CaseReference(caseReference),
                AgreementKind.WRITTEN, Involvement.SECTION_47_ENQUIRY,
                "Keep Ava safe while the police finish looking into what happened",
                "Ava told her teacher that her father hit her.", null));
        for (Object command : completeWrittenContent(id, start)) {
            send(PRACTITIONER, "ROLE_PRACTITIONER", command);
        }
        return id;
    }

    public static List<Object> completeWrittenContent(AgreementId id, Instant start) {
        return List.of(
                new AddPartyCommand(id, new Party("father", "Tom Hale", PartyRole.PARENT, false, true)),
                new AddPartyCommand(id, new Party("mother", "Lucy Hale", PartyRole.PARENT, false, true)),
                new AddPartyCommand(id, new Party("worker", "Priya Shah", PartyRole.SOCIAL_WORKER, false, true)),
                new AddCommitmentCommand(id, new Commitment("f-1", "father", Undertaking.WILL,
                        "stay with his brother at 12 Elm Road", "until the review on Monday at 10am", false)),
                new AddCommitmentCommand(id, new Commitment("m-1", "mother", Undertaking.WILL,
                        "take Ava to her doctor's appointment", "on Thursday at 2pm", false)),
                new AddCommitmentCommand(id, new Commitment("w-1", "worker", Undertaking.WILL,
                        "phone Lucy to check how Ava is", "every day before 5pm", false)),
                new SetPeriodCommand(id, new Period(start, start.plus(Duration.ofDays(4)),
                        "from Friday evening until Tuesday evening")),
                new AddReviewPointCommand(id, new ReviewPoint("review-1", start.plus(Duration.ofDays(3)))),
                new SetContingencyPlanCommand(id, "If this agreement is not kept, we will meet straight away to "
                        + "decide how to keep Ava safe. This could mean asking a court for help."),
                new SetConsequencesCommand(id, "This agreement is not legally binding. If it is broken, we may "
                        + "tell a court about it if we go to court."));
    }
}
