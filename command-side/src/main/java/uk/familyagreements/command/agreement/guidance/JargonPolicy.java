package uk.familyagreements.command.agreement.guidance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * JARGON (warning): acronyms and professional jargon in text the family signs (seed 001: plain English without
 * jargon or acronyms). Acronyms match case-sensitively and as whole words, so "cp" inside a word or "mash" as food
 * are left alone; phrases such as "section 47" or "core group" match in any case. Longer terms win over the
 * acronym inside them ("CIN plan" is reported once, as "CIN plan").
 */
class JargonPolicy {

    /** A term, how to find it, and what to write instead. */
    record Term(Pattern pattern, String plain) {
    }

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

    private static final List<Term> TERMS = List.of(
            acronym("(?:CIN|CiN) plans?", "child in need plan"),
            acronym("(?:CIN|CiN) assessments?", "child in need assessment"),
            acronym("CIN|CiN", "child in need"),
            acronym("CP plans?|CPP", "child protection plan"),
            acronym("CP conferences?|CPC", "child protection conference"),
            acronym("CP", "child protection"),
            phrase("(?:s\\.\\s?|s|section\\s)47(?:\\s(?:enquiry|enquiries|inquiry|inquiries|investigation))?",
                    "child protection enquiry"),
            phrase("(?:s\\.\\s?|s|section\\s)17", "help for a child in need"),
            phrase("(?:s\\.\\s?|s|section\\s)20",
                    "the council looking after your child with your agreement"),
            phrase("(?:s\\.\\s?|s|section\\s)31", "a care order made by a court"),
            acronym("TAC", "team around the child"),
            acronym("TAF", "team around the family"),
            acronym("ICPC", "first child protection conference"),
            acronym("RCPC", "child protection review conference"),
            acronym("PLO", "the formal stage before the council may go to court"),
            phrase("public law outline|pre-proceedings", "the formal stage before the council may go to court"),
            acronym("LAC|CLA|CiC", "child in care"),
            acronym("IRO", "the independent reviewing officer, who chairs your child's reviews"),
            acronym("LADO", "the person who looks into concerns about adults who work with children"),
            acronym("MASH", "the team that first looks at new worries about children"),
            acronym("EHCP", "education, health and care plan"),
            acronym("CAMHS", "the children's mental health service"),
            acronym("DV|DA", "domestic abuse"),
            acronym("SW", "social worker"),
            acronym("FSW", "family support worker"),
            acronym("HV", "health visitor"),
            acronym("SGO", "special guardianship order"),
            acronym("EPO", "emergency protection order"),
            acronym("ICO", "interim care order"),
            acronym("NFA", "no further action"),
            acronym("EHA", "early help assessment"),
            acronym("FGC", "family group conference"),
            acronym("LA", "the council"),
            acronym("CSC", "children's social care"),
            acronym("MARAC", "a meeting where services plan how to keep people at high risk of domestic abuse safe"),
            acronym("IDVA", "a domestic abuse support worker"),
            acronym("DSL", "the member of school staff responsible for keeping children safe"),
            acronym("CSE", "sexual exploitation"),
            acronym("CCE", "criminal exploitation"),
            phrase("core groups?(?: meetings?)?",
                    "the regular meeting of family and professionals to check the child protection plan"),
            phrase("strategy (?:discussions?|meetings?)",
                    "a meeting between social care, police and health to decide what happens next"),
            phrase("thresholds?", "serious enough for us to act"),
            phrase("safeguarding (?:concerns?|issues?)", "worries about the child's safety"),
            phrase("multi-?agency", "with the other professionals involved, such as school, health and police"),
            phrase("statutory", "required by law"));

    private static Term acronym(String regex, String plain) {
        return new Term(Pattern.compile(NOT_WORD_BEFORE + "(?:" + regex + ")" + NOT_WORD_AFTER), plain);
    }

    private static Term phrase(String regex, String plain) {
        return new Term(Pattern.compile("(?iu)" + NOT_WORD_BEFORE + "(?:" + regex + ")" + NOT_WORD_AFTER), plain);
    }

    List<RuleViolation> check(AgreementContent content) {
        List<RuleViolation> violations = new ArrayList<>();
        for (TextField f : TextField.familyText(content)) {
            violations.addAll(check(f.field(), f.text()));
        }
        return violations;
    }

    /** One violation per distinct term in the text. */
    List<RuleViolation> check(String field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<RuleViolation> violations = new ArrayList<>();
        for (PhraseMatch<Term> match : PhraseMatch.findAll(text, TERMS, Term::pattern)) {
            if (seen.add(match.found())) {
                violations.add(new RuleViolation(RuleCode.JARGON, field, "'" + match.found()
                        + "' is jargon the family may not know. Write '" + match.rule().plain() + "' instead."));
            }
        }
        return violations;
    }
}
