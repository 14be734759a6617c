package uk.familyagreements.command.agreement.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.familyagreements.command.agreement.guidance.Fixtures.KERRY;
import static uk.familyagreements.command.agreement.guidance.Fixtures.agreementWith;
import static uk.familyagreements.command.agreement.guidance.Fixtures.will;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.Undertaking;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

class GuidanceCheckerTest {

    private final GuidanceChecker checker = new GuidanceChecker();

    /**
     * A safety agreement shaped like the model in the safeguarding partnership's procedure: a father living away
     * while an allegation is looked into, a mother who is a victim of domestic abuse caring for the child, and a
     * social worker, with the same kinds of commitment, in our own words.
     */
    static AgreementContent fatherLivingAwayAgreement() {
        Party daniel = new Party("p-daniel", "Mr Daniel Price", PartyRole.PARENT, false, true);
        Party amy = new Party("p-amy", "Ms Amy Price", PartyRole.PARENT, true, true);
        Party ruth = new Party("p-ruth", "Ruth Okafor", PartyRole.SOCIAL_WORKER, false, true);
        List<Commitment> commitments = List.of(
                c("d-1", daniel, Undertaking.WILL, "stay with his sister at 12 Orchard Road and not live at the "
                        + "family home", "during this agreement"),
                c("d-2", daniel, Undertaking.WILL, "tell the social worker before he moves anywhere else", ""),
                c("d-3", daniel, Undertaking.WILL_NOT, "go to the family home, or try to see or contact Leo, unless "
                        + "the social worker has agreed and someone other than Amy supervises", ""),
                c("a-1", amy, Undertaking.WILL, "keep living at the family home and look after Leo",
                        "during this agreement"),
                c("a-2", amy, Undertaking.WILL_NOT, "allow any contact between Leo and Daniel unless the social "
                        + "worker has agreed it first and it is supervised", "during this agreement"),
                c("a-3", amy, Undertaking.WILL, "tell the social worker straight away about any worries she has "
                        + "about Leo's health or safety", ""),
                c("a-4", amy, Undertaking.WILL, "take Leo to the Riverside Health Centre for a check-up",
                        "Saturday 5 December at 11am"),
                c("a-5", amy, Undertaking.WILL, "make sure Leo keeps going to nursery", ""),
                c("r-1", ruth, Undertaking.WILL, "book Leo's check-up and go to it with Amy",
                        "Saturday 5 December at 11am"),
                c("r-2", ruth, Undertaking.WILL, "phone the nursery to explain what is happening and that Daniel "
                        + "must not see Leo there", "by 5pm on Friday 4 December"),
                c("r-3", ruth, Undertaking.WILL, "keep in touch with the police so that their enquiries are "
                        + "finished as quickly as they can be", ""),
                c("r-4", ruth, Undertaking.WILL, "arrange a meeting with Amy, Daniel and the other professionals "
                        + "to agree a plan that will replace this agreement", "by Friday 11 December"));
        Instant start = Instant.parse("2026-12-04T18:00:00Z");
        Instant review = Instant.parse("2026-12-07T10:00:00Z");
        return new AgreementContent(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                "To keep Leo safe while the police and children's services find out what happened to him.",
                "Leo's nursery saw a bruise on his arm, and Leo said his dad did it. We need to look into this "
                        + "properly. Until we have done so, it is not safe for Daniel to live at home.",
                List.of(daniel, amy, ruth), commitments,
                new Period(start, Instant.parse("2026-12-11T17:00:00Z"),
                        "From 6pm on Friday 4 December until 5pm on Friday 11 December."),
                List.of(new ReviewPoint("rv-1", review)),
                "If this agreement is not kept, children's services will think again about how to keep Leo safe "
                        + "while the enquiries finish. This could mean asking a court to let Leo live away from "
                        + "his parents for a time.",
                "This agreement is not legally binding. If it is broken, we may tell a court about it if we go "
                        + "to court about Leo's care.");
    }

    private static Commitment c(String id, Party owner, Undertaking undertaking, String text, String when) {
        return new Commitment(id, owner.partyId(), undertaking, text, when, false);
    }

    @Test
    void modelAgreementRaisesOnlyWhatItReallyContains() {
        assertThat(checker.warnings(fatherLivingAwayAgreement()))
                .extracting(RuleViolation::code, RuleViolation::field)
                .containsExactly(
                        tuple(RuleCode.NOT_TIME_BOUND, "commitments[d-3].when"),
                        tuple(RuleCode.NOT_TIME_BOUND, "commitments[a-5].when"),
                        tuple(RuleCode.NOT_TIME_BOUND, "commitments[r-3].when"),
                        tuple(RuleCode.VICTIM_MADE_RESPONSIBLE, "commitments[a-2].text"));
    }

    @Test
    void modelAgreementHasNoVagueTimescale() {
        assertThat(checker.vagueTimescales(fatherLivingAwayAgreement())).isEmpty();
    }

    @Test
    void ordersWarningsByRuleThenByPlaceInTheDocument() {
        var content = agreementWith(
                will("c-1", KERRY, "not allow Tom to see Mia", "during this agreement"),
                will("c-2", KERRY, "go to the TAC meeting"))
                .withContingencyPlan("The CP team will be told.");

        assertThat(checker.warnings(content)).extracting(RuleViolation::code, RuleViolation::field)
                .containsExactly(
                        tuple(RuleCode.JARGON, "commitments[c-2].text"),
                        tuple(RuleCode.JARGON, "contingencyPlan"),
                        tuple(RuleCode.NOT_TIME_BOUND, "commitments[c-2].when"),
                        tuple(RuleCode.VICTIM_MADE_RESPONSIBLE, "commitments[c-1].text"));
    }

    @Test
    void checksSingleCommitmentPeriodAndTextForVagueTimescales() {
        assertThat(checker.vagueTimescales(will("c-9", KERRY, "see the counsellor", "ongoing")))
                .extracting(RuleViolation::field).containsExactly("commitments[c-9].when");
        assertThat(checker.vagueTimescales(new Period(Fixtures.FRIDAY_6PM, Fixtures.MONDAY_10AM, "Indefinitely")))
                .extracting(RuleViolation::field).containsExactly("period.description");
        assertThat(checker.vagueTimescales("purpose", "Until further notice."))
                .extracting(RuleViolation::code).containsExactly(RuleCode.VAGUE_TIMESCALE);
    }

    @Test
    void warningsAreNeverBlockingAndVagueTimescalesAlwaysAre() {
        var content = agreementWith(will("c-1", KERRY, "see the CAMHS worker for now"));
        List<RuleViolation> all = new ArrayList<>(checker.warnings(content));
        all.addAll(checker.vagueTimescales(content));

        assertThat(all).filteredOn(RuleViolation::isBlocking).extracting(RuleViolation::code)
                .containsOnly(RuleCode.VAGUE_TIMESCALE);
        assertThat(checker.warnings(content)).noneMatch(RuleViolation::isBlocking).isNotEmpty();
    }

    @ParameterizedTest(name = "plain: \"{0}\"")
    @ValueSource(strings = {
        "call 999 straight away if Tom comes to the house",
        "tell the social worker if Tom phones or sends her a message during this agreement",
        "take Mia to nursery every weekday morning",
        "be at home for the visit on Tuesday 8 December at 2pm",
        "bring Mia to her dentist appointment on 14 January",
        "let the social worker see Mia on her own at each visit",
        "keep her phone switched on and charged at all times",
        "go to the first meeting of the Freedom Programme on Thursday evening",
        "tell the nursery by 9am tomorrow who is allowed to collect Mia",
        "stay with her mother at 3 Elm Close until the review on Monday",
        "ask the women's refuge for help tonight if she feels unsafe",
        "keep going to her counselling sessions every Wednesday",
        "make sure Mia has her inhaler with her each day",
        "read the letter from the school with the social worker at the next visit",
        "tell the police about the messages she received on Sunday",
        "help with the ongoing police enquiry and give a statement this week",
        "while the police enquiry is ongoing, not post about it on social media",
        "phone the social worker within 24 hours if she changes her address",
        "collect Mia from school at 3.15pm each day",
        "keep Mia's appointments with the health visitor during this agreement",
        "not drink alcohol while she is looking after Mia",
        "keep the back door locked at night",
        "give her permanent address to the housing officer by Friday",
        "meet the family support worker on 10 March at 11am",
        "go with Mia to the hospital appointment on Wednesday 9 December",
        "put Mia to bed by 7.30pm on school nights",
        "tell the social worker at once if anyone threatens her or Mia",
        "stop smoking in the house from Saturday",
        "bring Mia's red book to the next appointment",
        "agree with the social worker on Monday who can babysit Mia",
        "sign up for the parenting course before the review",
        "talk to her GP about how she is sleeping within two weeks",
        "see the housing officer about moving home this week",
        "keep a note of any calls or messages from Tom each day",
        "keep in touch with the social worker by phone every two days"
    })
    void plainEnglishCommitmentByAVictimRaisesNothing(String text) {
        var content = agreementWith(will("c-1", KERRY, text));

        assertThat(checker.warnings(content)).isEmpty();
        assertThat(checker.vagueTimescales(content)).isEmpty();
    }

    @ParameterizedTest(name = "{1}: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            live away from the family home until further notice                    | VAGUE_TIMESCALE
            see the counsellor on an ongoing basis                                 | VAGUE_TIMESCALE
            stay at her mother's for the foreseeable future                        | VAGUE_TIMESCALE
            keep Mia at home for as long as needed                                 | VAGUE_TIMESCALE
            stay in the refuge until things improve                                | VAGUE_TIMESCALE
            work with the CIN plan during this agreement                           | JARGON
            answer questions in the s.47 enquiry on Monday                         | JARGON
            speak to the LADO about the nursery worker by Friday                   | JARGON
            go to the core group meeting on 3 March                                | JARGON
            tell the IRO her views before the review                               | JARGON
            engage with services                                                   | NOT_TIME_BOUND
            work openly with professionals                                         | NOT_TIME_BOUND
            not allow any contact between Mia and Tom during this agreement        | VICTIM_MADE_RESPONSIBLE
            make sure Tom does not come to the house during this agreement         | VICTIM_MADE_RESPONSIBLE
            stop him from seeing Mia during this agreement                         | VICTIM_MADE_RESPONSIBLE
            keep Tom away from Mia at all times                                    | VICTIM_MADE_RESPONSIBLE
            prevent her partner from visiting during this agreement                | VICTIM_MADE_RESPONSIBLE
            """)
    void flaggedPhrasingRaisesItsRule(String text, RuleCode expected) {
        var content = agreementWith(will("c-1", KERRY, text));
        List<RuleViolation> all = new ArrayList<>(checker.vagueTimescales(content));
        all.addAll(checker.warnings(content));

        assertThat(all).extracting(RuleViolation::code).contains(expected);
    }
}
