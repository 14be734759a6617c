package uk.familyagreements.kernel.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AgreementContentTest {

    private static final Party AUNT = new Party("p-aunt", "Lola Price", PartyRole.CONNECTED_PERSON, false, true);
    private static final Party MUM = new Party("p-mum", "Tia Price", PartyRole.PARENT, true, true);
    private static final Party WORKER = new Party("p-sw", "Ben Hale", PartyRole.SOCIAL_WORKER, false, true);

    private static final Commitment AUNT_CARES = new Commitment("c-aunt", AUNT.partyId(), Undertaking.WILL,
            "look after Milo at her flat", "from Saturday 12 December at 10am", true);
    private static final Commitment WORKER_VISITS = new Commitment("c-sw", WORKER.partyId(), Undertaking.WILL,
            "visit Milo at his aunt's flat", "on Monday 14 December at 3pm", false);

    private static final Instant START = Instant.parse("2026-12-12T10:00:00Z");
    private static final Instant END = Instant.parse("2026-12-19T10:00:00Z");
    private static final Period WEEK = new Period(START, END, "From Saturday 12 December to Saturday 19 December");
    private static final ReviewPoint MONDAY = new ReviewPoint("r-mon", Instant.parse("2026-12-14T15:00:00Z"));
    private static final ReviewPoint THURSDAY = new ReviewPoint("r-thu", Instant.parse("2026-12-17T15:00:00Z"));
    private static final String CONTINGENCY = "If Milo cannot stay with Lola, we will find him a safe place that day.";
    private static final String CONSEQUENCES = "This agreement is not legally binding. If it is broken, we may go "
            + "to court.";

    private static AgreementContent drafted() {
        return AgreementContent.draft(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, "To keep Milo safe this week.",
                "Milo's mum is in hospital.");
    }

    /** The content in the order a practitioner would usually write it. */
    private static AgreementContent usual() {
        return drafted().withParty(MUM).withParty(AUNT).withParty(WORKER)
                .withCommitment(AUNT_CARES).withCommitment(WORKER_VISITS)
                .withPeriod(WEEK).withReviewPoint(MONDAY).withReviewPoint(THURSDAY)
                .withContingencyPlan(CONTINGENCY).withConsequences(CONSEQUENCES);
    }

    /**
     * The canonical form is stored indirectly: every approval and signature records the hash of the version it
     * approved or signed. If this value changes, every stored signature stops matching its version. It must never
     * change; a new canonical form needs a new, versioned hash and this test stays as it is.
     */
    @Test
    void hashOfAFixedContent_isStableForever() {
        assertThat(usual().hash().value())
                .isEqualTo("6fd056a94c013fa867958838a4adfd9d3ffb3266a9ac8bf44cc4f74cd1e4ebe3");
    }

    /** The text the golden hash above is the SHA-256 of (checked independently with sha256sum). */
    @Test
    void canonicalFormOfAFixedContent_isStableForever() {
        assertThat(usual().canonicalForm()).isEqualTo("""
                kind: WRITTEN
                involvement: SAFETY_PLAN
                purpose: To keep Milo safe this week.
                reason: Milo's mum is in hospital.
                party: p-mum|Tia Price|PARENT|victim=true|signs=true
                party: p-aunt|Lola Price|CONNECTED_PERSON|victim=false|signs=true
                party: p-sw|Ben Hale|SOCIAL_WORKER|victim=false|signs=true
                commitment: c-aunt|p-aunt|WILL|look after Milo at her flat|from Saturday 12 December at 10am|residence=true
                commitment: c-sw|p-sw|WILL|visit Milo at his aunt's flat|on Monday 14 December at 3pm|residence=false
                period: 2026-12-12T10:00:00Z|2026-12-19T10:00:00Z|From Saturday 12 December to Saturday 19 December
                review: r-mon|2026-12-14T15:00:00Z
                review: r-thu|2026-12-17T15:00:00Z
                contingency: If Milo cannot stay with Lola, we will find him a safe place that day.
                consequences: This agreement is not legally binding. If it is broken, we may go to court.
                """);
    }

    @Test
    void hash_isLowerCaseHexOfSha256() {
        assertThat(usual().hash().value()).matches("[0-9a-f]{64}");
    }

    @Test
    void independentStepsInAnotherOrder_hashTheSame() {
        AgreementContent otherOrder = drafted().withConsequences(CONSEQUENCES).withReviewPoint(THURSDAY)
                .withParty(MUM).withContingencyPlan(CONTINGENCY).withParty(AUNT).withCommitment(AUNT_CARES)
                .withPeriod(WEEK).withParty(WORKER).withReviewPoint(MONDAY).withCommitment(WORKER_VISITS);
        assertThat(otherOrder.canonicalForm()).isEqualTo(usual().canonicalForm());
        assertThat(otherOrder.hash()).isEqualTo(usual().hash());
    }

    @Test
    void reviewPointsAddedLatestFirst_areSortedByTimeAndHashTheSame() {
        AgreementContent latestFirst = drafted().withParty(MUM).withParty(AUNT).withParty(WORKER)
                .withCommitment(AUNT_CARES).withCommitment(WORKER_VISITS).withPeriod(WEEK)
                .withReviewPoint(THURSDAY).withReviewPoint(MONDAY)
                .withContingencyPlan(CONTINGENCY).withConsequences(CONSEQUENCES);
        assertThat(latestFirst.reviewPoints()).containsExactly(MONDAY, THURSDAY);
        assertThat(latestFirst.hash()).isEqualTo(usual().hash());
    }

    @Test
    void revisedCommitment_keepsItsPlaceInTheDocument() {
        Commitment reworded = new Commitment(AUNT_CARES.commitmentId(), AUNT.partyId(), Undertaking.WILL,
                "look after Milo at her flat on Elm Street", AUNT_CARES.when(), true);
        AgreementContent revised = usual().withCommitment(reworded);
        AgreementContent builtRevised = drafted().withParty(MUM).withParty(AUNT).withParty(WORKER)
                .withCommitment(reworded).withCommitment(WORKER_VISITS).withPeriod(WEEK).withReviewPoint(MONDAY)
                .withReviewPoint(THURSDAY).withContingencyPlan(CONTINGENCY).withConsequences(CONSEQUENCES);
        assertThat(revised.commitments()).extracting(Commitment::commitmentId).containsExactly("c-aunt", "c-sw");
        assertThat(revised.hash()).isEqualTo(builtRevised.hash());
    }

    @Test
    void commitmentsInAnotherOrder_hashDifferentlyBecauseTheDocumentShowsThemInOrder() {
        AgreementContent swapped = drafted().withParty(MUM).withParty(AUNT).withParty(WORKER)
                .withCommitment(WORKER_VISITS).withCommitment(AUNT_CARES).withPeriod(WEEK).withReviewPoint(MONDAY)
                .withReviewPoint(THURSDAY).withContingencyPlan(CONTINGENCY).withConsequences(CONSEQUENCES);
        assertThat(swapped.hash()).isNotEqualTo(usual().hash());
    }

    @Test
    void extraSpacesAndLineBreaksInText_hashTheSame() {
        AgreementContent spaced = AgreementContent.draft(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                        "  To keep   Milo\nsafe this week. ", "Milo's mum\r\n is in   hospital.")
                .withParty(MUM).withParty(new Party(AUNT.partyId(), "Lola  Price", AUNT.role(), false, true))
                .withParty(WORKER)
                .withCommitment(new Commitment(AUNT_CARES.commitmentId(), AUNT.partyId(), Undertaking.WILL,
                        "look after Milo\n at her flat", " from Saturday 12 December  at 10am", true))
                .withCommitment(WORKER_VISITS)
                .withPeriod(new Period(START, END, "From Saturday 12 December\tto Saturday 19 December "))
                .withReviewPoint(MONDAY).withReviewPoint(THURSDAY)
                .withContingencyPlan("\n" + CONTINGENCY.replace(" we ", "  we  ") + "\n")
                .withConsequences(CONSEQUENCES.replace(". ", ".\n\n"));
        assertThat(spaced.hash()).isEqualTo(usual().hash());
    }

    @Test
    void changingAnyWord_changesTheHash() {
        List<UnaryOperator<AgreementContent>> changes = List.of(
                c -> new AgreementContent(c.kind(), c.involvement(), "To keep Milo safe this month.", c.reason(),
                        c.parties(), c.commitments(), c.period(), c.reviewPoints(), c.contingencyPlan(),
                        c.consequences()),
                c -> new AgreementContent(c.kind(), c.involvement(), c.purpose(), "Milo's mum is at home.",
                        c.parties(), c.commitments(), c.period(), c.reviewPoints(), c.contingencyPlan(),
                        c.consequences()),
                c -> c.withCommitment(new Commitment(AUNT_CARES.commitmentId(), AUNT.partyId(), Undertaking.WILL,
                        "look after Milo at his flat", AUNT_CARES.when(), true)),
                c -> c.withCommitment(new Commitment(AUNT_CARES.commitmentId(), AUNT.partyId(), Undertaking.WILL,
                        AUNT_CARES.text(), "from Sunday 13 December at 10am", true)),
                c -> c.withContingencyPlan(CONTINGENCY.replace("that day", "next day")),
                c -> c.withConsequences(CONSEQUENCES.replace("not legally", "legally")),
                c -> c.withPeriod(new Period(START, END, "From Saturday 12 December to Friday 18 December")));
        for (UnaryOperator<AgreementContent> change : changes) {
            assertThat(change.apply(usual()).hash()).isNotEqualTo(usual().hash());
        }
    }

    @Test
    void changingWhoOrWhenOrAnyFlag_changesTheHash() {
        List<AgreementContent> changed = List.of(
                new AgreementContent(AgreementKind.WORKING, usual().involvement(), usual().purpose(), usual().reason(),
                        usual().parties(), usual().commitments(), WEEK, usual().reviewPoints(), CONTINGENCY,
                        CONSEQUENCES),
                new AgreementContent(usual().kind(), Involvement.CP_PLAN, usual().purpose(), usual().reason(),
                        usual().parties(), usual().commitments(), WEEK, usual().reviewPoints(), CONTINGENCY,
                        CONSEQUENCES),
                usual().withoutParty(MUM.partyId()).withParty(new Party(MUM.partyId(), MUM.name(), MUM.role(), false,
                        true)),
                usual().withoutCommitment(AUNT_CARES.commitmentId()),
                usual().withCommitment(new Commitment(AUNT_CARES.commitmentId(), AUNT.partyId(),
                        Undertaking.WILL_NOT, AUNT_CARES.text(), AUNT_CARES.when(), true)),
                usual().withCommitment(new Commitment(AUNT_CARES.commitmentId(), AUNT.partyId(), Undertaking.WILL,
                        AUNT_CARES.text(), AUNT_CARES.when(), false)),
                usual().withPeriod(new Period(START, END.minusSeconds(3600), WEEK.description())),
                usual().withReviewPoint(new ReviewPoint("r-wed", Instant.parse("2026-12-16T15:00:00Z"))));
        for (AgreementContent content : changed) {
            assertThat(content.hash()).isNotEqualTo(usual().hash());
        }
    }

    @Test
    void wordsMovedBetweenWhatAndWhen_hashDifferently() {
        AgreementContent a = drafted().withParty(AUNT).withCommitment(new Commitment("c-1", AUNT.partyId(),
                Undertaking.WILL, "look after Milo|at her flat", "every night", false));
        AgreementContent b = drafted().withParty(AUNT).withCommitment(new Commitment("c-1", AUNT.partyId(),
                Undertaking.WILL, "look after Milo", "at her flat|every night", false));
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    void reviewPointsAtTheSameTimeAddedInAnotherOrder_hashTheSame() {
        ReviewPoint visit = new ReviewPoint("r-visit", MONDAY.at());
        AgreementContent one = drafted().withReviewPoint(MONDAY).withReviewPoint(visit);
        AgreementContent other = drafted().withReviewPoint(visit).withReviewPoint(MONDAY);
        assertThat(one.hash()).isEqualTo(other.hash());
    }
}
