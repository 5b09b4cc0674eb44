package dev.lede.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Families of words as Princeton WordNet relates them: a word form belongs to the lemmas it inflects ("generated" to
 * "generate", "news" to "news" alone, since "new" is no noun), and lemmas one derives from another are one family
 * ("generate", "generation", "generator"; "new", "newly", "newness"). {@link StemOverridesBuilder} uses them to tell
 * which words a stemmer joins that are no kin.
 *
 * <p>Read from a WordNet 3 database folder (Debian's {@code wordnet-base}: {@code /usr/share/wordnet}): the four
 * {@code index.*} files for lemmas, the {@code *.exc} files for irregular forms and the {@code data.*} files for the
 * links between words: derived forms, pertainyms ("political" to "politics", "newly" to "new") and participles.
 */
final class WordFamilies {

    private static final List<String> PARTS_OF_SPEECH = List.of("noun", "verb", "adj", "adv");
    /** WordNet's pointer symbols of links between word forms of one family. */
    private static final Set<String> KIN = Set.of("+", "\\", "<");
    /** WordNet's detachment rules ("morphy"): an inflected ending and the lemma's ending in its place. */
    private static final Map<String, List<String[]>> ENDINGS = Map.of(
            "noun",
            List.of(
                    ending("s", ""),
                    ending("ses", "s"),
                    ending("xes", "x"),
                    ending("zes", "z"),
                    ending("ches", "ch"),
                    ending("shes", "sh"),
                    ending("men", "man"),
                    ending("ies", "y")),
            "verb",
            List.of(
                    ending("s", ""),
                    ending("ies", "y"),
                    ending("es", "e"),
                    ending("es", ""),
                    ending("ed", "e"),
                    ending("ed", ""),
                    ending("ing", "e"),
                    ending("ing", "")),
            "adj",
            List.of(ending("er", ""), ending("est", ""), ending("er", "e"), ending("est", "e")),
            "adv",
            List.of());

    /**
     * A lemma of fewer letters is not taken as what a word ending in a suffix inflects: WordNet's are letters, symbols
     * and abbreviations ("us" is "United States", so "uses" would be its plural; "ga" gallium's, so "gas" its plural).
     */
    private static final int SHORTEST_BASE = 3;

    private final Map<String, Set<String>> lemmas = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> irregular = new HashMap<>();
    /** Each lemma's parent in its family's tree, a family's root being its own: the family's name. */
    private final Map<String, String> parent = new HashMap<>();

    private WordFamilies() {}

    /** The families of the WordNet database in {@code folder}. */
    static WordFamilies read(Path folder) throws IOException {
        WordFamilies families = new WordFamilies();
        for (String pos : PARTS_OF_SPEECH) {
            families.lemmas.put(pos, families.readLemmas(folder.resolve("index." + pos)));
            families.irregular.put(pos, readIrregular(folder.resolve(pos + ".exc")));
        }
        families.readLinks(folder);
        return families;
    }

    /**
     * The families of a word form, each named by one of its lemmas; empty for a form WordNet does not know. A form may
     * be of several ("saw": of "saw" and of "see").
     */
    Set<String> familiesOf(String form) {
        Set<String> families = new TreeSet<>();
        lemmasOf(form).forEach(lemma -> families.add(find(lemma)));
        return families;
    }

    /** The lemmas a word form is, or inflects, in any part of speech. */
    Set<String> lemmasOf(String form) {
        Set<String> found = new TreeSet<>();
        for (String pos : PARTS_OF_SPEECH) {
            Set<String> known = lemmas.get(pos);
            if (known.contains(form)) {
                found.add(form);
            }
            irregular.get(pos).getOrDefault(form, Set.of()).stream()
                    .filter(known::contains)
                    .forEach(found::add);
            for (String[] ending : ENDINGS.get(pos)) {
                if (form.length() > ending[0].length() && form.endsWith(ending[0])) {
                    String lemma = form.substring(0, form.length() - ending[0].length()) + ending[1];
                    if (lemma.length() >= SHORTEST_BASE && known.contains(lemma)) {
                        found.add(lemma);
                    }
                }
            }
        }
        return found;
    }

    private Set<String> readLemmas(Path index) throws IOException {
        Set<String> words = new TreeSet<>();
        try (Stream<String> lines = Files.lines(index, StandardCharsets.ISO_8859_1)) {
            lines.filter(line -> !line.startsWith(" "))
                    .map(line -> line.substring(0, line.indexOf(' ')))
                    .forEach(words::add);
        }
        words.forEach(word -> parent.putIfAbsent(word, word));
        return words;
    }

    private static Map<String, Set<String>> readIrregular(Path exceptions) throws IOException {
        Map<String, Set<String>> bases = new HashMap<>();
        for (String line : Files.readAllLines(exceptions, StandardCharsets.ISO_8859_1)) {
            String[] words = line.strip().split(" ");
            for (int i = 1; i < words.length; i++) {
                bases.computeIfAbsent(words[0], form -> new TreeSet<>()).add(words[i]);
            }
        }
        return bases;
    }

    /** Joins the families of the words each kin link of the data files' synsets relates. */
    private void readLinks(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        Map<String, String[]> synsets = new HashMap<>();
        for (String pos : PARTS_OF_SPEECH) {
            List<String> synsetLines =
                    Files.readAllLines(folder.resolve("data." + pos), StandardCharsets.ISO_8859_1).stream()
                            .filter(line -> !line.startsWith(" "))
                            .toList();
            lines.addAll(synsetLines);
            synsetLines.forEach(line -> synsets.put(letterOf(pos) + line.substring(0, 8), wordsOf(line.split(" "))));
        }
        lines.forEach(line -> joinKin(line.split(" "), synsets));
    }

    private void joinKin(String[] fields, Map<String, String[]> synsets) {
        String[] words = wordsOf(fields);
        int at = 4 + 2 * words.length;
        int pointers = Integer.parseInt(fields[at]);
        for (int i = 0; i < pointers; i++) {
            int p = at + 1 + 4 * i;
            String wordNumbers = fields[p + 3];
            if (!KIN.contains(fields[p]) || wordNumbers.equals("0000")) {
                continue;
            }
            String[] targets = synsets.get(letterOf(fields[p + 2]) + fields[p + 1]);
            String from = words[Integer.parseInt(wordNumbers.substring(0, 2), 16) - 1];
            String to = targets[Integer.parseInt(wordNumbers.substring(2), 16) - 1];
            if (parent.containsKey(from) && parent.containsKey(to)) {
                union(from, to);
            }
        }
    }

    /** A part of speech as a pointer names it, one letter; an adjective satellite ("s") as an adjective. */
    private static String letterOf(String pos) {
        return switch (pos) {
            case "noun", "n" -> "n";
            case "verb", "v" -> "v";
            case "adv", "r" -> "r";
            default -> "a";
        };
    }

    /** A synset line's words, lower case, without an adjective's position mark ("galore(ip)"). */
    private static String[] wordsOf(String[] fields) {
        int count = Integer.parseInt(fields[3], 16);
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            String word = fields[4 + 2 * i];
            int mark = word.indexOf('(');
            words[i] = (mark < 0 ? word : word.substring(0, mark)).toLowerCase(Locale.ROOT);
        }
        return words;
    }

    private static String[] ending(String inflected, String lemma) {
        return new String[] {inflected, lemma};
    }

    private String find(String word) {
        String root = word;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(word, root);
        return root;
    }

    private void union(String a, String b) {
        String rootA = find(a);
        String rootB = find(b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
    }
}
