package uk.familyagreements.command.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.familyagreements.kernel.agreement.AgreementApprovedEvent;
import uk.familyagreements.kernel.agreement.AgreementCameIntoForceEvent;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.CommitmentAddedEvent;
import uk.familyagreements.kernel.agreement.ConsentCheck;
import uk.familyagreements.kernel.agreement.ConsentCheckRecordedEvent;
import uk.familyagreements.kernel.agreement.ConsequencesSetEvent;
import uk.familyagreements.kernel.agreement.ContentHash;
import uk.familyagreements.kernel.agreement.ContingencyPlanSetEvent;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyAddedEvent;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.PeriodSetEvent;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.ReviewPointAddedEvent;
import uk.familyagreements.kernel.agreement.SignatureRecordedEvent;
import uk.familyagreements.kernel.agreement.Undertaking;
import uk.familyagreements.kernel.agreement.Understanding;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * One family's agreements, as event histories and as the content those histories fold to. Jade Carter is Leo's
 * mum; Sam Okafor is the social worker; Maureen Carter is Leo's gran. Every text here is plain English and says
 * when, so the guidance raises no warning unless a test adds one on purpose.
 */
final class AgreementStories {

    static final AgreementId ID = new AgreementId("agreement-leo-1");
    static final CaseReference CASE = new CaseReference("CASE-2026-0042");

    /** Metadata as the dispatch interceptor writes it: the user name and the sorted authorities, comma-joined. */
    static final Map<String, Object> PRACTITIONER = Map.of(AuditMetaData.USER, "sam.okafor",
            AuditMetaData.ROLES, "ROLE_PRACTITIONER");
    static final Map<String, Object> MANAGER = Map.of(AuditMetaData.USER, "priya.manager",
            AuditMetaData.ROLES, "ROLE_TEAM_MANAGER");

    static final Party MUM = new Party("p-mum", "Jade Carter", PartyRole.PARENT, false, true);
    static final Party SOCIAL_WORKER = new Party("p-sw", "Sam Okafor", PartyRole.SOCIAL_WORKER, false, true);
    static final Party GRAN = new Party("p-gran", "Maureen Carter", PartyRole.CONNECTED_PERSON, false, true);

    static final String WRITTEN_PURPOSE = "To keep Leo safe at home while we work together.";
    static final String WRITTEN_REASON = "Leo was left alone at home overnight last week.";
    static final String WORKING_PURPOSE = "To find out what help Leo and his mum need.";
    static final String WORKING_REASON = "Leo's nursery told us he often arrives hungry.";
    static final LocalDate ASSESSMENT_STARTED = LocalDate.of(2026, 11, 30);

    static final Commitment MUM_STAYS = new Commitment("c-mum", MUM.partyId(), Undertaking.WILL_NOT,
            "leave Leo alone at home", "at any time during this agreement", false);
    static final Commitment WORKER_PHONES = new Commitment("c-sw", SOCIAL_WORKER.partyId(), Undertaking.WILL,
            "phone Jade to check how things are going", "every evening at 6pm", false);
    static final Commitment MUM_NURSERY = new Commitment("c-mum-nursery", MUM.partyId(), Undertaking.WILL,
            "take Leo to nursery with breakfast eaten", "by 9am every weekday", false);
    static final Commitment WORKER_VISITS = new Commitment("c-sw-visit", SOCIAL_WORKER.partyId(), Undertaking.WILL,
            "visit Leo and his mum at home", "every Tuesday at 4pm", false);
    static final Commitment GRAN_HAS_LEO = new Commitment("c-gran", GRAN.partyId(), Undertaking.WILL,
            "have Leo living with her at 12 Oak Road", "every night until the review on Monday 7 December", true);

    static final Instant START = Instant.parse("2026-12-04T18:00:00Z");
    static final Instant END = Instant.parse("2026-12-11T18:00:00Z");
    static final Period PERIOD = new Period(START, END, "From Friday 4 December at 6pm to Friday 11 December at 6pm");
    static final ReviewPoint REVIEW = new ReviewPoint("r-monday", Instant.parse("2026-12-07T10:00:00Z"));
    static final String CONTINGENCY = "If this is not kept, we will meet you the same day to agree how to keep Leo "
            + "safe.";
    static final String CONSEQUENCES = "This agreement is not legally binding. If it is broken, we may ask a court "
            + "to decide what is best for Leo.";

    static final ConsentCheck FREELY_GIVEN = new ConsentCheck(Understanding.READ_IT_THEMSELVES, "English", false,
            false, true, true, true);
    static final ConsentCheck UNDER_PRESSURE = new ConsentCheck(Understanding.READ_TO_THEM, "English", false, false,
            true, true, false);

    static final Instant MUM_SIGNED_AT = Instant.parse("2026-12-04T17:00:00Z");
    static final Instant WORKER_SIGNED_AT = Instant.parse("2026-12-04T17:05:00Z");

    private AgreementStories() {
    }

    // ---- Content, folded the way the aggregate folds its events ------------------------------------------------

    static AgreementContent writtenContent() {
        return AgreementContent.draft(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, WRITTEN_PURPOSE, WRITTEN_REASON)
                .withParty(MUM).withParty(SOCIAL_WORKER)
                .withCommitment(MUM_STAYS).withCommitment(WORKER_PHONES)
                .withPeriod(PERIOD).withReviewPoint(REVIEW)
                .withContingencyPlan(CONTINGENCY).withConsequences(CONSEQUENCES);
    }

    static ContentHash writtenHash() {
        return writtenContent().hash();
    }

    static AgreementContent workingContent() {
        return AgreementContent.draft(AgreementKind.WORKING, Involvement.CIN_ASSESSMENT, WORKING_PURPOSE,
                        WORKING_REASON)
                .withParty(MUM).withParty(SOCIAL_WORKER)
                .withCommitment(MUM_NURSERY).withCommitment(WORKER_VISITS);
    }

    static ContentHash workingHash() {
        return workingContent().hash();
    }

    // ---- Histories ------------------------------------------------------------------------------------------------

    static AgreementDraftedEvent writtenDrafted() {
        return new AgreementDraftedEvent(ID, CASE, AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, WRITTEN_PURPOSE,
                WRITTEN_REASON, null);
    }

    static AgreementDraftedEvent workingDrafted() {
        return new AgreementDraftedEvent(ID, CASE, AgreementKind.WORKING, Involvement.CIN_ASSESSMENT, WORKING_PURPOSE,
                WORKING_REASON, ASSESSMENT_STARTED);
    }

    /** A written agreement with everything the guidance asks for, not yet approved. */
    static List<Object> completeWrittenDraft() {
        return List.of(writtenDrafted(),
                new PartyAddedEvent(ID, 1, MUM),
                new PartyAddedEvent(ID, 1, SOCIAL_WORKER),
                new CommitmentAddedEvent(ID, 1, MUM_STAYS),
                new CommitmentAddedEvent(ID, 1, WORKER_PHONES),
                new PeriodSetEvent(ID, 1, PERIOD),
                new ReviewPointAddedEvent(ID, 1, REVIEW),
                new ContingencyPlanSetEvent(ID, 1, CONTINGENCY),
                new ConsequencesSetEvent(ID, 1, CONSEQUENCES));
    }

    /** The complete written draft without the events of the given types: a draft missing those parts. */
    static List<Object> writtenDraftWithout(Class<?>... missing) {
        List<Object> events = new ArrayList<>(completeWrittenDraft());
        events.removeIf(e -> List.of(missing).contains(e.getClass()));
        return events;
    }

    static List<Object> approvedWritten() {
        return concat(completeWrittenDraft(),
                new AgreementApprovedEvent(ID, 1, writtenHash(), "priya.manager", null));
    }

    static List<Object> approvedWrittenWithMumsConsent() {
        return concat(approvedWritten(), new ConsentCheckRecordedEvent(ID, 1, MUM.partyId(), FREELY_GIVEN));
    }

    static List<Object> writtenSignedByMum() {
        return concat(approvedWrittenWithMumsConsent(),
                new SignatureRecordedEvent(ID, 1, MUM.partyId(), writtenHash(), MUM_SIGNED_AT));
    }

    static List<Object> writtenInForce() {
        return concat(writtenSignedByMum(),
                new SignatureRecordedEvent(ID, 1, SOCIAL_WORKER.partyId(), writtenHash(), WORKER_SIGNED_AT),
                new AgreementCameIntoForceEvent(ID, CASE, AgreementKind.WRITTEN, 1, writtenHash(), WORKER_SIGNED_AT,
                        PERIOD, List.of(REVIEW)));
    }

    static List<Object> workingDraft() {
        return List.of(workingDrafted(),
                new PartyAddedEvent(ID, 1, MUM),
                new PartyAddedEvent(ID, 1, SOCIAL_WORKER),
                new CommitmentAddedEvent(ID, 1, MUM_NURSERY),
                new CommitmentAddedEvent(ID, 1, WORKER_VISITS));
    }

    static List<Object> workingSignedByMum() {
        return concat(workingDraft(),
                new ConsentCheckRecordedEvent(ID, 1, MUM.partyId(), FREELY_GIVEN),
                new SignatureRecordedEvent(ID, 1, MUM.partyId(), workingHash(), MUM_SIGNED_AT));
    }

    static List<Object> concat(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    /** The aggregate version after this history: the sequence number of its last event. */
    static long versionAfter(List<Object> history) {
        return history.size() - 1L;
    }
}
