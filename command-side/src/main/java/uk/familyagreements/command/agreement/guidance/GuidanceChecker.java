package uk.familyagreements.command.agreement.guidance;

import java.util.ArrayList;
import java.util.List;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * The text checks of the guidance, in one place for the aggregate, the draft checker and the UI. Stateless and
 * free of Spring: create one with {@code new GuidanceChecker()} or share one.
 *
 * <p>All checks apply to both kinds of agreement: plain English, timing and the safety of a victim of domestic
 * abuse matter in a working agreement as much as in a written one.
 */
public final class GuidanceChecker {

    private final VagueTimescalePolicy vagueTimescale = new VagueTimescalePolicy();
    private final JargonPolicy jargon = new JargonPolicy();
    private final ReadabilityPolicy readability = new ReadabilityPolicy();
    private final TimeBoundPolicy timeBound = new TimeBoundPolicy();
    private final VictimMadeResponsiblePolicy victimMadeResponsible = new VictimMadeResponsiblePolicy();

    /**
     * Every warning for the content: JARGON, then HARD_TO_READ, then NOT_TIME_BOUND, then VICTIM_MADE_RESPONSIBLE,
     * each in the order the document shows its fields (purpose, reason, period, commitments, contingency plan,
     * consequences).
     */
    public List<RuleViolation> warnings(AgreementContent content) {
        List<RuleViolation> warnings = new ArrayList<>();
        warnings.addAll(jargon.check(content));
        warnings.addAll(readability.check(content));
        warnings.addAll(timeBound.check(content));
        warnings.addAll(victimMadeResponsible.check(content));
        return List.copyOf(warnings);
    }

    /** VAGUE_TIMESCALE violations (blocking) in the period description and in every commitment's text and when. */
    public List<RuleViolation> vagueTimescales(AgreementContent content) {
        return List.copyOf(vagueTimescale.check(content));
    }

    /** VAGUE_TIMESCALE violations in one commitment's text and when, to reject AddCommitment or ReviseCommitment. */
    public List<RuleViolation> vagueTimescales(Commitment commitment) {
        return List.copyOf(vagueTimescale.check(commitment));
    }

    /** VAGUE_TIMESCALE violations in a period's description, to reject SetPeriod. */
    public List<RuleViolation> vagueTimescales(Period period) {
        return List.copyOf(vagueTimescale.check(period));
    }

    /** VAGUE_TIMESCALE violations in any single piece of text, reported against the given field name. */
    public List<RuleViolation> vagueTimescales(String field, String text) {
        return List.copyOf(vagueTimescale.check(field, text));
    }
}
