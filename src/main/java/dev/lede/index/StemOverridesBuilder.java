package dev.lede.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Derives {@link StemOverrides}' list from the SCOWL word lists of both Englishes (Debian's {@code wbritish} and
 * {@code wamerican}) and Princeton WordNet 3 (Debian's {@code wordnet-base}):
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' dev.lede.index.StemOverridesBuilder /usr/share/wordnet \
 *     /usr/share/dict/british-english /usr/share/dict/american-english \
 *     src/main/resources/dev/lede/index/stem-overrides.txt
 * </pre>
 *
 * The words of the lists are grouped by their Porter stem, and the words of a stem by their WordNet family ({@link
 * WordFamilies}) and {@link Derivations}. Where a stem joins families that are no kin ("new" with "news", "general"
 * with "generate", "quit" with "quite"), the family of the word that is the stem ("new", "quit") or else of the most
 * words keeps it, and each other family gets its own: its shortest word, given to every word of it the lists hold
 * ("news"; "generate" for "generated", "generation", "generators"). A word WordNet does not know keeps Porter's stem,
 * as does a family whose shortest word is another stem already.
 */
public final class StemOverridesBuilder {

    private StemOverridesBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: StemOverridesBuilder WORDNET_FOLDER BRITISH_WORDS AMERICAN_WORDS OUT");
            System.exit(2);
        }
        WordFamilies families = WordFamilies.read(Path.of(args[0]));
        Set<String> words = new TreeSet<>(WordLists.lowerCaseWords(Path.of(args[1])));
        words.addAll(WordLists.lowerCaseWords(Path.of(args[2])));
        words.removeIf(Schema::isStopWord);
        SortedMap<String, String> overrides = overrides(words, families::familiesOf, Schema::porterStem);
        List<String> lines = new ArrayList<>(StemOverrides.HEADER);
        overrides.forEach((word, stem) -> lines.add(word + StemOverrides.SEPARATOR + stem));
        Files.write(Path.of(args[3]), lines, StandardCharsets.UTF_8);
        System.err.println("Wrote " + overrides.size() + " words to " + args[3]);
    }

    /**
     * Each word of {@code words} whose stem, as {@code stem} gives it, joins it to a family ({@code familiesOf}) of no
     * kin, with the stem of its own family instead.
     */
    static SortedMap<String, String> overrides(
            Set<String> words, Function<String, Set<String>> familiesOf, UnaryOperator<String> stem) {
        Map<String, List<String>> byStem =
                words.stream().collect(Collectors.groupingBy(stem, TreeMap::new, Collectors.toList()));
        Set<String> taken = new HashSet<>(byStem.keySet());
        SortedMap<String, String> overrides = new TreeMap<>();
        for (List<String> joined : byStem.values()) {
            String porter = stem.apply(joined.get(0));
            List<List<String>> kin = byFamily(joined, familiesOf);
            kin.sort(Comparator.comparing((List<String> group) -> !group.contains(porter))
                    .thenComparing(group -> -group.size())
                    .thenComparing(group -> group.get(0)));
            for (List<String> family : kin.subList(Math.min(1, kin.size()), kin.size())) {
                String own = family.stream()
                        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                        .orElseThrow();
                if (taken.add(own)) {
                    family.forEach(word -> overrides.put(word, own));
                }
            }
        }
        return overrides;
    }

    /**
     * The words WordNet knows, in groups of kin: two words are kin where they share a family or {@link Derivations}
     * relates them.
     */
    private static List<List<String>> byFamily(List<String> joined, Function<String, Set<String>> familiesOf) {
        List<Set<String>> families = new ArrayList<>();
        List<List<String>> kin = new ArrayList<>();
        for (String word : joined) {
            Set<String> ofWord = new HashSet<>(familiesOf.apply(word));
            if (ofWord.isEmpty()) {
                continue;
            }
            List<String> group = new ArrayList<>(List.of(word));
            for (int i = kin.size() - 1; i >= 0; i--) {
                if (!Collections.disjoint(families.get(i), ofWord)) {
                    ofWord.addAll(families.remove(i));
                    group.addAll(kin.remove(i));
                }
            }
            group.sort(Comparator.naturalOrder());
            families.add(ofWord);
            kin.add(group);
        }
        joinDerived(kin, word -> !familiesOf.apply(word).isEmpty());
        return kin;
    }

    /** Joins two groups where a word of one is a word of the other with a suffix that keeps its meaning. */
    private static void joinDerived(List<List<String>> kin, Predicate<String> isWord) {
        for (int i = 0; i < kin.size(); i++) {
            for (int j = kin.size() - 1; j > i; j--) {
                if (derived(kin.get(i), kin.get(j), isWord)) {
                    kin.get(i).addAll(kin.remove(j));
                    kin.get(i).sort(Comparator.naturalOrder());
                    j = kin.size();
                }
            }
        }
    }

    private static boolean derived(List<String> one, List<String> other, Predicate<String> isWord) {
        for (String a : one) {
            for (String b : other) {
                if (Derivations.areKin(a, b, isWord)) {
                    return true;
                }
            }
        }
        return false;
    }
}
