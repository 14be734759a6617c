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
            Object event = message.getPayload();
            if (event instanceof AgreementDraftedEvent drafted) {
                content = AgreementContent.draft(drafted.kind(), drafted.involvement(), drafted.purpose(),
                        drafted.reason());
            } else if (event instanceof PartyAddedEvent e) {
                content = content.withParty(e.party());
            } else if (event instanceof PartyRemovedEvent e) {
                content = content.withoutParty(e.partyId());
            } else if (event instanceof CommitmentAddedEvent e) {
                content = content.withCommitment(e.commitment());
            } else if (event instanceof CommitmentRevisedEvent e) {
                content = content.withCommitment(e.commitment());
            } else if (event instanceof CommitmentRemovedEvent e) {
                content = content.withoutCommitment(e.commitmentId());
            } else if (event instanceof PeriodSetEvent e) {
                content = content.withPeriod(e.period());
            } else if (event instanceof ReviewPointAddedEvent e) {
                content = content.withReviewPoint(e.reviewPoint());
            } else if (event instanceof ContingencyPlanSetEvent e) {
                content = content.withContingencyPlan(e.contingencyPlan());
            } else if (event instanceof ConsequencesSetEvent e) {
                content = content.withConsequences(e.consequences());
            }
        }
        return content;
    }
}
