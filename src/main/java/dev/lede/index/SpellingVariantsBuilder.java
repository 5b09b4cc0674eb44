package dev.lede.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives {@link SpellingVariants}' list from two word lists of one English, British and American (Debian's
 * {@code wbritish} and {@code wamerican}, from SCOWL):
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' dev.lede.index.SpellingVariantsBuilder /usr/share/dict/british-english \
 *     /usr/share/dict/american-english src/main/resources/dev/lede/index/spelling-variants.txt
 * </pre>
 *
 * A British word and an American one are a pair where the American is written from the British by the usual
 * differences ("colour", "organise", "analyse", "centre", "catalogue", "anaemia", "defence", "travelled", "enrol",
 * "aluminium", "plough", "mould", "sulphate", "sceptic", "grey", "acknowledgement", "artefact", "pyjamas") and is no
 * British word itself: "meter", "program" and "license" are British words too, for something
 * else, so they stay apart from "metre", "programme" and "licence", as "forth", "morning" and "filed" do from "fourth",
 * "mourning" and "filled", which the same differences would write.
 */
public final class SpellingVariantsBuilder {

    /** British spelling, American spelling: each applied anywhere in a word, alone or with the others. */
    private static final List<String[]> DIFFERENCES = List.of(
            new String[] {"our", "or"},
            new String[] {"ise", "ize"},
            new String[] {"isa", "iza"},
            new String[] {"isi", "izi"},
            new String[] {"yse", "yze"},
            new String[] {"ysi", "yzi"},
            new String[] {"re", "er"},
            new String[] {"ogue", "og"},
            new String[] {"ae", "e"},
            new String[] {"oe", "e"},
            new String[] {"ence", "ense"},
            new String[] {"ll", "l"},
            new String[] {"l", "ll"},
            new String[] {"mme", "m"},
            new String[] {"ium", "um"},
            new String[] {"ough", "ow"},
            new String[] {"ou", "o"},
            new String[] {"ph", "f"},
            new String[] {"sc", "sk"},
            new String[] {"ey", "ay"},
            new String[] {"gement", "gment"},
            new String[] {"efact", "ifact"},
            new String[] {"yjama", "ajama"});

    /** A digraph that ends a word's stem ("snowshoed", "mantoes", "patinae") has no variant. */
    private static final Set<String> DIGRAPHS = Set.of("ae", "oe");

    private static final Set<String> INFLECTIONS = Set.of("", "s", "d");

    /** "analyses", "paralyses": the plural of a noun, which American writes the same. */
    private static final Pattern PLURAL_OF_YSIS = Pattern.compile(".*yses");

    private SpellingVariantsBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SpellingVariantsBuilder BRITISH_WORDS AMERICAN_WORDS OUT");
            System.exit(2);
        }
        List<String[]> pairs =
                pairs(WordLists.lowerCaseWords(Path.of(args[0])), WordLists.lowerCaseWords(Path.of(args[1])));
        List<String> lines = new ArrayList<>(SpellingVariants.HEADER);
        pairs.forEach(pair -> lines.add(pair[0] + "," + pair[1]));
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
        System.err.println("Wrote " + pairs.size() + " pairs to " + args[2]);
    }

    /** Each British word with each American spelling of it, sorted. */
    static List<String[]> pairs(Set<String> british, Set<String> american) {
        List<String[]> pairs = new ArrayList<>();
        for (String word : new TreeSet<>(british)) {
            if (PLURAL_OF_YSIS.matcher(word).matches()) {
                continue;
            }
            for (String spelling : americanSpellings(word)) {
                if (american.contains(spelling) && !british.contains(spelling)) {
                    pairs.add(new String[] {word, spelling});
                }
            }
        }
        return pairs;
    }

    /** Every word the differences write from {@code word}, each applied at one place or several. */
    static Set<String> americanSpellings(String word) {
        Set<String> spellings = new LinkedHashSet<>(Set.of(word));
        for (String[] difference : DIFFERENCES) {
            Set<String> changed = new HashSet<>();
            for (String spelling : spellings) {
                Matcher at = Pattern.compile(Pattern.quote(difference[0])).matcher(spelling);
                while (at.find()) {
                    boolean endsStem =
                            DIGRAPHS.contains(difference[0]) && INFLECTIONS.contains(spelling.substring(at.end()));
                    if (!endsStem) {
                        changed.add(spelling.substring(0, at.start()) + difference[1] + spelling.substring(at.end()));
                    }
                }
            }
            spellings.addAll(changed);
        }
        spellings.remove(word);
        return new TreeSet<>(spellings);
    }
}
