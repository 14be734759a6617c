package uk.familyagreements.command.agreement.guidance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.Period;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * VAGUE_TIMESCALE (blocking): the period or a commitment says how long with words that never end, such as
 * "until further notice" or "ongoing" (seed 000: be clear about the timescale, break it down with review points).
 *
 * <p>"Ongoing" and "permanent" are flagged only where they are the timescale: "on an ongoing basis", or standing
 * at the end of a clause ("this agreement is ongoing", "ongoing until things settle"). Before a noun they describe
 * the thing, not how long the agreement lasts ("the ongoing enquiry", "his permanent address"), and "while the
 * police enquiry is ongoing" ties the time to a real event, as "until the investigation is concluded" does in the
 * model agreement; neither is flagged.
 */
class VagueTimescalePolicy {

    private static final String FLAGS = "(?iu)";

    /** Words that may follow an adjective without being the noun it describes. */
    private static final String NOT_A_NOUN = "(?:and|or|but|until|till|for|from|to|at|in|on|by|as|so|then|unless"
            + "|if|when|while|whilst|because|with|without|now|again|too|also|basis)";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile(FLAGS + "\\bon an? (?:on-?going|continuing|permanent|indefinite|open-?ended) basis\\b"),
            // "ongoing" as the timescale, not before a noun and not "while the enquiry is ongoing"
            Pattern.compile(FLAGS + "\\bon-?going\\b(?=\\s*(?:$|[.,;:!?)\\-–]|\\s" + NOT_A_NOUN + "\\b))"),
            Pattern.compile(FLAGS + "\\bpermanent\\b(?=\\s*(?:$|[.,;:!?)\\-–]|\\s" + NOT_A_NOUN + "\\b))"),
            Pattern.compile(FLAGS + "\\bpermanently\\b"),
            Pattern.compile(FLAGS + "\\buntil (?:further notice|further review|further advised|(?:you )?(?:are )?notified"
                    + "|you hear (?:from us|from the social worker|otherwise))\\b"),
            Pattern.compile(FLAGS + "\\buntil\\s+(?:[\\w']+\\s+){0,5}?otherwise\\b"),
            Pattern.compile(FLAGS + "\\bindefinite(?:ly)?\\b"),
            Pattern.compile(FLAGS + "\\b(?:(?:for|in) the )?foreseeable future\\b"),
            Pattern.compile(FLAGS + "\\b(?:for )?as long as (?:is |it is |it's |they are |we are )?"
                    + "(?:needed|necessary|required|appropriate|it takes)\\b"),
            Pattern.compile(FLAGS + "\\b(?:for )?as long as (?:the social worker|we|children's services|the council"
                    + "|the local authority|professionals) (?:think|thinks|feel|feels|decide|decides|consider"
                    + "|considers|say|says|see fit|sees fit)\\b"),
            Pattern.compile(FLAGS + "\\b(?:for )?as long as (?:there (?:is|are) (?:any )?concerns?"
                    + "|(?:the )?concerns? (?:remain|remains|continue|continues|exist|exists))\\b"),
            Pattern.compile(FLAGS + "\\bas and when (?:needed|necessary|required|appropriate)\\b"),
            Pattern.compile(FLAGS + "\\buntil (?:things|matters|the situation|the circumstances|circumstances"
                    + "|(?:the |our |any )?concerns|everything)\\b(?:\\s+[\\w']+){0,3}?\\s+(?:improve|improves"
                    + "|get better|gets better|change|changes|settle|settles|calm down|calms down|stabilise"
                    + "|stabilises|resolve|resolved|addressed|sorted)\\b"),
            Pattern.compile(FLAGS + "\\buntil (?:we are|we're|the social worker is|children's services are"
                    + "|the council is|the local authority is|everyone is|professionals are) (?:satisfied|happy"
                    + "|confident|reassured|content)\\b"),
            Pattern.compile(FLAGS + "\\buntil (?:it is |it's )?(?:safe|no longer (?:needed|necessary|required))\\b"),
            Pattern.compile(FLAGS + "\\buntil there (?:is|are) no (?:more |further )?concerns?\\b"),
            Pattern.compile(FLAGS + "\\bopen-?ended\\b"),
            Pattern.compile(FLAGS + "\\bfor the (?:time being|moment|present)\\b"),
            Pattern.compile(FLAGS + "\\bfor now\\b"),
            Pattern.compile(FLAGS + "\\bfrom (?:now|this point|here|today) on(?:wards)?\\b"),
            Pattern.compile(FLAGS + "\\bhenceforth\\b"),
            Pattern.compile(FLAGS + "\\bfor ?ever\\b|\\bfor good(?=\\s*(?:$|[.,;!?]))"),
            Pattern.compile(FLAGS + "\\bno (?:set |fixed |specific )?(?:end date|time limit)\\b"));

    /** "while the police enquiry is ongoing": the time ends with a real event, so "ongoing" is not vague here. */
    private static final Pattern WHILE_EVENT_IS = Pattern.compile(FLAGS
            + "\\b(?:while|whilst)\\s+(?:[\\w'-]+\\s+){1,4}(?:is|are)\\s+$");

    static final String INSTEAD = "Write a date and time, or tie it to a review point, e.g. 'until the review on "
            + "Monday 7 December at 10am'.";

    List<RuleViolation> check(AgreementContent content) {
        List<RuleViolation> violations = new ArrayList<>();
        if (content.period() != null) {
            violations.addAll(check(content.period()));
        }
        for (Commitment c : content.commitments()) {
            violations.addAll(check(c));
        }
        return violations;
    }

    List<RuleViolation> check(Period period) {
        return check(TextField.PERIOD_DESCRIPTION, period.description());
    }

    List<RuleViolation> check(Commitment commitment) {
        List<RuleViolation> violations = new ArrayList<>(
                check(TextField.commitmentText(commitment.commitmentId()), commitment.text()));
        violations.addAll(check(TextField.commitmentWhen(commitment.commitmentId()), commitment.when()));
        return violations;
    }

    /** One violation per distinct vague phrase in the text. */
    List<RuleViolation> check(String field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> phrases = new LinkedHashSet<>();
        for (PhraseMatch<Pattern> match : PhraseMatch.findAll(text, PATTERNS, p -> p)) {
            if (WHILE_EVENT_IS.matcher(text.substring(0, match.start())).find()) {
                continue;
            }
            phrases.add(match.found().toLowerCase(Locale.ROOT));
        }
        return phrases.stream()
                .map(phrase -> new RuleViolation(RuleCode.VAGUE_TIMESCALE, field,
                        "'" + phrase + "' does not say when this ends. " + INSTEAD))
                .toList();
    }
}
