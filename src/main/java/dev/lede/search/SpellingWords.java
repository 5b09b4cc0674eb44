package dev.lede.search;

import dev.lede.model.EditDistance;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine-neutral rules of "did you mean": which words of a query are checked (plain words of three letters or
 * more that no article holds or only a few do; operators, wildcards, field prefixes and fuzzy/boost suffixes stay as
 * typed), which of an engine's candidates may stand for a word, and how corrections are put back into the query. Each
 * engine supplies what it knows of its words ({@link Words}).
 */
public final class SpellingWords {

    /** Plain words only: a word with a wildcard, a field prefix or a fuzzy/boost suffix is left alone. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:*~^])\\p{L}{3,}(?![\\p{L}\\p{N}:*~^])");

    private static final Pattern ANY_WORD = Pattern.compile("\\p{L}+");

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    /** Articles read to find how a suggested stem is written. */
    public static final int SURFACE_SAMPLES = 3;

    /** Articles read to find how a word is written: in lower case, or with a capital. */
    public static final int WRITING_SAMPLES = 10;

    /**
     * Edits (insertions, deletions, substitutions, swaps of neighbours) allowed between a word as typed and a
     * correction as articles write it. Engines find candidates among stems, where one edit can be another word
     * ("elect" and "electr", of "election" and "electric"), so the written forms are measured again.
     */
    public static final int MAX_EDITS = 2;

    /**
     * A word some articles hold may still be a slip ("goverment" in a few stories, "government" in thousands): one
     * held by at most this many articles, or this share of them ({@link #ARTICLES_PER_RARE_WORD}), is checked too.
     */
    public static final int RARE_WORD_ARTICLES = 5;

    public static final int ARTICLES_PER_RARE_WORD = 1_000;

    /**
     * How many times more articles a correction of a word the index holds must be in: a slip is far rarer than the
     * word meant, while a rare word that is no slip ("Gaza", "Blaire") seldom has so common a neighbour.
     */
    public static final int TIMES_MORE_COMMON = 10;

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

    /** A way articles write a word, as a correction of a word typed: its edits from it, and its articles. */
    public record Correction(String word, int edits, int articles) {}

    /** What an engine tells "did you mean" of the words of its index. */
    public interface Words {

        /**
         * The corrections of one word, best first ({@link SpellingWords#corrections}); empty when nothing is close.
         * Where some articles hold the word, only words more articles hold.
         */
        List<Correction> corrections(String word) throws IOException;

        /**
         * How many articles hold the word's stem in a title or body, found cheaply: no more than the word as a query
         * finds, which is counted only when this is few.
         */
        long articlesWithStem(String word) throws IOException;

        /**
         * The titles and bodies of a few articles holding a word (by its stem), {@link #WRITING_SAMPLES} of them: how
         * articles write it. Not the best scored, which are short and often headlines ("LIGHT CRUDE", "Arab Light").
         */
        List<String> textsHolding(String word) throws IOException;
    }

    /** How many articles a query in Lede's query language finds. */
    @FunctionalInterface
    public interface Counter {
        long articles(String query) throws IOException;
    }

    /** The search a {@link Counter} runs: the query alone, no hits, nothing counted but the articles. */
    public static SearchRequest counting(String query) {
        return SearchRequest.builder()
                .query(query)
                .size(0)
                .counting(Set.of(), Set.of())
                .build();
    }

    /** Corrections of each word tried together: the best few of each, for the first few words with any. */
    private static final int ALTERNATIVES_PER_WORD = 3;

    private static final int WORDS_WITH_ALTERNATIVES = 3;

    private SpellingWords() {}

    /**
     * The query with its unknown words corrected; empty when every word is known or none has a correction.
     *
     * <p>A word alone takes its best correction. Where several words are typed, the corrections are read together,
     * as the query they make: a plain query of several words whose corrected words stand together in some article, as
     * a phrase, takes the corrections that make the most such articles ("tony blare": "tony blair", though "blame" is
     * one edit nearer); otherwise, of the corrections fewest edits away in all, those whose query finds the most
     * articles. A rare word some articles hold ({@link #ofWordHeldBy}) is kept where the words as typed stand together
     * in an article, unless {@link #TIMES_MORE_COMMON} times as many articles write a correction so.
     */
    public static Optional<String> suggest(String query, Words words, Counter counter) throws IOException {
        List<Slot> slots = slots(query, words, counter);
        if (slots.stream().noneMatch(Slot::unknown)) {
            return Optional.empty();
        }
        List<List<Correction>> readings = readings(slots);
        List<Correction> best = readings.getFirst();
        if (slots.size() > 1 && readings.size() > 1) {
            best = bestReading(query, slots, readings, counter);
        }
        String suggestion = rewrite(query, slots, best);
        return suggestion.equals(query) ? Optional.empty() : Optional.of(suggestion);
    }

    /**
     * A plain word of the query, where it stands, and what it may be read as: its corrections, then itself where it
     * may be kept (a rare word), or itself alone when nothing corrects it.
     */
    private record Slot(int start, int end, String typed, List<Correction> options) {

        boolean unknown() {
            return options.size() > 1 || options.getFirst().edits() > 0;
        }
    }

    /** The articles of the index, counted once, when first asked. */
    private static final class IndexSize {
        private final Counter counter;
        private long articles = -1;

        IndexSize(Counter counter) {
            this.counter = counter;
        }

        long articles() throws IOException {
            if (articles < 0) {
                articles = counter.articles("");
            }
            return articles;
        }
    }

    /**
     * The corrections of a word no article holds, or of a rare one ({@link #ofRareWord}); empty for any other. The
     * word as a query is counted only where its stem is in few articles or none.
     */
    private static List<Correction> correctionsOf(String word, Words index, Counter counter, IndexSize indexSize)
            throws IOException {
        long withStem = index.articlesWithStem(word);
        if (withStem > 0 && !isRare(withStem, indexSize.articles())) {
            return List.of();
        }
        // Held as the reader would find it: by the word as a query, names and aliases included.
        long held = counter.articles(word);
        if (held == 0) {
            return index.corrections(word);
        }
        return isRare(held, indexSize.articles()) ? ofRareWord(word, held, index) : List.of();
    }

    /** A reading that changes nothing: a query of rare words kept as typed. */
    private static boolean isAsTyped(List<Correction> reading) {
        return reading.stream().allMatch(correction -> correction.edits() == 0);
    }

    private static List<Slot> slots(String query, Words index, Counter counter) throws IOException {
        Matcher words = WORD.matcher(query);
        List<Slot> slots = new ArrayList<>();
        int withAlternatives = 0;
        IndexSize indexSize = new IndexSize(counter);
        while (words.find()) {
            String word = words.group();
            List<Correction> found =
                    OPERATORS.contains(word) ? List.of() : correctionsOf(word, index, counter, indexSize);
            List<Correction> corrections =
                    found.stream().filter(option -> option.edits() > 0).toList();
            List<Correction> options = new ArrayList<>(corrections.subList(
                    0,
                    Math.min(
                            corrections.size(),
                            withAlternatives < WORDS_WITH_ALTERNATIVES ? ALTERNATIVES_PER_WORD : 1)));
            withAlternatives += options.size() > 1 ? 1 : 0;
            // The word itself: where nothing corrects it, or where a rare word may be kept as typed.
            found.stream()
                    .filter(option -> option.edits() == 0)
                    .findFirst()
                    .or(() -> corrections.isEmpty() ? Optional.of(new Correction(word, 0, 0)) : Optional.empty())
                    .ifPresent(options::add);
            slots.add(new Slot(words.start(), words.end(), word, options));
        }
        return slots;
    }

    /** Every way of reading the words, the best correction of each first. */
    private static List<List<Correction>> readings(List<Slot> slots) {
        List<List<Correction>> readings = new ArrayList<>();
        readings.add(List.of());
        for (Slot slot : slots) {
            List<List<Correction>> longer = new ArrayList<>();
            for (List<Correction> reading : readings) {
                for (Correction option : slot.options()) {
                    List<Correction> next = new ArrayList<>(reading);
                    next.add(option);
                    longer.add(next);
                }
            }
            readings = longer;
        }
        return readings;
    }

    private static List<Correction> bestReading(
            String query, List<Slot> slots, List<List<Correction>> readings, Counter counter) throws IOException {
        if (isPlainWords(query)) {
            List<Correction> best = null;
            long bestTogether = 0;
            for (List<Correction> reading : readings) {
                long together = counter.articles("\"" + String.join(" ", words(reading)) + "\"");
                // Rare words typed side by side as articles write them were meant, unless far more write a correction.
                together *= isAsTyped(reading) ? TIMES_MORE_COMMON : 1;
                if (together > bestTogether) {
                    best = reading;
                    bestTogether = together;
                }
            }
            if (best != null) {
                return best;
            }
        }
        List<List<Correction>> changed =
                readings.stream().filter(reading -> !isAsTyped(reading)).toList();
        int fewestEdits = changed.stream().mapToInt(SpellingWords::edits).min().orElse(0);
        List<Correction> best = changed.getFirst();
        long bestArticles = -1;
        for (List<Correction> reading : changed) {
            if (edits(reading) == fewestEdits) {
                long articles = counter.articles(rewrite(query, slots, reading));
                if (articles > bestArticles) {
                    best = reading;
                    bestArticles = articles;
                }
            }
        }
        return best;
    }

    /** Whether the query is nothing but plain words, which a phrase of its corrected words may stand for. */
    private static boolean isPlainWords(String query) {
        return WORD.matcher(query).replaceAll("").isBlank()
                && Arrays.stream(query.trim().split("\\s+")).noneMatch(OPERATORS::contains);
    }

    private static List<String> words(List<Correction> reading) {
        return reading.stream().map(Correction::word).toList();
    }

    private static int edits(List<Correction> reading) {
        return reading.stream().mapToInt(Correction::edits).sum();
    }

    /** The query with each word replaced by its reading, in the case it was typed in. */
    private static String rewrite(String query, List<Slot> slots, List<Correction> reading) {
        StringBuilder rewritten = new StringBuilder();
        int at = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            String word = reading.get(i).edits() == 0 && reading.get(i).word().equals(slot.typed())
                    ? slot.typed()
                    : inCaseOf(slot.typed(), reading.get(i).word());
            rewritten.append(query, at, slot.start()).append(word);
            at = slot.end();
        }
        return rewritten.append(query.substring(at)).toString();
    }

    /**
     * Of the words articles write for an engine's candidates, those at most {@link #MAX_EDITS} from the word as typed
     * (case aside), fewest edits first; of equally close ones, the one more articles hold first (a stem's count is of
     * all its words), then the engine's first; each word once. "electric" is no correction of "election", though their
     * stems are one edit apart; "government" is the correction of "goverment" even where articles write "governing"
     * first. A stem no article shows a word for stands for itself.
     */
    public static List<Correction> corrections(String typed, List<Candidate> candidates, WrittenForms forms)
            throws IOException {
        String lowerTyped = typed.toLowerCase(Locale.ROOT);
        Map<String, Correction> byWord = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            List<String> written = candidate.written() ? List.of() : forms.of(candidate.term());
            for (String form : written.isEmpty() ? List.of(candidate.term()) : written) {
                int edits = EditDistance.between(lowerTyped, form.toLowerCase(Locale.ROOT));
                Correction known = byWord.get(form);
                if (edits <= MAX_EDITS && (known == null || candidate.articles() > known.articles())) {
                    byWord.put(form, new Correction(form, edits, candidate.articles()));
                }
            }
        }
        List<Correction> ranked = new ArrayList<>(byWord.values());
        ranked.sort(Comparator.comparingInt(Correction::edits)
                .thenComparing(Comparator.comparingInt(Correction::articles).reversed()));
        return ranked;
    }

    /**
     * Whether a word held by {@code articles} of an index of {@code indexSize} is rare enough to be checked for a
     * slip; a word no article holds always is.
     */
    public static boolean isRare(long articles, long indexSize) {
        return articles <= Math.max(RARE_WORD_ARTICLES, indexSize / ARTICLES_PER_RARE_WORD);
    }

    /**
     * Of the corrections of {@code typed}, a word {@code articles} hold, those that can stand for a slip of it: one
     * edit away (the slip a keyboard makes) and in {@link #TIMES_MORE_COMMON} times as many articles or more, then the
     * word as typed, which a query of several words may keep ({@link #suggest}). All of them when no article holds the
     * word; none when nothing is close enough.
     */
    private static List<Correction> ofWordHeldBy(String typed, long articles, List<Correction> corrections) {
        if (articles == 0) {
            return corrections;
        }
        List<Correction> slipOf = new ArrayList<>(corrections.stream()
                .filter(correction -> correction.edits() == 1 && correction.articles() >= TIMES_MORE_COMMON * articles)
                .toList());
        if (!slipOf.isEmpty()) {
            slipOf.add(new Correction(typed, 0, (int) Math.min(articles, Integer.MAX_VALUE)));
        }
        return slipOf;
    }

    /** How articles write a word: somewhere in lower case, else only with a capital (a name), or not as typed. */
    enum Writing {
        LOWER_CASE,
        CAPITALISED,
        /** Only in texts wholly in capitals, which do not tell. */
        IN_CAPITALS,
        UNSEEN
    }

    /**
     * How {@code texts} (titles and bodies of a few articles holding a word) write {@code typed}: as a whole word, not
     * part of a longer name ("O'Herlihy"). A text wholly in capitals (a wire headline) says nothing of its case.
     */
    static Writing writing(String typed, List<String> texts) {
        Pattern word = Pattern.compile(
                "(?<![\\p{L}\\p{N}'’])" + Pattern.quote(typed) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Writing seen = Writing.UNSEEN;
        for (String text : texts) {
            Matcher occurrence = word.matcher(text == null ? "" : text);
            boolean inCapitals = text != null && text.equals(text.toUpperCase(Locale.ROOT));
            while (occurrence.find()) {
                if (inCapitals) {
                    seen = seen == Writing.UNSEEN ? Writing.IN_CAPITALS : seen;
                } else if (!Character.isUpperCase(occurrence.group().charAt(0))) {
                    return Writing.LOWER_CASE;
                } else {
                    seen = Writing.CAPITALISED;
                }
            }
        }
        return seen;
    }

    /**
     * The corrections of a rare word some articles hold ({@link #ofWordHeldBy}) that articles write as they write the
     * word, since a slip is written as the word it slips from: a common word in lower case somewhere ("goverment"), a
     * name always with a capital ("Apirl" for "April"). A word always written with a capital is a name, not a slip of
     * a common word ("Peres" of "peers", "Licht" of "light"), and a common word is no slip of a name ("chili" of
     * "Chile"). A word written only in headlines in capitals cannot be told either way, and is left alone. A word
     * none of the few articles holding it write as typed is found through the stem of other words,
     * and may be a slip of any; where more hold it, those read may not show how it is written, so it is left alone.
     */
    private static List<Correction> ofRareWord(String word, long held, Words index) throws IOException {
        Writing writing = writing(word, index.textsHolding(word));
        if (writing == Writing.UNSEEN) {
            // Not written as typed, though held: found through a stem of other words ("monye" of "mony"), or a name.
            return held <= WRITING_SAMPLES ? ofWordHeldBy(word, held, index.corrections(word)) : List.of();
        }
        if (writing == Writing.IN_CAPITALS) {
            return List.of();
        }
        List<Correction> writtenAlike = new ArrayList<>();
        for (Correction correction : ofWordHeldBy(word, held, index.corrections(word))) {
            if (correction.edits() == 0
                    || writing(correction.word(), index.textsHolding(correction.word())) == writing) {
                writtenAlike.add(correction);
            }
        }
        return writtenAlike.size() > 1 ? writtenAlike : List.of();
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
