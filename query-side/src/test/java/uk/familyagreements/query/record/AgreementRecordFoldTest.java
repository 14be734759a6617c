package uk.familyagreements.query.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.familyagreements.kernel.agreement.AgreementCameIntoForceEvent;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.AgreementVariedEvent;
import uk.familyagreements.kernel.agreement.BreachRecordedEvent;
import uk.familyagreements.kernel.agreement.CommitmentAddedEvent;
import uk.familyagreements.kernel.agreement.CommitmentRevisedEvent;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.ContentHash;
import uk.familyagreements.kernel.agreement.EscalationCause;
import uk.familyagreements.kernel.agreement.EscalationDecisionRecordedEvent;
import uk.familyagreements.kernel.agreement.EscalationLevel;
import uk.familyagreements.kernel.agreement.EscalationRaisedEvent;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyAddedEvent;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.SignatureRecordedEvent;
import uk.familyagreements.kernel.agreement.Undertaking;
import uk.familyagreements.kernel.cases.CaseReference;

class AgreementRecordFoldTest {

    private static final AgreementId ID = new AgreementId("a-1");
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private final AgreementRecord record = new AgreementRecord();
    private long seq = -1;

    private void apply(Object event, String user) {
        seq++;
        AgreementRecordFold.apply(record, event, new AgreementRecordFold.Meta(seq, T0.plusSeconds(seq * 3600), user));
    }

    private void draftAndSign() {
        apply(new AgreementDraftedEvent(ID, new CaseReference("C-1"), AgreementKind.WORKING, Involvement.CIN_PLAN,
                "Help Mia settle at school", null, null), "sam");
        apply(new PartyAddedEvent(ID, 1, new Party("p-1", "Anna Jones", PartyRole.PARENT, false, true)), "sam");
        apply(new CommitmentAddedEvent(ID, 1, new Commitment("c-1", "p-1", Undertaking.WILL,
                "take Mia to school", "every weekday", false)), "sam");
        apply(new SignatureRecordedEvent(ID, 1, "p-1", new ContentHash("h1"), T0.plusSeconds(10_000)), "sam");
        apply(new AgreementCameIntoForceEvent(ID, new CaseReference("C-1"), AgreementKind.WORKING, 1,
                new ContentHash("h1"), T0.plusSeconds(10_000), null, List.of()), "sam");
    }

    @Test
    void signaturesKeepTheHashTheySignedAndTheVersionComesIntoForce() {
        draftAndSign();

        assertThat(record.status).isEqualTo("IN_FORCE");
        assertThat(record.inForceVersion).isEqualTo(1);
        assertThat(record.version(1).signatures).singleElement()
                .satisfies(s -> assertThat(s.contentHash()).isEqualTo("h1"));
        assertThat(record.timeline).extracting(AgreementRecord.TimelineEntry::what)
                .contains("Anna Jones signed version 1", "Version 1 came into force");
    }

    @Test
    void aVariationOpensANewVersionFromThePreviousContentAndLeavesTheOldOneIntact() {
        draftAndSign();
        apply(new AgreementVariedEvent(ID, 2, 1, "School changed"), "sam");
        apply(new CommitmentRevisedEvent(ID, 2, new Commitment("c-1", "p-1", Undertaking.WILL,
                "take Mia to her new school", "every weekday", false)), "sam");

        assertThat(record.currentVersion).isEqualTo(2);
        assertThat(record.inForceVersion).isEqualTo(1);
        assertThat(record.version(1).commitments.get("c-1").text()).isEqualTo("take Mia to school");
        assertThat(record.version(2).commitments.get("c-1").text()).isEqualTo("take Mia to her new school");
        assertThat(record.version(2).signatures).isEmpty();
        assertThat(record.version(2).variationReason).isEqualTo("School changed");
    }

    @Test
    void aBreachItsEscalationLadderAndTheDecisionAreKeptTogether() {
        draftAndSign();
        apply(new BreachRecordedEvent(ID, "b-1", "c-1", "p-1", T0, "school", "Mia missed two days"), "sam");
        apply(new EscalationRaisedEvent(ID, new CaseReference("C-1"), "breach-b-1", EscalationCause.BREACH,
                EscalationLevel.TEAM_MANAGER, "b-1", T0.plusSeconds(86_400)), "sam");
        apply(new EscalationRaisedEvent(ID, new CaseReference("C-1"), "breach-b-1", EscalationCause.DECISION_OVERDUE,
                EscalationLevel.SERVICE_MANAGER, "b-1", T0.plusSeconds(172_800)), "system:deadlines");
        apply(new EscalationDecisionRecordedEvent(ID, "breach-b-1", "Strategy discussion", "tara"), "tara");

        assertThat(record.breaches).singleElement().satisfies(b -> assertThat(b.whatHappened())
                .isEqualTo("Mia missed two days"));
        assertThat(record.escalations).singleElement().satisfies(e -> {
            assertThat(e.levels).containsExactly("TEAM_MANAGER", "SERVICE_MANAGER");
            assertThat(e.cause).isEqualTo("BREACH");
            assertThat(e.decision).isEqualTo("Strategy discussion");
            assertThat(e.decidedBy).isEqualTo("tara");
        });
    }

    @Test
    void anEventAppliedTwiceChangesNothing() {
        draftAndSign();
        int timeline = record.timeline.size();

        AgreementRecordFold.apply(record, new SignatureRecordedEvent(ID, 1, "p-1", new ContentHash("h1"), T0),
                new AgreementRecordFold.Meta(3, T0, "sam"));

        assertThat(record.version(1).signatures).hasSize(1);
        assertThat(record.timeline).hasSize(timeline);
    }
}
