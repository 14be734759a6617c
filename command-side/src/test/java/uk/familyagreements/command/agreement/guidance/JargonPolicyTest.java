package uk.familyagreements.command.agreement.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

class JargonPolicyTest {

    private final JargonPolicy policy = new JargonPolicy();

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kerry will work with the CIN plan.                       | CIN plan           | child in need plan
            We are doing a CiN assessment.                           | CiN assessment     | child in need assessment
            The s.47 enquiry will finish by Friday.                  | s.47 enquiry       | child protection enquiry
            The s47 will finish by Friday.                           | s47                | child protection enquiry
            We have started a section 47 enquiry.                    | section 47 enquiry | child protection enquiry
            The social worker will tell the LADO.                    | LADO               | the person who looks into concerns about adults who work with children
            Kerry will come to the TAC meeting.                      | TAC                | team around the child
            Tom will attend the core group on 3 March.               | core group         | the regular meeting of family and professionals to check the child protection plan
            Mia is on a CP plan.                                     | CP plan            | child protection plan
            The ICPC is on Tuesday.                                  | ICPC               | first child protection conference
            The case is in PLO.                                      | PLO                | the formal stage before the council may go to court
            Mia has been referred to CAMHS.                          | CAMHS              | the children's mental health service
            There has been DV in the home.                           | DV                 | domestic abuse
            A strategy meeting was held today.                       | strategy meeting   | a meeting between social care, police and health to decide what happens next
            The MASH passed the referral to us.                      | MASH               | the team that first looks at new worries about children
            Mia may need to be accommodated under s20.               | s20                | the council looking after your child with your agreement
            We have safeguarding concerns about Mia.                 | safeguarding concerns | worries about the child's safety
            The IRO will chair the review.                           | IRO                | the independent reviewing officer, who chairs your child's reviews
            """)
    void flagsJargonAndSaysWhatToWriteInstead(String text, String term, String plain) {
        assertThat(policy.check("purpose", text)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.JARGON);
            assertThat(v.field()).isEqualTo("purpose");
            assertThat(v.message()).isEqualTo("'" + term + "' is jargon the family may not know. Write '" + plain
                    + "' instead.");
        });
    }

    @ParameterizedTest(name = "accepts \"{0}\"")
    @ValueSource(strings = {
        "Kerry will cook mash and sausages for tea.",
        "Tom will help Mia with her CPR badge at Brownies.",
        "Mia likes the cinema and the park.",
        "The lac on the door will be fixed.",
        "Kerry will keep a copy of the letter.",
        "Tom will ask the GP for a sick note.",
        "The child protection conference is on Tuesday at 10am.",
        "Kerry will ring 999 in an emergency.",
        "Read section 4 of this agreement with your supporter.",
        "Da and Mia will go to the park on Saturday."
    })
    void doesNotFlagOrdinaryWords(String text) {
        assertThat(policy.check("purpose", text)).isEmpty();
    }

    @Test
    void reportsEachTermOnceAndLongerTermsOverShorterOnes() {
        assertThat(policy.check("reason", "The CIN plan replaced the CIN plan. CP staff met."))
                .extracting(RuleViolation::message)
                .map(m -> m.substring(1, m.indexOf("' ")))
                .containsExactly("CIN plan", "CP");
    }
}
