package uk.familyagreements.app.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.familyagreements.kernel.agreement.*;

/** Folds an agreement's stored events into the content of its latest version, as any reader of the store can. */
public final class ContentFromEvents {

    private ContentFromEvents() {
    }

    public static AgreementContent latest(EventStore eventStore, AgreementId id) {
        AgreementContent content = null;
        for (DomainEventMessage<?> message : eventStore.readEvents(id.value()).asStream().toList()) {
            content = apply(content, message.getPayload());
        }
        return content;
    }

    /** One event's effect on the content; events that are not about content leave it as it is. */
    public static AgreementContent apply(AgreementContent content, Object event) {
        if (event instanceof AgreementDraftedEvent drafted) {
            return AgreementContent.draft(drafted.kind(), drafted.involvement(), drafted.purpose(), drafted.reason());
        } else if (event instanceof PartyAddedEvent e) {
            return content.withParty(e.party());
        } else if (event instanceof PartyRemovedEvent e) {
            return content.withoutParty(e.partyId());
        } else if (event instanceof CommitmentAddedEvent e) {
            return content.withCommitment(e.commitment());
        } else if (event instanceof CommitmentRevisedEvent e) {
            return content.withCommitment(e.commitment());
        } else if (event instanceof CommitmentRemovedEvent e) {
            return content.withoutCommitment(e.commitmentId());
        } else if (event instanceof PeriodSetEvent e) {
            return content.withPeriod(e.period());
        } else if (event instanceof ReviewPointAddedEvent e) {
            return content.withReviewPoint(e.reviewPoint());
        } else if (event instanceof ContingencyPlanSetEvent e) {
            return content.withContingencyPlan(e.contingencyPlan());
        } else if (event instanceof ConsequencesSetEvent e) {
            return content.withConsequences(e.consequences());
        }
        return content;
    }
}
