package uk.familyagreements.command.agreement.rules;

import java.time.Duration;
import java.time.Instant;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.agreement.Undertaking;

/** A written safety agreement between Dean (a dad), Ruth (his partner) and their family help practitioner. */
final class RulesFixtures {

    static final Party DAD = new Party("p-dean", "Dean Walsh", PartyRole.PARENT, false, true);
    static final Party PARTNER = new Party("p-ruth", "Ruth Walsh", PartyRole.CARER, false, true);
    static final Party WORKER = new Party("p-fhp", "Kofi Mensah", PartyRole.FAMILY_HELP_PRACTITIONER, false, true);

    static final Commitment DAD_SOBER = new Commitment("c-dean", DAD.partyId(), Undertaking.WILL_NOT,
            "drink alcohol when he is looking after Ava", "at any time during this agreement", false);
    static final Commitment WORKER_CALLS = new Commitment("c-fhp", WORKER.partyId(), Undertaking.WILL,
            "call Ruth to see how the weekend went", "on Monday 14 December by noon", false);

    static final Instant START = Instant.parse("2026-12-11T17:00:00Z");
    static final Period WEEKEND = new Period(START, START.plus(Duration.ofDays(3)), "This weekend, Friday to Monday");
    static final ReviewPoint SUNDAY = new ReviewPoint("r-sun", START.plus(Duration.ofDays(2)));

    private RulesFixtures() {
    }

    static AgreementContent written() {
        return AgreementContent.draft(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN,
                        "To make sure Ava is cared for by a sober adult.", "Ava was found alone in the car.")
                .withParty(DAD).withParty(PARTNER).withParty(WORKER)
                .withCommitment(DAD_SOBER).withCommitment(WORKER_CALLS)
                .withPeriod(WEEKEND).withReviewPoint(SUNDAY)
                .withContingencyPlan("If Dean drinks, Ruth will take Ava to her sister's house.")
                .withConsequences("This is not legally binding. Breaking it may lead us to ask a court for help.");
    }

    static AgreementContent working() {
        return AgreementContent.draft(AgreementKind.WORKING, Involvement.PARENTING_ASSESSMENT,
                        "To see what support Dean and Ruth need as parents.", null)
                .withParty(DAD).withParty(WORKER)
                .withCommitment(DAD_SOBER);
    }
}
