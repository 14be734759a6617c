package uk.familyagreements.command.agreement.guidance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A phrase found in a text, kept with its position so that overlapping finds can be resolved. */
record PhraseMatch<T>(int start, int end, String found, T rule) {

    /**
     * Finds every rule's matches in the text and keeps, where finds overlap, the one starting first and then the
     * longest, so that "on an ongoing basis" is reported once, not also as "ongoing".
     */
    static <T> List<PhraseMatch<T>> findAll(String text, List<T> rules, Function<T, Pattern> pattern) {
        List<PhraseMatch<T>> all = new ArrayList<>();
        for (T rule : rules) {
            Matcher m = pattern.apply(rule).matcher(text);
            while (m.find()) {
                all.add(new PhraseMatch<>(m.start(), m.end(), m.group(), rule));
            }
        }
        all.sort(Comparator.<PhraseMatch<T>>comparingInt(PhraseMatch::start)
                .thenComparing(Comparator.<PhraseMatch<T>>comparingInt(PhraseMatch::end).reversed()));
        List<PhraseMatch<T>> kept = new ArrayList<>();
        int coveredTo = -1;
        for (PhraseMatch<T> match : all) {
            if (match.start() >= coveredTo) {
                kept.add(match);
                coveredTo = match.end();
            }
        }
        return kept;
    }
}
