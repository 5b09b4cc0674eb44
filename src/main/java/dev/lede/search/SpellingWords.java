package dev.lede.search;

import dev.lede.model.EditDistance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine-neutral rules of "did you mean": which words of a query are checked (plain words of three letters or
 * more; operators, wildcards, field prefixes and fuzzy/boost suffixes stay as typed) and how corrections are put
 * back into the query, and which of an engine's candidates may stand for a word. Each engine supplies the correction
 * of one word.
 */
public final class SpellingWords {

    /** Plain words only: a word with a wildcard, a field prefix or a fuzzy/boost suffix is left alone. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:*~^])\\p{L}{3,}(?![\\p{L}\\p{N}:*~^])");

    private static final Pattern ANY_WORD = Pattern.compile("\\p{L}+");

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    /** Articles read to find how a suggested stem is written. */
    public static final int SURFACE_SAMPLES = 3;

    /**
     * Edits (insertions, deletions, substitutions, swaps of neighbours) allowed between a word as typed and a
     * correction as articles write it. Engines find candidates among stems, where one edit can be another word
     * ("elect" and "electr", of "election" and "electric"), so the written forms are measured again.
     */
    public static final int MAX_EDITS = 2;

    /**
     * An engine's candidate correction and the number of articles holding it: an indexed stem, whose words as
     * written are looked up, or ({@code written}) a word as articles write it.
     */
    public record Candidate(String term, int articles, boolean written) {

        /** An indexed stem. */
        public static Candidate stem(String stem, int articles) {
            return new Candidate(stem, articles, false);
        }

        /** A word as articles write it ("manager", where the stem "manag" is too far from "manqger" to be offered). */
        public static Candidate word(String word, int articles) {
            return new Candidate(word, articles, true);
        }
    }

    /**
     * The words articles write for an indexed stem ("government", "governments", "governing" for "govern"); empty when
     * none shows one.
     */
    @FunctionalInterface
    public interface WrittenForms {
        List<String> of(String stem) throws IOException;
    }

    /** An engine's correction of one unknown word; empty when the word is known or nothing is close. */
    @FunctionalInterface
    public interface Corrector {
        Optional<String> correction(String word) throws IOException;
    }

    private SpellingWords() {}

    /** The query with its unknown words corrected; empty when every word is known or none has a correction. */
    public static Optional<String> suggest(String query, Corrector corrector) throws IOException {
        Matcher words = WORD.matcher(query);
        StringBuilder suggestion = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            String replacement = OPERATORS.contains(word)
                    ? word
                    : corrector
                            .correction(word)
                            .map(found -> inCaseOf(word, found))
                            .orElse(word);
            changed |= !replacement.equals(word);
            words.appendReplacement(suggestion, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(suggestion);
        return changed ? Optional.of(suggestion.toString()) : Optional.empty();
    }

    /**
     * Of the words articles write for an engine's candidates, the one fewest edits from the word as typed (case aside),
     * at most {@link #MAX_EDITS}; of equally close ones, the one more articles hold (a stem's count is of all its
     * words), then the engine's first. "electric" is no correction of "election", though their stems are one edit
     * apart; "government" is the correction of "goverment" even where articles write "governing" first. A stem no
     * article shows a word for stands for itself.
     */
    public static Optional<String> closestWritten(String typed, List<Candidate> candidates, WrittenForms forms)
            throws IOException {
        String lowerTyped = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestEdits = MAX_EDITS + 1;
        int bestArticles = -1;
        for (Candidate candidate : candidates) {
            List<String> written = candidate.written() ? List.of() : forms.of(candidate.term());
            for (String form : written.isEmpty() ? List.of(candidate.term()) : written) {
                int edits = EditDistance.between(lowerTyped, form.toLowerCase(Locale.ROOT));
                boolean closer = edits < bestEdits || (edits == bestEdits && candidate.articles() > bestArticles);
                if (edits <= MAX_EDITS && closer) {
                    best = form;
                    bestEdits = edits;
                    bestArticles = candidate.articles();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A correction in the case the word was typed in: "Reagan" for "Reagn", "OPEC" for "OPCE", else as found. */
    static String inCaseOf(String typed, String correction) {
        if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
            return correction.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.charAt(0))) {
            return Character.toUpperCase(correction.charAt(0)) + correction.substring(1);
        }
        return correction;
    }

    /** The words of an article's text, lower-cased, in order: the candidates for how a stem is written. */
    public static List<String> writtenWords(String text) {
        List<String> found = new ArrayList<>();
        Matcher words = ANY_WORD.matcher(text == null ? "" : text);
        while (words.find()) {
            found.add(words.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
