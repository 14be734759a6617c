package uk.familyagreements.query.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.BreachRecordedEvent;
import uk.familyagreements.kernel.agreement.CommitmentAddedEvent;
import uk.familyagreements.kernel.agreement.CommitmentRemovedEvent;
import uk.familyagreements.kernel.agreement.CommitmentRevisedEvent;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.ConsequencesSetEvent;
import uk.familyagreements.kernel.agreement.ContingencyPlanSetEvent;
import uk.familyagreements.kernel.agreement.EscalationDecisionRecordedEvent;
import uk.familyagreements.kernel.agreement.EscalationRaisedEvent;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyAddedEvent;
import uk.familyagreements.kernel.agreement.PartyRemovedEvent;
import uk.familyagreements.kernel.agreement.PeriodSetEvent;
import uk.familyagreements.kernel.agreement.ReviewPointAddedEvent;
import uk.familyagreements.kernel.agreement.WarningsRecordedEvent;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;

/**
 * What an event did, in words, and which content fields it set to which values (a removed thing sets its fields to
 * null). Pure: the projection compares these values with the ones it remembers to write "from" and "to".
 */
final class AuditDescription {

    private AuditDescription() {
    }

    /** The fields an event sets, by the names the API uses (e.g. {@code commitments[c-1].text}). */
    static Map<String, String> fields(Object event) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (event instanceof AgreementDraftedEvent e) {
            fields.put("kind", e.kind().name());
            fields.put("involvement", e.involvement() == null ? null : e.involvement().name());
            fields.put("purpose", e.purpose());
            fields.put("reason", e.reason());
        } else if (event instanceof PartyAddedEvent e) {
            party(fields, e.party().partyId(), e.party());
        } else if (event instanceof PartyRemovedEvent e) {
            party(fields, e.partyId(), null);
        } else if (event instanceof CommitmentAddedEvent e) {
            commitment(fields, e.commitment().commitmentId(), e.commitment());
        } else if (event instanceof CommitmentRevisedEvent e) {
            commitment(fields, e.commitment().commitmentId(), e.commitment());
        } else if (event instanceof CommitmentRemovedEvent e) {
            commitment(fields, e.commitmentId(), null);
        } else if (event instanceof PeriodSetEvent e) {
            fields.put("period.start", e.period() == null ? null : string(e.period().start()));
            fields.put("period.end", e.period() == null ? null : string(e.period().end()));
            fields.put("period.description", e.period() == null ? null : e.period().description());
        } else if (event instanceof ReviewPointAddedEvent e) {
            fields.put("reviewPoints[" + e.reviewPoint().reviewPointId() + "].at", string(e.reviewPoint().at()));
        } else if (event instanceof ContingencyPlanSetEvent e) {
            fields.put("contingencyPlan", e.contingencyPlan());
        } else if (event instanceof ConsequencesSetEvent e) {
            fields.put("consequences", e.consequences());
        } else if (event instanceof WarningsRecordedEvent e) {
            fields.put("warnings", e.warnings() == null ? "" : e.warnings().stream()
                    .map(w -> w.code().name() + " on " + w.field()).collect(Collectors.joining(", ")));
        } else if (event instanceof CaseOpenedEvent e) {
            fields.put("practitioner", e.practitioner());
            fields.put("team", e.team());
        } else if (event instanceof CaseAllocatedEvent e) {
            fields.put("practitioner", e.practitioner());
            fields.put("team", e.team());
        }
        return fields;
    }

    /** One line saying what happened, for the trail's "what" column. */
    static String summary(Object event) {
        String name = event.getClass().getSimpleName().replaceAll("Event$", "");
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        String sentence = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        if (event instanceof BreachRecordedEvent e) {
            return sentence + ": " + e.whatHappened();
        }
        if (event instanceof EscalationRaisedEvent e) {
            return sentence + ": " + e.cause() + " to " + e.level();
        }
        if (event instanceof EscalationDecisionRecordedEvent e) {
            return sentence + ": " + e.decision();
        }
        return sentence;
    }

    private static void party(Map<String, String> fields, String id, Party party) {
        String prefix = "parties[" + id + "].";
        fields.put(prefix + "name", party == null ? null : party.name());
        fields.put(prefix + "role", party == null ? null : party.role().name());
        fields.put(prefix + "signs", party == null ? null : Boolean.toString(party.signs()));
        fields.put(prefix + "victimOfDomesticAbuse", party == null ? null
                : Boolean.toString(party.victimOfDomesticAbuse()));
    }

    private static void commitment(Map<String, String> fields, String id, Commitment commitment) {
        String prefix = "commitments[" + id + "].";
        fields.put(prefix + "owner", commitment == null ? null : commitment.ownerPartyId());
        fields.put(prefix + "undertaking", commitment == null || commitment.undertaking() == null ? null
                : commitment.undertaking().name());
        fields.put(prefix + "text", commitment == null ? null : commitment.text());
        fields.put(prefix + "when", commitment == null ? null : commitment.when());
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
