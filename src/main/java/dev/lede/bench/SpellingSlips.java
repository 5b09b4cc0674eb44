package dev.lede.bench;

import dev.lede.model.ArticleView;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import dev.lede.search.MatchVisitor;
import dev.lede.search.SpellingWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often "did you mean" gives back the word a reader meant: words of an index's headlines, pairs of neighbouring
 * headline words, and the surnames of its two-word people, each given one slip of the keyboard (two letters swapped,
 * one dropped, added or replaced; never the first letter), then asked of {@link ArticleSearch#spellingSuggestion}. A slip that finds articles
 * itself (some articles make the same slip, or it is another word) is counted apart. Each query is also asked as
 * meant, which should get no suggestion. The slips come from a seed, so a seed nobody tuned on gives a held-out
 * figure. Run by {@code lede bench spelling}.
 */
public final class SpellingSlips {

    private static final Pattern HEADLINE_WORD = Pattern.compile("\\p{L}{5,}");

    /** Two neighbouring words of a headline, of five letters or more each: a query of two words about a topic. */
    private static final Pattern HEADLINE_PAIR = Pattern.compile("(?<!\\p{L})(\\p{L}{5,}) (?=(\\p{L}{5,})(?!\\p{L}))");

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** A query to ask, the one meant, and which kind it is ("word", "pair" of headline words, "name"). */
    record Slip(String kind, String meant, String typed) {}

    private SpellingSlips() {}

    /**
     * @param words how many headline words are given a slip; half as many pairs and as many names
     * @return how many slips of each kind ended each way ({@link #outcome}), and how many of the queries as meant
     *     were "kept" (no suggestion) or "changed"
     */
    public static Outcomes run(ArticleSearch search, long seed, int words) throws IOException {
        Set<String> headlineWords = new TreeSet<>();
        Set<String> pairs = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        search.export(SearchRequest.everything(), new MatchVisitor() {
            @Override
            public void begin(long total) {}

            @Override
            public void article(ArticleView article) {
                Matcher word = HEADLINE_WORD.matcher(article.title());
                while (word.find()) {
                    headlineWords.add(word.group().toLowerCase(Locale.ROOT));
                }
                Matcher pair = HEADLINE_PAIR.matcher(article.title());
                while (pair.find()) {
                    pairs.add(pair.group(1).toLowerCase(Locale.ROOT) + " "
                            + pair.group(2).toLowerCase(Locale.ROOT));
                }
                article.people().stream()
                        .filter(SpellingSlips::isPlainTwoWordName)
                        .forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
            }
        });
        Random random = new Random(seed);
        List<Slip> slips = new ArrayList<>();
        for (String word : sample(headlineWords, words, random)) {
            slips.add(new Slip("word", word, slip(word, random)));
        }
        for (String pair : sample(pairs, words / 2, random)) {
            String[] parts = pair.split(" ");
            boolean first = random.nextBoolean();
            String typed = first ? slip(parts[0], random) + " " + parts[1] : parts[0] + " " + slip(parts[1], random);
            slips.add(new Slip("pair", pair, typed));
        }
        for (String name : sample(names, words / 2, random)) {
            String[] parts = name.split(" ");
            slips.add(new Slip("name", name, parts[0] + " " + slip(parts[1], random)));
        }
        Map<String, Integer> counts = new TreeMap<>();
        List<String> changed = new ArrayList<>();
        for (Slip slip : slips) {
            counts.merge(slip.kind() + " " + outcome(search, slip), 1, Integer::sum);
            Optional<String> unasked = search.spellingSuggestion(slip.meant());
            counts.merge(slip.kind() + " as meant: " + (unasked.isEmpty() ? "kept" : "changed"), 1, Integer::sum);
            unasked.ifPresent(suggested -> changed.add(slip.meant() + " → " + suggested));
        }
        return new Outcomes(counts, changed);
    }

    /**
     * @param counts how many queries of each kind ended each way
     * @param changed the queries typed as meant that were given a suggestion all the same, with it
     */
    public record Outcomes(Map<String, Integer> counts, List<String> changed) {}

    /**
     * "restored", "other" (another suggestion) or "none"; after "found: " when the slip itself finds articles (a slip
     * some articles make too, or another word).
     */
    private static String outcome(ArticleSearch search, Slip slip) throws IOException {
        String found = search.search(SpellingWords.counting(slip.typed())).total() > 0 ? "found: " : "";
        Optional<String> suggested = search.spellingSuggestion(slip.typed());
        if (suggested.isEmpty()) {
            return found + "none";
        }
        return found + (suggested.get().toLowerCase(Locale.ROOT).equals(slip.meant()) ? "restored" : "other");
    }

    private static boolean isPlainTwoWordName(String name) {
        String[] parts = name.split(" ");
        return parts.length == 2 && parts[0].length() >= 4 && parts[1].length() >= 4 && name.matches("[A-Za-z ]+");
    }

    private static List<String> sample(Set<String> from, int n, Random random) {
        List<String> all = new ArrayList<>(from);
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(n, all.size()));
    }

    /** One slip in {@code word}, never of its first letter: two letters swapped, one dropped, added or replaced. */
    static String slip(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + LETTERS.charAt(random.nextInt(LETTERS.length())) + word.substring(at);
            default -> word.substring(0, at) + otherLetter(word.charAt(at), random) + word.substring(at + 1);
        };
    }

    private static char otherLetter(char letter, Random random) {
        String others = LETTERS.replace(String.valueOf(letter), "");
        return others.charAt(random.nextInt(others.length()));
    }
}
