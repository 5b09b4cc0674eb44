package dev.lede.index;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * English suffixes that make a word of the same meaning from another ("hugely" from "huge", "powerful" from "power",
 * "prisoner" from "prison"), with the usual spelling changes before them: a final "e" dropped ("reasonable" from
 * "reason", "organisation" from "organise"), "y" written "i" ("beautiful"), a consonant doubled ("focussing"). Two
 * words are kin where one is made from the other so, or both from one word ("enjoyment" and "enjoyable"). An "s" is
 * no such suffix, but after "ic" and "ward" ("diagnostics", "upwards"): whether a word ending in one is a plural only a
 * lexicon says ("news" is none of "new").
 */
final class Derivations {

    /** Suffixes Porter's stemmer takes off, and the inflections after them. */
    private static final List<String> SUFFIXES = List.of(
            "ly",
            "ally",
            "ful",
            "fully",
            "ness",
            "ment",
            "ments",
            "able",
            "ably",
            "ible",
            "ibly",
            "ive",
            "ively",
            "er",
            "ers",
            "or",
            "ors",
            "ant",
            "ants",
            "ion",
            "ions",
            "ation",
            "ations",
            "al",
            "ism",
            "ic",
            "ical",
            "ed",
            "ing",
            "ize",
            "izes",
            "ized",
            "izing",
            "ization",
            "izations",
            "ise",
            "ises",
            "ised",
            "ising",
            "isation",
            "isations");

    /** Fewer letters make no word a suffix is added to, but a pronoun ("us" is not what "used" is made from). */
    private static final int SHORTEST_BASE = 3;

    private Derivations() {}

    /** Whether {@code one} and {@code other} are kin: one made from the other, or both from a word {@code isWord}. */
    static boolean areKin(String one, String other, Predicate<String> isWord) {
        Set<String> basesOfOne = bases(one);
        Set<String> basesOfOther = bases(other);
        if (basesOfOne.contains(other) || basesOfOther.contains(one)) {
            return true;
        }
        basesOfOne.retainAll(basesOfOther);
        return basesOfOne.stream()
                .anyMatch(base -> isWord.test(base) || base.startsWith("un") && isWord.test(base.substring(2)));
    }

    /** The words {@code derived} may be made from by one suffix, spelling changes undone. */
    static Set<String> bases(String derived) {
        Set<String> bases = new TreeSet<>();
        for (String suffix : SUFFIXES) {
            if (derived.length() >= suffix.length() + SHORTEST_BASE && derived.endsWith(suffix)) {
                String base = derived.substring(0, derived.length() - suffix.length());
                bases.add(base);
                bases.add(base + "e");
                char last = base.charAt(base.length() - 1);
                if (last == 'i') {
                    bases.add(base.substring(0, base.length() - 1) + "y");
                }
                if (base.length() > 2 && last == base.charAt(base.length() - 2)) {
                    bases.add(base.substring(0, base.length() - 1));
                }
            }
        }
        if (derived.endsWith("ics") || derived.endsWith("wards")) {
            bases.add(derived.substring(0, derived.length() - 1));
        }
        if (derived.endsWith("bly")
                || derived.endsWith("ply")
                || derived.endsWith("tly") && !derived.endsWith("ntly")) {
            bases.add(derived.substring(0, derived.length() - 1) + "e");
        }
        return bases;
    }
}
