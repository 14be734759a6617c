package uk.familyagreements.command.agreement.guidance;

import java.time.Instant;
import java.util.List;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.Involvement;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.Undertaking;

/** Small families for the policy tests: Kerry (a victim of domestic abuse), Tom (her ex-partner), a social worker. */
final class Fixtures {

    static final Party KERRY = new Party("p-kerry", "Ms Kerry Lane", PartyRole.PARENT, true, true);
    static final Party TOM = new Party("p-tom", "Mr Tom Reed", PartyRole.PARENT, false, true);
    static final Party SOCIAL_WORKER = new Party("p-sw", "Nadia Brook", PartyRole.SOCIAL_WORKER, false, true);

    static final Instant FRIDAY_6PM = Instant.parse("2026-12-04T18:00:00Z");
    static final Instant MONDAY_10AM = Instant.parse("2026-12-07T10:00:00Z");

    private Fixtures() {
    }

    static Commitment will(String id, Party owner, String text) {
        return new Commitment(id, owner.partyId(), Undertaking.WILL, text, "", false);
    }

    static Commitment will(String id, Party owner, String text, String when) {
        return new Commitment(id, owner.partyId(), Undertaking.WILL, text, when, false);
    }

    static Commitment willNot(String id, Party owner, String text, String when) {
        return new Commitment(id, owner.partyId(), Undertaking.WILL_NOT, text, when, false);
    }

    /** A written agreement between Kerry, Tom and the social worker holding just these commitments. */
    static AgreementContent agreementWith(Commitment... commitments) {
        return new AgreementContent(AgreementKind.WRITTEN, Involvement.SAFETY_PLAN, "To keep Mia safe.",
                "Tom hurt Kerry at home last week.", List.of(KERRY, TOM, SOCIAL_WORKER), List.of(commitments),
                new Period(FRIDAY_6PM, MONDAY_10AM, "From Friday 6pm until the review on Monday at 10am."),
                List.of(), "If this is not kept, we will meet the same day to decide how to keep Mia safe.",
                "This agreement is not legally binding. If it is broken, we may tell a court.");
    }
}
