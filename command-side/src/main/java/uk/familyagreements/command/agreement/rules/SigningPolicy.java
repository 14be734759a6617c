package uk.familyagreements.command.agreement.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.ConsentCheck;
import uk.familyagreements.kernel.agreement.ContentHash;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * Whether a party may sign the current version: they are a party, they name the version's hash, a written
 * agreement was approved in this exact version, a family member's consent check is recorded on it, and a child's
 * residence with a connected person has Regulation 24 approval.
 */
public final class SigningPolicy {

    private SigningPolicy() {
    }

    public static List<RuleViolation> check(AgreementContent content, String partyId, String signedHash,
                                            ContentHash approvedHash, Optional<ConsentCheck> consentCheck,
                                            boolean reg24Approved) {
        List<RuleViolation> violations = new ArrayList<>();
        Optional<Party> party = content.party(partyId);
        if (party.isEmpty()) {
            violations.add(new RuleViolation(RuleCode.NOT_A_PARTY, "partyId",
                    "Only a party of the agreement can sign it."));
        }
        ContentHash current = content.hash();
        if (signedHash == null || !current.value().equals(signedHash)) {
            violations.add(new RuleViolation(RuleCode.SIGNATURE_ON_STALE_VERSION, "contentHash",
                    "The agreement has changed: sign the current version."));
        }
        if (content.isWritten() && (approvedHash == null || !approvedHash.equals(current))) {
            violations.add(new RuleViolation(RuleCode.APPROVAL_REQUIRED, "approval",
                    "A team manager or consultant social worker must approve this version before anyone signs."));
        }
        if (party.isPresent() && party.get().role().isFamily()
                && consentCheck.map(check -> !check.permitsSigning()).orElse(true)) {
            violations.add(new RuleViolation(RuleCode.CONSENT_CHECK_REQUIRED, "consentChecks[" + partyId + "]",
                    "Record that they understood it, freely agree, were advised to take legal advice and may bring "
                            + "a supporter (and that capacity is settled) before they sign."));
        }
        boolean residenceRequired = content.commitments().stream()
                .anyMatch(c -> c.childToLiveWithConnectedPerson());
        if (residenceRequired && !reg24Approved) {
            violations.add(new RuleViolation(RuleCode.REG24_APPROVAL_REQUIRED, "reg24Approval",
                    "The child is to live with a connected person: record Regulation 24 approval first."));
        }
        return violations;
    }
}
