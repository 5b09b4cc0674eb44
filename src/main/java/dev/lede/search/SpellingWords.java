package dev.lede.search;

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
 * back into the query. Each engine supplies the correction of one word.
 */
public final class SpellingWords {

    /** Plain words only: a word with a wildcard, a field prefix or a fuzzy/boost suffix is left alone. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:*~^])\\p{L}{3,}(?![\\p{L}\\p{N}:*~^])");

    private static final Pattern ANY_WORD = Pattern.compile("\\p{L}+");

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    /** Articles read to find how a suggested stem is written. */
    public static final int SURFACE_SAMPLES = 3;

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
            String replacement =
                    OPERATORS.contains(word) ? word : corrector.correction(word).orElse(word);
            changed |= !replacement.equals(word);
            words.appendReplacement(suggestion, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(suggestion);
        return changed ? Optional.of(suggestion.toString()) : Optional.empty();
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
