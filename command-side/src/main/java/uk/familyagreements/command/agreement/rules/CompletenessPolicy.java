package uk.familyagreements.command.agreement.rules;

import java.util.ArrayList;
import java.util.List;
import uk.familyagreements.command.agreement.guidance.GuidanceChecker;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.agreement.ReviewPoint;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * Whether a version is complete enough to be approved or signed. A written agreement must state its purpose, a
 * specific short period with a review point inside it, a contingency plan, the consequences of a breach, and at
 * least one professional's commitment; every agreement's commitments belong to its parties and name no vague
 * timescale, and somebody signs it.
 */
public final class CompletenessPolicy {

    private final AgreementRuleSettings settings;
    private final GuidanceChecker guidance;

    public CompletenessPolicy(AgreementRuleSettings settings, GuidanceChecker guidance) {
        this.settings = settings;
        this.guidance = guidance;
    }

    public List<RuleViolation> check(AgreementContent content) {
        List<RuleViolation> violations = new ArrayList<>();
        if (isBlank(content.purpose())) {
            violations.add(new RuleViolation(RuleCode.PURPOSE_REQUIRED, "purpose",
                    "State why we are involved and what we are worried about."));
        }
        for (Commitment commitment : content.commitments()) {
            if (content.party(commitment.ownerPartyId()).isEmpty()) {
                violations.add(new RuleViolation(RuleCode.COMMITMENT_OWNER_REQUIRED,
                        "commitments[" + commitment.commitmentId() + "].ownerPartyId",
                        "Each commitment must belong to one party of the agreement."));
            }
        }
        violations.addAll(guidance.vagueTimescales(content));
        if (content.parties().stream().noneMatch(Party::signs)) {
            violations.add(new RuleViolation(RuleCode.INVALID_STATE, "parties",
                    "Add the parties who sign the agreement."));
        }
        if (content.isWritten()) {
            violations.addAll(writtenAgreementRules(content));
        }
        return violations;
    }

    private List<RuleViolation> writtenAgreementRules(AgreementContent content) {
        List<RuleViolation> violations = new ArrayList<>();
        Period period = content.period();
        if (period == null || !period.isSpecific()) {
            violations.add(new RuleViolation(RuleCode.PERIOD_REQUIRED, "period",
                    "A written agreement needs a specific start and end."));
        } else if (period.length().compareTo(settings.maximumWrittenPeriod()) > 0) {
            violations.add(periodTooLong());
        }
        boolean reviewInsidePeriod = period != null && period.isSpecific()
                && content.reviewPoints().stream().map(ReviewPoint::at).anyMatch(period::contains);
        if (!reviewInsidePeriod) {
            violations.add(new RuleViolation(RuleCode.REVIEW_POINT_REQUIRED, "reviewPoints",
                    "A written agreement needs at least one review point inside its period."));
        }
        if (isBlank(content.contingencyPlan())) {
            violations.add(new RuleViolation(RuleCode.CONTINGENCY_REQUIRED, "contingencyPlan",
                    "State what will happen if the agreement is not kept to."));
        }
        if (isBlank(content.consequences())) {
            violations.add(new RuleViolation(RuleCode.CONSEQUENCES_REQUIRED, "consequences",
                    "State that the agreement is not legally binding and what a breach may lead to."));
        }
        boolean professionalCommits = content.commitments().stream()
                .anyMatch(c -> content.party(c.ownerPartyId()).map(p -> p.role().isProfessional()).orElse(false));
        if (!professionalCommits) {
            violations.add(new RuleViolation(RuleCode.UNBALANCED, "commitments",
                    "Include what the social worker or other professionals will do, not only the family."));
        }
        return violations;
    }

    /** The period rule on its own, for SetPeriod on a written agreement. */
    public List<RuleViolation> checkPeriod(AgreementContent content, Period period) {
        List<RuleViolation> violations = new ArrayList<>(guidance.vagueTimescales(period));
        if (content.isWritten()) {
            if (!period.isSpecific()) {
                violations.add(new RuleViolation(RuleCode.PERIOD_REQUIRED, "period",
                        "A written agreement needs a specific start and an end after it."));
            } else if (period.length().compareTo(settings.maximumWrittenPeriod()) > 0) {
                violations.add(periodTooLong());
            }
        } else if (period.start() != null && period.end() != null && !period.end().isAfter(period.start())) {
            violations.add(new RuleViolation(RuleCode.INVALID_INPUT, "period.end", "The end must be after the start."));
        }
        return violations;
    }

    private RuleViolation periodTooLong() {
        return new RuleViolation(RuleCode.PERIOD_TOO_LONG, "period",
                "A written agreement is for hours or days: at most " + settings.maximumWrittenPeriod().toDays()
                        + " days. Use review points, and replace it with a plan.");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
