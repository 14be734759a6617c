package uk.familyagreements.app.commands;

import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.beans.factory.annotation.Autowired;
import uk.familyagreements.app.support.IntegrationTest;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.CommitmentAddedEvent;
import uk.familyagreements.kernel.agreement.CommitmentRemovedEvent;
import uk.familyagreements.kernel.agreement.CommitmentRevisedEvent;
import uk.familyagreements.kernel.agreement.ConsequencesSetEvent;
import uk.familyagreements.kernel.agreement.ContingencyPlanSetEvent;
import uk.familyagreements.kernel.agreement.PartyAddedEvent;
import uk.familyagreements.kernel.agreement.PartyRemovedEvent;
import uk.familyagreements.kernel.agreement.PeriodSetEvent;
import uk.familyagreements.kernel.agreement.ReviewPointAddedEvent;

/** What the command API tests share: clients for the two demo users, and a look into the event store. */
abstract class CommandApiTest extends IntegrationTest {

    @Autowired
    private EventStore eventStore;

    protected Commands practitioner() {
        return new Commands(asPractitioner());
    }

    protected Commands manager() {
        return new Commands(asManager());
    }

    /** A consent check on which a family member may sign: every question answered as the guidance asks. */
    protected static Map<String, Object> consentGiven(String partyId, String understanding) {
        return Map.of("partyId", partyId, "understanding", understanding, "capacityInDoubt", false,
                "advisedToSeekLegalAdvice", true, "toldMayBringSupporter", true, "signingFreely", true);
    }

    protected long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregateId).query(Long.class).single();
    }

    protected long eventsOfType(String aggregateId, String eventClass) {
        return jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = :id AND payload_type = :type""")
                .param("id", aggregateId).param("type", "uk.familyagreements.kernel." + eventClass)
                .query(Long.class).single();
    }

    /**
     * The content hash of the agreement's current version, as the family would see it printed: the content folded
     * from the stored events, hashed by the same canonical form the aggregate uses.
     */
    protected String currentContentHash(String agreementId) {
        AgreementContent content = null;
        for (Object event : eventStore.readEvents(agreementId).asStream().map(Message::getPayload).toList()) {
            if (event instanceof AgreementDraftedEvent e) {
                content = AgreementContent.draft(e.kind(), e.involvement(), e.purpose(), e.reason());
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
        return content.hash().value();
    }

    /** The metadata of the agreement's latest event, as stored. */
    protected String latestMetaData(String aggregateId) {
        return jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = :id ORDER BY sequence_number DESC LIMIT 1""")
                .param("id", aggregateId).query(String.class).single();
    }
}
