package uk.familyagreements.kernel.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgreementDocumentTest {

    private static final Instant FRIDAY_6PM = Instant.parse("2026-12-04T18:00:00Z");

    private static AgreementContent writtenAgreement() {
        return AgreementContent.draft(AgreementKind.WRITTEN, Involvement.SECTION_47_ENQUIRY,
                        "To keep Ava safe while the police finish looking into what happened.",
                        "Ava told her teacher that her father hit her.")
                .withParty(new Party("father", "Tom Hale", PartyRole.PARENT, false, true))
                .withParty(new Party("worker", "Priya Shah", PartyRole.SOCIAL_WORKER, false, true))
                .withCommitment(new Commitment("f-1", "father", Undertaking.WILL, "stay with his brother at 12 Elm Road",
                        "until the review on Monday", false))
                .withCommitment(new Commitment("f-2", "father", Undertaking.WILL_NOT, "come to the family home", null,
                        false))
                .withCommitment(new Commitment("w-1", "worker", Undertaking.WILL, "phone Lucy to check how Ava is",
                        "every day before 5pm", false))
                .withPeriod(new Period(FRIDAY_6PM, FRIDAY_6PM.plusSeconds(4 * 24 * 3600), "over the weekend"))
                .withReviewPoint(new ReviewPoint("r-1", Instant.parse("2026-12-07T10:00:00Z")))
                .withContingencyPlan("If this agreement is not kept, we will meet straight away.")
                .withConsequences("This agreement is not legally binding. A court may be told if it is broken.");
    }

    @Test
    void theDocumentFollowsTheModelLayoutInPlainWords() {
        String text = AgreementDocument.render(writtenAgreement(), 1, "Northshire County Council");

        assertThat(text).startsWith("Written agreement\nAgreement between Tom Hale and Northshire County Council\n")
                .contains("Purpose of agreement:\nTo keep Ava safe")
                .contains("Reason for agreement:\nAva told her teacher")
                .contains("Tom Hale will:\n  - stay with his brother at 12 Elm Road, until the review on Monday\n"
                        + "  - not come to the family home\n")
                .contains("Priya Shah, Social worker will:\n  - phone Lucy to check how Ava is, every day before 5pm")
                .contains("from Friday 4 December 2026 at 6:00pm until Tuesday 8 December 2026 at 6:00pm")
                .contains("When we will review this agreement:\n  - Monday 7 December 2026 at 10:00am")
                .contains("Contingency plan:\nIf this agreement is not kept")
                .contains("If this agreement is not kept to:\nThis agreement is not legally binding")
                .contains("take legal advice", "bring a supporter")
                .contains("Signed ________________________  Tom Hale   Date ____________")
                .contains("Version 1, reference " + writtenAgreement().hash().value().substring(0, 12));
    }

    @Test
    void theSameContentRendersTheSameTextAndAChangedWordChangesTheReference() {
        AgreementContent content = writtenAgreement();
        assertThat(AgreementDocument.render(content, 2, "Council")).isEqualTo(AgreementDocument.render(content, 2,
                "Council"));

        AgreementContent changed = content.withCommitment(new Commitment("f-2", "father", Undertaking.WILL_NOT,
                "come to the family home or the school", null, false));
        assertThat(changed.hash()).isNotEqualTo(content.hash());
        assertThat(AgreementDocument.render(changed, 2, "Council")).contains(changed.hash().value().substring(0, 12));
    }
}
