package dev.lede.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives {@link CompoundWords}' list from the large SCOWL word lists of both Englishes (Debian's
 * {@code wbritish-huge} and {@code wamerican-huge}):
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' dev.lede.index.CompoundWordsBuilder /usr/share/dict/british-english-huge \
 *     /usr/share/dict/american-english-huge src/main/resources/dev/lede/index/compound-words.txt
 * </pre>
 *
 * A word of either list that is one of {@link #PREFIXES} written before another word of the lists ("pretax",
 * "nonperforming", "semiannual") is paired with the two written apart ("pre-tax"), which the tokenizer reads as two
 * words. The other part is three letters or more and no stop word.
 */
public final class CompoundWordsBuilder {

    /**
     * The bound prefixes that English writes both joined to a word and hyphenated, and that are no ordinary word in a
     * sentence, so the two written apart mean the joined word. Left out: two-letter prefixes, whose joined form is
     * often another word ("resign" and "re-sign", "coop" and "co-op", "Co operating profit"), and words that also
     * prefix ("over", "under", "out", "cross"), where the two apart are an ordinary phrase ("overall", "over all").
     */
    static final List<String> PREFIXES = List.of(
            "anti", "counter", "hydro", "inter", "intra", "macro", "micro", "mid", "mini", "multi", "neo", "non",
            "post", "pre", "pseudo", "semi", "sub", "super", "tele", "trans", "ultra");

    private static final int SHORTEST_REST = 3;

    private CompoundWordsBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CompoundWordsBuilder BRITISH_WORDS AMERICAN_WORDS OUT");
            System.exit(2);
        }
        Set<String> words = new HashSet<>(WordLists.lowerCaseWords(Path.of(args[0])));
        words.addAll(WordLists.lowerCaseWords(Path.of(args[1])));
        List<String[]> pairs = pairs(words);
        List<String> lines = new ArrayList<>(CompoundWords.HEADER);
        pairs.forEach(pair -> lines.add(pair[0] + "," + pair[1]));
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
        System.err.println("Wrote " + pairs.size() + " pairs to " + args[2]);
    }

    /** Each joined word with its prefix and the rest hyphenated ("pretax", "pre-tax"), sorted by the joined word. */
    static List<String[]> pairs(Set<String> words) {
        List<String[]> pairs = new ArrayList<>();
        for (String word : new TreeSet<>(words)) {
            for (String prefix : PREFIXES) {
                String rest = word.startsWith(prefix) ? word.substring(prefix.length()) : "";
                if (isWordAfterPrefix(rest, words)) {
                    pairs.add(new String[] {word, prefix + "-" + rest});
                }
            }
        }
        return pairs;
    }

    private static boolean isWordAfterPrefix(String rest, Set<String> words) {
        return rest.length() >= SHORTEST_REST && words.contains(rest) && !Schema.isStopWord(rest);
    }
}
