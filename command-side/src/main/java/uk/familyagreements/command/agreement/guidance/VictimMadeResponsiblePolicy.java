package uk.familyagreements.command.agreement.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.Commitment;
import uk.familyagreements.kernel.agreement.Party;
import uk.familyagreements.kernel.agreement.PartyRole;
import uk.familyagreements.kernel.agreement.Undertaking;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * VICTIM_MADE_RESPONSIBLE (warning): a party flagged as a victim of domestic abuse owns a commitment that makes
 * them control another adult's contact or behaviour (seed 000: "unsafe and unrealistic ... to control their
 * partner's movements or actions").
 *
 * <p>A commitment is flagged when a controlling phrase ("make sure", "ensure", "stop", "prevent", "keep ... away",
 * "not allow", "not let", "supervise", "refuse ...") is followed in the same sentence by another adult: an adult
 * family party of the agreement by name, a relationship word ("partner", "father", ...), "he"/"him"/"they"/"them"
 * with a verb of coming or contact, or contact itself ("no contact", "not allow any contact"). What the victim can
 * safely do herself ("call the police if John comes to the house", "take Billy to nursery", "ensure Billy goes to
 * nursery") has no such pair and is not flagged. Only he/him/they/them count as pronouns, because a commitment
 * usually refers to its own owner as "I" or "she".
 */
class VictimMadeResponsiblePolicy {

    private static final String FLAGS = "(?iu)";

    /** Phrases that hold the owner back from something someone else does. */
    private static final Pattern RESTRAIN = Pattern.compile(FLAGS + "\\b(?:"
            + "(?:stop|prevent)(?!\\s+\\w+ing\\b)"
            // "keep Mia away from", "keep Tom out of"; not "keep a note of calls from Tom"
            + "|keep\\s+(?:[\\w'-]+\\s+){1,3}?(?:safe\\s+)?(?:away|out|from)\\b"
            + "|(?:not|never|n't)\\s+(?:allow|let|permit|admit)"
            + "|refuse(?!\\s+to\\b)|turn away|supervise)\\b");

    /** Phrases that make the owner answerable for an outcome. */
    private static final Pattern ENSURE = Pattern.compile(FLAGS + "\\b(?:make sure|ensure|see to it|see that)\\b"
            + "(?:\\s+that)?");

    private static final Pattern RELATIONSHIP = Pattern.compile(FLAGS + "\\b(?:(?:ex-?)?partner|(?:ex-?)?husband"
            + "|(?:ex-?)?wife|(?:ex-?)?boyfriend|(?:ex-?)?girlfriend|father|dad|daddy|step-?father|step-?dad|mother"
            + "|mum|mummy|step-?mother|step-?mum|the other parent)s?\\b");
    private static final Pattern PRONOUN_APPROACHING = Pattern.compile(FLAGS + "\\b(?:he|him|they|them)\\b"
            + "(?:\\s+[\\w']+){0,3}?\\s+(?:come|comes|coming|visit|visits|visiting|contact|contacts|contacting"
            + "|approach|approaches|approaching|enter|enters|entering|go near|goes near|stay away|stays away"
            + "|keep away|keeps away|see|sees|seeing|have contact|has contact|having contact)\\b");
    private static final Pattern ANY_CONTACT = Pattern.compile(FLAGS + "\\bcontact\\b");
    private static final Pattern NO_CONTACT = Pattern.compile(FLAGS + "\\bno\\s+(?:\\w+\\s+)?contact\\b"
            + "|\\bnot\\s+(?:have|has|having)\\s+(?:any\\s+)?contact\\b");
    private static final Pattern TITLE = Pattern.compile(FLAGS + "(?:mr|mrs|ms|miss|mx|dr)\\.?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?]");

    List<RuleViolation> check(AgreementContent content) {
        List<RuleViolation> violations = new ArrayList<>();
        for (Commitment c : content.commitments()) {
            content.party(c.ownerPartyId())
                    .filter(Party::victimOfDomesticAbuse)
                    .filter(owner -> makesResponsibleForOthers(c, owner, otherAdults(content, owner)))
                    .ifPresent(owner -> violations.add(violation(c, owner)));
        }
        return violations;
    }

    private static List<Party> otherAdults(AgreementContent content, Party owner) {
        return content.parties().stream()
                .filter(p -> p.role().isFamily() && p.role() != PartyRole.YOUNG_PERSON)
                .filter(p -> !p.partyId().equals(owner.partyId()))
                .toList();
    }

    boolean makesResponsibleForOthers(Commitment commitment, Party owner, List<Party> otherAdults) {
        String text = commitment.text() == null ? "" : commitment.text();
        // a "will not" commitment reads "will not <text>", so "allow any contact" becomes "not allow any contact"
        if (commitment.undertaking() == Undertaking.WILL_NOT) {
            text = "not " + text;
        }
        Pattern adultNames = namesOf(otherAdults);
        Pattern self = selfSubject(owner);
        // supervising contact with grandparents is fine; only supervising another adult named or implied is not
        return controls(RESTRAIN, text, rest -> mentionsAdult(rest, adultNames)
                        || !rest.toLowerCase(Locale.ROOT).startsWith("supervise") && ANY_CONTACT.matcher(rest).find())
                || controls(ENSURE, text, rest -> !self.matcher(rest).lookingAt()
                        && (mentionsAdult(rest, adultNames) || NO_CONTACT.matcher(rest).find()));
    }

    private static boolean controls(Pattern phrase, String text, Predicate<String> overOthers) {
        Matcher m = phrase.matcher(text);
        while (m.find()) {
            String rest = text.substring(m.start());
            Matcher end = SENTENCE_END.matcher(rest);
            String sentence = end.find() ? rest.substring(0, end.start()) : rest;
            String afterPhrase = sentence.substring(Math.min(sentence.length(), m.end() - m.start())).strip();
            if (overOthers.test(phrase == ENSURE ? afterPhrase : sentence)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsAdult(String text, Pattern adultNames) {
        return (adultNames != null && adultNames.matcher(text).find())
                || RELATIONSHIP.matcher(text).find()
                || PRONOUN_APPROACHING.matcher(text).find();
    }

    /** Full names, first names and title with surname of the other adults; surnames alone are shared with the owner, so not used. */
    private static Pattern namesOf(List<Party> adults) {
        String alternatives = adults.stream()
                .flatMap(p -> namesFor(p.name()).stream())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return alternatives.isEmpty() ? null : Pattern.compile(FLAGS + "\\b(?:" + alternatives + ")\\b");
    }

    private static List<String> namesFor(String fullName) {
        List<String> parts = new ArrayList<>(List.of(fullName.strip().split("\\s+")));
        List<String> names = new ArrayList<>(List.of(fullName.strip()));
        // titles are left off, so "Mr Tom Reed" is also found as "Tom Reed" and "Tom"
        while (parts.size() > 1 && TITLE.matcher(parts.get(0)).matches()) {
            // "Mr Reed" is as specific as a full name, unlike a bare surname
            names.add(parts.get(0) + " " + parts.get(parts.size() - 1));
            parts.remove(0);
        }
        names.add(String.join(" ", parts));
        names.add(parts.get(0));
        return names;
    }

    /** "make sure I ...", "ensure she ..." or the owner's own name: the owner answering for herself. */
    private static Pattern selfSubject(Party owner) {
        List<String> own = namesFor(owner.name());
        String names = own.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile(FLAGS + "(?:i|she|herself|himself|" + names + ")\\b");
    }

    private static RuleViolation violation(Commitment c, Party owner) {
        String name = owner.name();
        return new RuleViolation(RuleCode.VICTIM_MADE_RESPONSIBLE, TextField.commitmentText(c.commitmentId()),
                name + " is recorded as a victim of domestic abuse, and this commitment makes " + name
                        + " responsible for controlling another person's contact or behaviour, which is unsafe and "
                        + "unrealistic. Give the commitment to the person who must change (e.g. 'will not come to "
                        + "the house'), and give " + name + " only what is safe to do (e.g. 'will call 999 if he "
                        + "comes to the house').");
    }
}
