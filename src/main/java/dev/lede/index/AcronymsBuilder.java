package dev.lede.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Derives {@link Acronyms}' list from the large SCOWL word lists of both Englishes (Debian's {@code wbritish-huge} and
 * {@code wamerican-huge}):
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' dev.lede.index.AcronymsBuilder /usr/share/dict/british-english-huge \
 *     /usr/share/dict/american-english-huge src/main/resources/dev/lede/index/acronyms.txt
 * </pre>
 *
 * Each word of two to four capitals ("US", "EU", "NATO") is paired with the same letters written with points ("U.S",
 * "E.U", "N.A.T.O"), as the tokenizer keeps them: it drops the last point, which may end a sentence.
 */
public final class AcronymsBuilder {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,4}");

    private AcronymsBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: AcronymsBuilder BRITISH_WORDS AMERICAN_WORDS OUT");
            System.exit(2);
        }
        Set<String> acronyms = new TreeSet<>(WordLists.wordsMatching(Path.of(args[0]), ACRONYM));
        acronyms.addAll(WordLists.wordsMatching(Path.of(args[1]), ACRONYM));
        Set<String> words = new HashSet<>(WordLists.lowerCaseWords(Path.of(args[0])));
        words.addAll(WordLists.lowerCaseWords(Path.of(args[1])));
        List<String> lines = new ArrayList<>(Acronyms.HEADER);
        List<String> pairs = lines(acronyms, words);
        lines.addAll(pairs);
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
        System.err.println("Wrote " + pairs.size() + " pairs to " + args[2]);
    }

    /**
     * Each acronym with its writing with points, sorted: both ways ("UK,U.K") unless its letters are a word in lower
     * case ("us", "who", "am"), which the index cannot tell from the acronym, so that only the capitals find the points
     * too ("US => US,U.S"), and "U.S." does not find every story with "us" in it. An acronym whose letters are a stop
     * word ("IT", "AS", "OR") is left out: the analysis drops it however it is typed.
     */
    static List<String> lines(Set<String> acronyms, Set<String> words) {
        List<String> lines = new ArrayList<>();
        for (String acronym : new TreeSet<>(acronyms)) {
            String lower = acronym.toLowerCase(Locale.ROOT);
            if (Schema.isStopWord(lower)) {
                continue;
            }
            lines.add(
                    words.contains(lower)
                            ? acronym + " => " + acronym + "," + withPoints(acronym)
                            : acronym + "," + withPoints(acronym));
        }
        return lines;
    }

    /** "US" as "U.S": a point after each letter but the last. */
    static String withPoints(String acronym) {
        return String.join(".", acronym.split(""));
    }
}
