package uk.familyagreements.command.agreement.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.familyagreements.command.agreement.rules.RulesFixtures.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.ConsentCheck;
import uk.familyagreements.kernel.agreement.ContentHash;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.Undertaking;
import uk.familyagreements.kernel.agreement.Understanding;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

class SigningPolicyTest {

    private static final ConsentCheck UNDERSTOOD_AND_FREE = new ConsentCheck(Understanding.THROUGH_AN_INTERPRETER,
            "Polish", false, false, true, true, true);

    private final AgreementContent content = written();
    private final ContentHash current = content.hash();

    @Test
    void familyMemberWithConsentCheckOnApprovedCurrentVersion_maySign() {
        assertThat(sign(content, DAD.partyId(), current.value(), current, UNDERSTOOD_AND_FREE, false)).isEmpty();
    }

    @Test
    void professionalOnApprovedCurrentVersion_maySignWithoutConsentCheck() {
        assertThat(sign(content, WORKER.partyId(), current.value(), current, null, false)).isEmpty();
    }

    @Test
    void familyMemberOfWorkingAgreement_maySignWithoutApproval() {
        AgreementContent work = working();
        assertThat(sign(work, DAD.partyId(), work.hash().value(), null, UNDERSTOOD_AND_FREE, false)).isEmpty();
    }

    @Test
    void someoneWhoIsNotAParty_mayNotSign() {
        assertThat(codes(sign(content, "p-grandad", current.value(), current, null, false)))
                .containsExactly(RuleCode.NOT_A_PARTY);
    }

    @Test
    void signatureNamingAnotherVersionsHash_isOnAStaleVersion() {
        String earlier = content.withConsequences("Something else").hash().value();
        assertThat(codes(sign(content, WORKER.partyId(), earlier, current, null, false)))
                .containsExactly(RuleCode.SIGNATURE_ON_STALE_VERSION);
    }

    @Test
    void signatureNamingNoHash_isOnAStaleVersion() {
        assertThat(codes(sign(content, WORKER.partyId(), null, current, null, false)))
                .containsExactly(RuleCode.SIGNATURE_ON_STALE_VERSION);
    }

    @Test
    void unapprovedWrittenAgreement_needsApproval() {
        assertThat(codes(sign(content, WORKER.partyId(), current.value(), null, null, false)))
                .containsExactly(RuleCode.APPROVAL_REQUIRED);
    }

    @Test
    void writtenAgreementApprovedInAnotherVersion_needsApprovalAgain() {
        ContentHash approvedEarlier = content.withContingencyPlan("Ruth will call her sister.").hash();
        assertThat(codes(sign(content, WORKER.partyId(), current.value(), approvedEarlier, null, false)))
                .containsExactly(RuleCode.APPROVAL_REQUIRED);
    }

    @Test
    void familyMemberWithoutConsentCheck_needsOne() {
        assertThat(codes(sign(content, PARTNER.partyId(), current.value(), current, null, false)))
                .containsExactly(RuleCode.CONSENT_CHECK_REQUIRED);
    }

    @Test
    void familyMemberSigningUnderPressure_needsAConsentCheckThatPermitsSigning() {
        ConsentCheck pressured = new ConsentCheck(Understanding.READ_IT_THEMSELVES, "English", false, false, true,
                true, false);
        assertThat(codes(sign(content, PARTNER.partyId(), current.value(), current, pressured, false)))
                .containsExactly(RuleCode.CONSENT_CHECK_REQUIRED);
    }

    @Test
    void familyMemberWhoseCapacityIsInDoubtWithoutLegalAdvice_needsAConsentCheckThatPermitsSigning() {
        ConsentCheck doubt = new ConsentCheck(Understanding.READ_TO_THEM, "English", true, false, true, true, true);
        assertThat(codes(sign(content, PARTNER.partyId(), current.value(), current, doubt, false)))
                .containsExactly(RuleCode.CONSENT_CHECK_REQUIRED);
    }

    @Test
    void familyMemberWhoseCapacityIsInDoubtAfterLegalAdvice_maySign() {
        ConsentCheck advised = new ConsentCheck(Understanding.READ_TO_THEM, "English", true, true, true, true, true);
        assertThat(sign(content, PARTNER.partyId(), current.value(), current, advised, false)).isEmpty();
    }

    @Test
    void childToLiveWithConnectedPersonWithoutReg24Approval_cannotBeSigned() {
        Party aunt = new Party("p-aunt", "Gemma Walsh", PartyRole.CONNECTED_PERSON, false, true);
        AgreementContent residence = content.withParty(aunt).withCommitment(new Commitment("c-aunt", aunt.partyId(),
                Undertaking.WILL, "have Ava to live with her", "from Friday 11 December at 5pm", true));
        ContentHash hash = residence.hash();
        assertThat(codes(sign(residence, WORKER.partyId(), hash.value(), hash, null, false)))
                .containsExactly(RuleCode.REG24_APPROVAL_REQUIRED);
        assertThat(sign(residence, WORKER.partyId(), hash.value(), hash, null, true)).isEmpty();
    }

    @Test
    void strangerWithStaleHashOnUnapprovedAgreement_isToldEverythingAtOnce() {
        assertThat(codes(sign(content, "p-grandad", "0000", null, null, false)))
                .containsExactlyInAnyOrder(RuleCode.NOT_A_PARTY, RuleCode.SIGNATURE_ON_STALE_VERSION,
                        RuleCode.APPROVAL_REQUIRED);
    }

    private static List<RuleViolation> sign(AgreementContent content, String partyId, String hash,
                                            ContentHash approved, ConsentCheck check, boolean reg24) {
        return SigningPolicy.check(content, partyId, hash, approved, Optional.ofNullable(check), reg24);
    }

    private static List<RuleCode> codes(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::code).toList();
    }
}
