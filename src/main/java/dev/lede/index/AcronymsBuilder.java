package dev.lede.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<String> lines = new ArrayList<>(Acronyms.HEADER);
        List<String> pairs = lines(acronyms);
        lines.addAll(pairs);
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
        System.err.println("Wrote " + pairs.size() + " pairs to " + args[2]);
    }

    /**
     * Each acronym with its writing with points, sorted ("US => US,U.S"). An acronym whose letters are a stop word
     * ("IT", "AS", "OR") is left out: a headline written in capitals has many ("TO", "IN"), each of which would be kept
     * as an acronym too.
     */
    static List<String> lines(Set<String> acronyms) {
        List<String> lines = new ArrayList<>();
        for (String acronym : new TreeSet<>(acronyms)) {
            if (!Schema.isStopWord(acronym.toLowerCase(Locale.ROOT))) {
                lines.add(new Acronyms.Pair(acronym, withPoints(acronym)).line());
            }
        }
        return lines;
    }

    /** "US" as "U.S": a point after each letter but the last. */
    static String withPoints(String acronym) {
        return String.join(".", acronym.split(""));
    }
}
