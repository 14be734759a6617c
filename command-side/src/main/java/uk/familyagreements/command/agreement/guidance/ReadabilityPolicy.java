package uk.familyagreements.command.agreement.guidance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;

/**
 * HARD_TO_READ (warning): a field has a sentence longer than {@value #MAX_SENTENCE_WORDS} words, or, when it is
 * long enough for the score to mean something (at least {@value #MIN_WORDS_FOR_SCORE} words), a Flesch reading
 * ease below {@value #MIN_READING_EASE}. At most one warning per field, naming the worst problem first.
 */
class ReadabilityPolicy {

    static final int MAX_SENTENCE_WORDS = 25;
    static final int MIN_WORDS_FOR_SCORE = 30;
    static final double MIN_READING_EASE = 50.0;

    /** Sentence ends; a semicolon or bullet also ends a sentence, as the family reads it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]+(?=\\s|$)|\\n\\s*[-•*]?\\s*|\\s[•]\\s");
    private static final Pattern TWO_SYLLABLE_PAIRS = Pattern.compile("[^ct]ia|[^cts]io|[^q]ua|iu");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");

    List<RuleViolation> check(AgreementContent content) {
        List<RuleViolation> violations = new ArrayList<>();
        for (TextField f : TextField.familyText(content)) {
            violations.addAll(check(f.field(), f.text()));
        }
        return violations;
    }

    List<RuleViolation> check(String field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<List<String>> sentences = sentences(text);
        List<String> longest = sentences.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
        if (longest.size() > MAX_SENTENCE_WORDS) {
            String opening = String.join(" ", longest.subList(0, 6));
            return List.of(new RuleViolation(RuleCode.HARD_TO_READ, field, "A sentence of " + longest.size()
                    + " words ('" + opening + " ...') is hard to follow. Split it into shorter sentences of about 15 "
                    + "words, one point each."));
        }
        int words = sentences.stream().mapToInt(List::size).sum();
        if (words >= MIN_WORDS_FOR_SCORE) {
            double ease = readingEase(sentences);
            if (ease < MIN_READING_EASE) {
                return List.of(new RuleViolation(RuleCode.HARD_TO_READ, field, "This is hard to read (reading ease "
                        + Math.round(ease) + " out of 100; aim for 60 or more). Use shorter, everyday words and "
                        + "short sentences, e.g. 'talk to' instead of 'liaise with', 'help' instead of "
                        + "'intervention'."));
            }
        }
        return List.of();
    }

    /** Flesch reading ease: 206.835 - 1.015 words per sentence - 84.6 syllables per word. */
    static double readingEase(String text) {
        return readingEase(sentences(text));
    }

    private static double readingEase(List<List<String>> sentences) {
        int words = 0;
        int syllables = 0;
        for (List<String> sentence : sentences) {
            words += sentence.size();
            for (String word : sentence) {
                syllables += syllables(word);
            }
        }
        if (words == 0) {
            return 100.0;
        }
        return 206.835 - 1.015 * ((double) words / sentences.size()) - 84.6 * ((double) syllables / words);
    }

    private static List<List<String>> sentences(String text) {
        List<List<String>> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            List<String> words = WORD.matcher(part).results().map(r -> r.group()).toList();
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(List.of());
        }
        return sentences;
    }

    /**
     * Counts vowel groups, then corrects the commonest English exceptions: a silent final "e", "-ed" that is not
     * a syllable ("lived"), "-es" that is not one ("lives"). Numbers and times count one syllable per digit
     * group, near enough for a score over a paragraph.
     */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        String stem = w;
        if (stem.endsWith("es") && !stem.matches(".*(?:[sxz]|ch|sh|ge|ce)es$")) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("ed") && !stem.matches(".*[td]ed$")) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("e") && !stem.endsWith("le") && !stem.endsWith("ee")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        int count = (int) Arrays.stream(stem.split("[^aeiouy]+")).filter(s -> !s.isEmpty()).count();
        // these vowel pairs are usually two syllables ("period", "media", "usual"), but not in "-cial", "-tion"
        count += (int) TWO_SYLLABLE_PAIRS.matcher(stem).results().count();
        return Math.max(1, count);
    }
}
