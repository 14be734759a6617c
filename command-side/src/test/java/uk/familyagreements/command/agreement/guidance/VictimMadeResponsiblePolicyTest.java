package uk.familyagreements.command.agreement.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.command.agreement.guidance.Fixtures.KERRY;
import static uk.familyagreements.command.agreement.guidance.Fixtures.TOM;
import static uk.familyagreements.command.agreement.guidance.Fixtures.agreementWith;
import static uk.familyagreements.command.agreement.guidance.Fixtures.will;
import static uk.familyagreements.command.agreement.guidance.Fixtures.willNot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.rules.RuleCode;

class VictimMadeResponsiblePolicyTest {

    private final VictimMadeResponsiblePolicy policy = new VictimMadeResponsiblePolicy();

    @ParameterizedTest(name = "flags \"{0}\"")
    @ValueSource(strings = {
        "not allow any contact between Mia and Tom",
        "make sure Tom does not come to the house",
        "stop him from seeing Mia",
        "keep Tom away from Mia",
        "prevent her ex-partner from visiting",
        "ensure that Tom only sees Mia at the family centre",
        "supervise Tom's time with Mia",
        "not let Mr Reed into the flat",
        "make sure there is no contact with Mia's father",
        "refuse Tom entry to the house"
    })
    void flagsVictimMadeToControlAnotherAdult(String text) {
        var content = agreementWith(will("c-1", KERRY, text, "during this agreement"));

        assertThat(policy.check(content)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.VICTIM_MADE_RESPONSIBLE);
            assertThat(v.field()).isEqualTo("commitments[c-1].text");
            assertThat(v.message()).contains("Ms Kerry Lane is recorded as a victim of domestic abuse",
                    "will call 999 if he comes to the house");
        });
    }

    @Test
    void readsAWillNotCommitmentAsNegated() {
        var content = agreementWith(willNot("c-1", KERRY, "allow Tom into the house", "during this agreement"));

        assertThat(policy.check(content)).hasSize(1);
    }

    @ParameterizedTest(name = "accepts \"{0}\"")
    @ValueSource(strings = {
        "call the police if Tom comes to the house",
        "tell the social worker if Tom phones her",
        "take Mia to nursery",
        "ensure Mia goes to nursery",
        "make sure she is at home for the visit",
        "keep a note of any calls or messages from Tom",
        "stop smoking in the house",
        "let the social worker see Mia on her own",
        "keep Mia's appointments with the health visitor",
        "supervise Mia at bath time",
        "refuse to open the door to anyone she does not know"
    })
    void acceptsWhatAVictimCanSafelyDo(String text) {
        var content = agreementWith(will("c-1", KERRY, text, "during this agreement"));

        assertThat(policy.check(content)).isEmpty();
    }

    @Test
    void doesNotFlagTheSameWordsFromAPartyWhoIsNotAVictim() {
        var content = agreementWith(will("c-1", TOM, "not allow any contact between Mia and Kerry's brother",
                "during this agreement"));

        assertThat(policy.check(content)).isEmpty();
    }

    @Test
    void findsOtherAdultsByFirstNameWithoutTheirTitle() {
        Party gran = new Party("p-gran", "Mrs Olive Lane", uk.familyagreements.kernel.agreement.PartyRole.RELATIVE,
                false, true);
        var content = agreementWith(will("c-1", KERRY, "make sure Olive leaves by 6pm", "tonight"))
                .withParty(gran);

        assertThat(policy.check(content)).extracting(v -> v.code()).containsExactly(RuleCode.VICTIM_MADE_RESPONSIBLE);
    }
}
