package dev.lede.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names that misspell a much more used name by one letter in one word ("Morgan Stanely", "Chrylser", "Securities
 * and Exchange Comission"): a letter left out, added, changed, or two swapped. Wire copy misspells names now and then,
 * and each slip would otherwise be an organisation of its own. A slip is taken for one only where it cannot be a
 * name of its own as well:
 *
 * <ul>
 *   <li>the two words have {@value #LEAST_LETTERS} letters at least and start alike: short names and names that differ
 *       in their first letter are as often two firms ("Geico" and "Gelco", "Canon" and "Canron", "Masco" and
 *       "Pasco");
 *   <li>the misspelt word is in no other name: a word other names have is a name's word ("Hudson Corp", Dayton Hudson
 *       cut short, is no slip for "Hadson Corp");
 *   <li>a name of one word has {@value #LEAST_LETTERS_ALONE} letters at least and is written somewhere with the same
 *       other words as the name it misspells, a legal form say ("Chrylser Corp", "Chrysler Corp"): alone, a word one
 *       letter from another is as often a name of its own ("Treasure", Treasure Valley Foods cut short, beside
 *       "Treasury"; "Johnston", "Johnson"; "Telkon Corp", "Telxon Corp");
 *   <li>the name it misspells is used in at least {@value #DOMINANCE} times as many articles, and no other name it
 *       could misspell is: two firms one letter apart are seldom that far apart in use ("Integrated Generics" in five
 *       Reuters stories, "Integrated Genetics" in two; "Centel", "Contel").
 * </ul>
 */
final class Misspellings {

    static final int LEAST_LETTERS = 6;

    static final int LEAST_LETTERS_ALONE = 7;

    static final int DOMINANCE = 3;

    private Misspellings() {}

    /**
     * @param articlesOfName by name, its words in lower case separated by single spaces, how many articles use it
     * @param writtenOfName by name, the ways the articles write it
     * @return by misspelt name, the name it misspells, itself spelled right
     */
    static Map<String, String> corrections(Map<String, Long> articlesOfName, Map<String, List<String>> writtenOfName) {
        Map<Long, List<Slot>> spellingsByKey = new HashMap<>();
        articlesOfName.forEach((name, articles) -> {
            if (articles >= DOMINANCE) {
                for (Slot slot : slots(name)) {
                    for (long key : slot.keys()) {
                        spellingsByKey
                                .computeIfAbsent(key, k -> new ArrayList<>(1))
                                .add(slot);
                    }
                }
            }
        });
        Map<String, Integer> namesWithWord = namesWithWord(articlesOfName.keySet());
        Map<String, String> corrections = new LinkedHashMap<>();
        articlesOfName.forEach((name, articles) -> {
            Set<String> spellings = new HashSet<>();
            for (Slot slip : slots(name)) {
                if (namesWithWord.get(slip.word()) > 1) {
                    continue;
                }
                for (long key : slip.keys()) {
                    for (Slot spelling : spellingsByKey.getOrDefault(key, List.of())) {
                        if (articlesOfName.get(spelling.name()) >= DOMINANCE * articles
                                && isSlipFor(slip, spelling, writtenOfName)) {
                            spellings.add(spelling.name());
                        }
                    }
                }
            }
            if (spellings.size() == 1) {
                corrections.put(name, spellings.iterator().next());
            }
        });
        corrections.replaceAll((slip, spelling) -> rightSpelling(spelling, corrections));
        return corrections;
    }

    /**
     * By value, the value it misspells, for values shown as they are written (people's and places' names), compared in
     * lower case; a value of one word misspells none.
     */
    static Map<String, String> ofValues(Map<String, Long> articlesOfValue) {
        Map<String, String> valueOfKey = new HashMap<>();
        Map<String, Long> articlesOfKey = new HashMap<>();
        Map<String, List<String>> writtenOfKey = new HashMap<>();
        articlesOfValue.forEach((value, articles) -> {
            String key = value.toLowerCase(Locale.ROOT);
            if (valueOfKey.putIfAbsent(key, value) == null) {
                articlesOfKey.put(key, articles);
                writtenOfKey.put(key, List.of(value));
            }
        });
        Map<String, String> corrections = new LinkedHashMap<>();
        corrections(articlesOfKey, writtenOfKey)
                .forEach((slip, spelling) -> corrections.put(valueOfKey.get(slip), valueOfKey.get(spelling)));
        return corrections;
    }

    /** Why a misspelt value is shown as the value it misspells. */
    static String reason(String value, String spelling) {
        return "\"" + value + "\" misspells \"" + spelling + "\" by one letter, in a word no other name has, and is"
                + " used in at most a third as many articles";
    }

    /** The name's spelling at the end of a chain of slips (each far rarer than the next, so the chain ends). */
    private static String rightSpelling(String name, Map<String, String> corrections) {
        String spelling = name;
        while (corrections.containsKey(spelling)) {
            spelling = corrections.get(spelling);
        }
        return spelling;
    }

    private static Map<String, Integer> namesWithWord(Set<String> names) {
        Map<String, Integer> count = new HashMap<>();
        names.forEach(name ->
                List.of(name.split(" ")).stream().distinct().forEach(word -> count.merge(word, 1, Integer::sum)));
        return count;
    }

    /** One long enough word of a name, in its place among the others. */
    private record Slot(String name, int position, String word, String others) {

        /**
         * Hashes of the word and of the word less each letter, in the name's other words: two words one slip apart
         * share one of these (a letter changed or two swapped: the word less that letter; one left out: the shorter
         * word whole). Hashes, not strings, since every name has several; a shared hash is checked.
         */
        long[] keys() {
            long context = (long) others.hashCode() * 31 + position;
            long[] keys = new long[word.length() + 1];
            keys[0] = hash(context, -1);
            for (int i = 0; i < word.length(); i++) {
                keys[i + 1] = hash(context, i);
            }
            return keys;
        }

        private long hash(long context, int leftOut) {
            long hash = context;
            for (int i = 0; i < word.length(); i++) {
                if (i != leftOut) {
                    hash = hash * 1_000_003 + word.charAt(i);
                }
            }
            return hash;
        }
    }

    private static List<Slot> slots(String name) {
        String[] words = name.split(" ");
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= LEAST_LETTERS) {
                String[] others = words.clone();
                others[i] = "_";
                slots.add(new Slot(name, i, words[i], String.join(" ", others)));
            }
        }
        return slots;
    }

    private static boolean isSlipFor(Slot slip, Slot spelling, Map<String, List<String>> writtenOfName) {
        String a = slip.word();
        String b = spelling.word();
        return !slip.name().equals(spelling.name())
                && slip.position() == spelling.position()
                && slip.others().equals(spelling.others())
                && a.charAt(0) == b.charAt(0)
                && EditDistance.between(a, b) == 1
                && (slip.name().indexOf(' ') > 0
                        || Math.min(a.length(), b.length()) >= LEAST_LETTERS_ALONE
                                && writtenAlike(writtenOfName.get(slip.name()), writtenOfName.get(spelling.name())));
    }

    /** Whether a name as written in one list has all its words, two at least, but one in a name of the other. */
    private static boolean writtenAlike(List<String> some, List<String> others) {
        for (String one : some) {
            List<String> words = writtenWords(one);
            for (String other : others) {
                List<String> otherWords = writtenWords(other);
                if (words.size() > 1 && words.size() == otherWords.size() && differInOneWord(words, otherWords)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> writtenWords(String name) {
        return List.of(name.toLowerCase(Locale.ROOT).replace(".", "").split("[\\s,]+"));
    }

    private static boolean differInOneWord(List<String> some, List<String> others) {
        int differences = 0;
        for (int i = 0; i < some.size(); i++) {
            if (!some.get(i).equals(others.get(i))) {
                differences++;
            }
        }
        return differences == 1;
    }
}
