package dev.lede.eval;

import dev.lede.model.PersonVariants;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Measures commons-codec's Beider–Morse phonetic key against Lede's person merges on the name-variants file's person
 * pairs and on bare-surname pairs, and prints both. Not a test: run it by hand (EVALUATION.md gives the command).
 */
public final class PhoneticKeyComparison {

    /** Bare surname against a full name: one person (true) or not. */
    private static final String[][] BARE_SURNAMES = {
        {"Kadhafi", "Muammar Gaddafi", "yes"},
        {"Qaddafi", "Muammar Gaddafi", "yes"},
        {"Navalnyi", "Alexei Navalny", "yes"},
        {"Zelenskyy", "Volodymyr Zelensky", "yes"},
        {"Eltsin", "Boris Yeltsin", "yes"},
        {"Beerman", "Howard Berman", "no"},
        {"Koch", "Takashi Kiuchi", "no"},
        {"Kates", "Bill Gates", "no"},
        {"Glenn", "Rudolph Giuliani", "no"},
        {"Morton", "Paul Martin", "no"},
    };

    private final BeiderMorseEncoder encoder = new BeiderMorseEncoder();

    private PhoneticKeyComparison() {
        encoder.setNameType(NameType.GENERIC);
        encoder.setRuleType(RuleType.APPROX);
        encoder.setConcat(false);
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/entities/name-variants.dev.csv");
        PhoneticKeyComparison comparison = new PhoneticKeyComparison();
        List<String[]> rows = new ArrayList<>();
        for (NameVariantPairs.Pair pair : NameVariantPairs.read(file)) {
            if (pair.kind().equals("person")) {
                rows.add(new String[] {pair.a(), pair.b(), pair.same() ? "yes" : "no"});
            }
        }
        rows.addAll(Arrays.asList(BARE_SURNAMES));
        int[] lede = new int[4];
        int[] phonetic = new int[4];
        for (String[] row : rows) {
            boolean same = row[2].equals("yes");
            boolean byLede = ledeMerges(row[0], row[1]);
            boolean byKey = comparison.keysMatch(row[0], row[1]);
            count(lede, same, byLede);
            count(phonetic, same, byKey);
            if (byLede != same || byKey != same) {
                System.out.printf(
                        "%-28s %-28s same=%-3s lede=%-5s beider-morse=%s%n", row[0], row[1], row[2], byLede, byKey);
            }
        }
        System.out.printf("%d pairs (%d same)%n", rows.size(), lede[0] + lede[1]);
        System.out.printf(
                "Lede:         same merged %d / %d, different merged (wrong) %d / %d%n",
                lede[0], lede[0] + lede[1], lede[2], lede[2] + lede[3]);
        System.out.printf(
                "Beider-Morse: same merged %d / %d, different merged (wrong) %d / %d%n",
                phonetic[0], phonetic[0] + phonetic[1], phonetic[2], phonetic[2] + phonetic[3]);
    }

    /** [same merged, same apart, different merged, different apart] */
    private static void count(int[] tally, boolean same, boolean merged) {
        tally[(same ? 0 : 2) + (merged ? 0 : 1)]++;
    }

    private static boolean ledeMerges(String a, String b) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(a, 1L);
        counts.put(b, 1L);
        return !PersonVariants.automatic(counts, people -> Map.of()).isEmpty();
    }

    /**
     * Words aligned from the surname backwards, accents, initials and joined articles left out; every word of the shorter name
     * must share a Beider–Morse alternative with its counterpart.
     */
    boolean keysMatch(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        for (int i = 1; i <= shorter.size(); i++) {
            if (!share(shorter.get(shorter.size() - i), longer.get(longer.size() - i))) {
                return false;
            }
        }
        return !shorter.isEmpty();
    }

    private boolean share(String a, String b) {
        Set<String> alternatives = alternatives(a);
        alternatives.retainAll(alternatives(b));
        return !alternatives.isEmpty();
    }

    private Set<String> alternatives(String word) {
        try {
            return new HashSet<>(Arrays.asList(encoder.encode(word).split("\\|")));
        } catch (org.apache.commons.codec.EncoderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        for (String w :
                folded.toLowerCase(Locale.ROOT).replaceAll("\\b(?:al|el)-", "").split("[\\s-]+")) {
            String plain = w.replace(".", "");
            if (plain.length() > 1) {
                words.add(plain);
            }
        }
        return words;
    }
}
