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
 * one dropped, added or replaced; never the first letter), then asked of {@link ArticleSearch#spellingSuggestion}. A slip that is itself a word of the
 * index (the query finds articles) is counted apart and not asked. The slips come from a seed, so a seed nobody tuned
 * on gives a held-out figure. Run by {@code lede bench spelling}.
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
     * @return how many slips of each kind ended each way: "restored", "other" (another suggestion), "none", or "is a
     *     word"
     */
    public static Map<String, Integer> run(ArticleSearch search, long seed, int words) throws IOException {
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
        for (Slip slip : slips) {
            counts.merge(slip.kind() + " " + outcome(search, slip), 1, Integer::sum);
        }
        return counts;
    }

    private static String outcome(ArticleSearch search, Slip slip) throws IOException {
        if (search.search(SpellingWords.counting(slip.typed())).total() > 0) {
            return "is a word";
        }
        Optional<String> suggested = search.spellingSuggestion(slip.typed());
        if (suggested.isEmpty()) {
            return "none";
        }
        return suggested.get().toLowerCase(Locale.ROOT).equals(slip.meant()) ? "restored" : "other";
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
