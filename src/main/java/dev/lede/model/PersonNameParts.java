package dev.lede.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One person value taken apart for comparison: its words in plain lower-case letters, without accents, without the
 * Arabic article written joined ("al-Assad" → "assad"), and with initials ("J.", "W") kept apart from the words.
 * The keys and forms are worked out once, since merging an archive's people compares each name with many others',
 * after every commit.
 *
 * @param words the words of two letters or more, in order
 * @param initials the one-letter words, in order
 * @param initialsFirst whether the name starts with an initial ("D. J. Baker")
 * @param keys the sound key of every word, each as {@link #wordKey} gives it
 * @param spellingKey the keys joined: what spellings of one full name share
 * @param surnameForm the {@link #transliterationForm} of the surname
 * @param transliterationKey the {@link #transliterationForm} of every word, joined
 * @param otherSpellingKeys the spelling keys of the name as others may write it: with its umlauts written out as
 *     German does without them ("Schröder" as "Schroeder"), with its hyphenated parts as one word ("Xi Jin-ping" as
 *     "Xi Jinping"), with two given names as one ("Man Mohan Singh" as "Manmohan Singh")
 */
record PersonNameParts(
        List<String> words,
        List<Character> initials,
        boolean initialsFirst,
        List<String> keys,
        String spellingKey,
        String surnameForm,
        String transliterationKey,
        List<String> otherSpellingKeys) {

    /** "Mehdi", "Mahdi": shorter words are too few letters to tell a transliteration from another name. */
    private static final int SHORTEST_EH_WORD = 5;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINED_ARTICLE = Pattern.compile("(?<![a-z])(?:al|el|ad|as|ash|ar|an|az)-");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z ]");
    private static final Pattern TRANSLITERATION_MARK = Pattern.compile("q|kh|dh|gh|zh|yi$|yy$");
    private static final Pattern FINAL_Y = Pattern.compile("(?<=[^aeiou])(?:yi|yy|y)$");

    private static final Pattern UMLAUTS = Pattern.compile("[äöüÄÖÜ]");
    /** A hyphen between parts of a name ("Jin-ping", "Ahmadi-Nejad"), not after an article ("al-Assad"). */
    private static final Pattern HYPHENATED_PARTS = Pattern.compile("(\\p{L}{3,})-(\\p{L})");

    static PersonNameParts of(String name) {
        String plain = plainLetters(name);
        List<String> words = new ArrayList<>();
        List<Character> initials = new ArrayList<>();
        boolean initialsFirst = false;
        for (String token : plain.split(" ")) {
            if (token.length() == 1) {
                initialsFirst |= words.isEmpty();
                initials.add(token.charAt(0));
            } else if (!token.isEmpty()) {
                words.add(token);
            }
        }
        List<String> keys = words.stream().map(PersonNameParts::wordKey).toList();
        List<String> forms =
                words.stream().map(PersonNameParts::transliterationForm).toList();
        return new PersonNameParts(
                List.copyOf(words),
                List.copyOf(initials),
                initialsFirst,
                keys,
                String.join(" ", keys),
                forms.isEmpty() ? "" : forms.getLast(),
                String.join(" ", forms),
                List.copyOf(otherSpellingKeys(name, words, keys)));
    }

    private static List<String> otherSpellingKeys(String name, List<String> words, List<String> wordKeys) {
        List<String> keys = new ArrayList<>(givenNamesJoinedKeys(words, wordKeys));
        if (hasUmlaut(name)) {
            keys.add(umlautsWrittenOut(name).spellingKey());
        }
        if (name.indexOf('-') >= 0 && HYPHENATED_PARTS.matcher(name).find()) {
            keys.add(of(HYPHENATED_PARTS.matcher(name).replaceAll("$1$2")).spellingKey());
        }
        return keys;
    }

    /**
     * The spelling keys of the name with two neighbouring given names written as one ("Man Mohan Singh" as "Manmohan
     * Singh", "Abdel Aziz Bouteflika" as "Abdelaziz Bouteflika"); none for a name of fewer than three words.
     */
    private static List<String> givenNamesJoinedKeys(List<String> words, List<String> keys) {
        if (words.size() < 3) {
            return List.of();
        }
        List<String> joinedKeys = new ArrayList<>(words.size() - 2);
        for (int i = 0; i + 2 < words.size(); i++) {
            List<String> joined = new ArrayList<>(keys);
            joined.set(i, wordKey(words.get(i) + words.get(i + 1)));
            joined.remove(i + 1);
            joinedKeys.add(String.join(" ", joined));
        }
        return joinedKeys;
    }

    private static boolean hasUmlaut(String name) {
        return !isAscii(name) && UMLAUTS.matcher(name).find();
    }

    private static PersonNameParts umlautsWrittenOut(String name) {
        return of(name.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue"));
    }

    /**
     * Whether the two names have the same words but for transliterations of one another ("Rafik Hariri", "Rafiq
     * al-Hariri"), as {@link #transliteratedAlike(String, String)} tells them.
     */
    static boolean transliteratedAlike(PersonNameParts one, PersonNameParts other) {
        if (one.words.size() != other.words.size() || one.words.equals(other.words)) {
            return false;
        }
        for (int i = 0; i < one.words.size(); i++) {
            String word = one.words.get(i);
            if (!word.equals(other.words.get(i)) && !transliteratedAlike(word, other.words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name in lower case without accents, joined Arabic articles ("al-"), dots, hyphens or anything else but the
     * letters a to z, words apart by spaces. Each rewrite is skipped where it cannot change anything: a server's
     * first snapshot takes apart every person's name (hundreds of thousands in a large archive), and the regular
     * expressions were most of that work.
     */
    private static String plainLetters(String name) {
        String lower = isAscii(name)
                ? name.toLowerCase(Locale.ROOT)
                : withLettersSpelledOut(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                        .replaceAll("")
                        .toLowerCase(Locale.ROOT));
        if (lower.indexOf('-') >= 0) {
            lower = JOINED_ARTICLE.matcher(lower).replaceAll("");
        }
        String spaced = lower.replace('-', ' ').replace('.', ' ');
        return lettersAndSpacesOnly(spaced)
                ? spaced
                : NOT_LETTER.matcher(spaced).replaceAll("");
    }

    /**
     * Letters that carry no separable accent, written as an English text writes them ("Wałęsa" as "Walesa",
     * "Yıldırım" as "Yildirim", "Søren" as "Soren").
     */
    private static String withLettersSpelledOut(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean lettersAndSpacesOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (c < 'a' || c > 'z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many letters, added over the words, one name must change to be written as the other: a letter put in, left
     * out, replaced, or two neighbours swapped ("Ichan", "Icahn"), once consonants written several ways for one sound
     * are evened out ("Pawel", "Pavel"; "Aleksey", "Alexei"). Names of different word counts are compared as one run
     * of letters each, for a name whose parts one writes apart and another as one word ("Xi Jin-ping", "Xi Jinping").
     */
    static int letterEdits(PersonNameParts one, PersonNameParts other) {
        if (one.words.size() != other.words.size()) {
            return EditDistance.between(
                    lettersAsSounded(String.join("", one.words)), lettersAsSounded(String.join("", other.words)));
        }
        int edits = 0;
        for (int i = 0; i < one.words.size(); i++) {
            edits += EditDistance.between(lettersAsSounded(one.words.get(i)), lettersAsSounded(other.words.get(i)));
        }
        return edits;
    }

    /** The word with its consonants evened out and "y" read as the "i" it so often transliterates ("Alexey"). */
    private static String lettersAsSounded(String word) {
        return spelledAsSounded(word).replace('y', 'i');
    }

    String surname() {
        return words.isEmpty() ? "" : words.getLast();
    }

    /** Whether the name is a peer's title and one name: "Lord Coe", "Baroness Amos". */
    boolean isPeer() {
        return words.size() == 2 && initials.isEmpty() && PersonVariants.PEERAGE_TITLES.contains(words.getFirst());
    }

    /**
     * What transliterations of one word share. Consonant spellings that stand for one sound are evened out ("ks"/"x",
     * "zh"/"j", "q"/"g", doubled letters), a "y" before a vowel at the start is dropped ("Yeltsin"/"Eltsin"), vowels are
     * grouped (a; e, i, y; o, u). The first vowel is kept (but for a Persian "eh" as "ah"), so Tim and Tom, Martin
     * and Morton stay apart; later
     * vowels, which vary most between transliterations (Gorbachev, Gorbachov), are dropped, except a final one, so
     * Maria and Mario stay apart.
     */
    static String wordKey(String word) {
        String t = spelledAsSounded(word);
        StringBuilder classed = new StringBuilder();
        for (char c : t.toCharArray()) {
            char k = vowelClass(c);
            if (classed.isEmpty() || classed.charAt(classed.length() - 1) != k) {
                classed.append(k);
            }
        }
        return skeleton(classed.toString());
    }

    /**
     * The word with "eh" in its first syllable read as "ah", as transliterations of Persian and Urdu write either
     * ("Mehmood", "Mahmood"; "Shehbaz", "Shahbaz"; "Rehman", "Rahman"). Other first vowels stay as written: English
     * surnames one vowel apart are other people ("Henson", "Hanson"; "Barrett", "Berrett").
     */
    private static String withFirstEhAsAh(String word) {
        int vowel = firstVowel(word);
        return word.length() >= SHORTEST_EH_WORD
                        && vowel >= 0
                        && word.charAt(vowel) == 'e'
                        && vowel + 1 < word.length()
                        && word.charAt(vowel + 1) == 'h'
                ? word.substring(0, vowel) + 'a' + word.substring(vowel + 1)
                : word;
    }

    private static int firstVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isVowel(word.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The word with consonant spellings that stand for one sound evened out ("ks"/"x", "zh"/"j", "q"/"g", "w"/"v",
     * "tch"/"ch" as in "Kutchma"),
     * and a "y" before a vowel at the start dropped ("Yeltsin"/"Eltsin"); its vowels as written.
     */
    private static String consonantsEvened(String word) {
        String t = word.replace("tch", "ch")
                .replace("ks", "x")
                .replace("kh", "h")
                .replace("ph", "f")
                .replace("zh", "j")
                .replace("dh", "d")
                .replace("ou", "u")
                .replace('q', 'g')
                .replace('w', 'v');
        if (t.length() > 1 && t.charAt(0) == 'y' && isVowel(t.charAt(1))) {
            t = t.substring(1);
        }
        return t;
    }

    /** The word with the spellings transliterations vary evened out: consonants, a first "eh", a final "eh" or "ah". */
    private static String spelledAsSounded(String word) {
        return withFinalEhAsA(withFirstEhAsAh(consonantsEvened(word)));
    }

    /**
     * The word with a final "eh" after a consonant, which transliterates the Arabic and Persian ending others write
     * "a" ("Haniyeh", "Haniya"; "Fatemeh", "Fatima"), or a final "ah" ("Abdullah", "Abdulla"), read as "a".
     */
    private static String withFinalEhAsA(String word) {
        int length = word.length();
        if (length > 2 && word.endsWith("ah")) {
            return word.substring(0, length - 1); // "Mullah", "Mulla": the same ending with its "h" left out
        }
        return length > 2 && word.endsWith("eh") && "aeiou".indexOf(word.charAt(length - 3)) < 0
                ? word.substring(0, length - 2) + "a"
                : word;
    }

    private static String skeleton(String classed) {
        StringBuilder out = new StringBuilder();
        boolean pastFirstVowels = false;
        for (int i = 0; i < classed.length(); i++) {
            char c = classed.charAt(i);
            boolean vowel = isClassedVowel(c);
            if (!vowel || !pastFirstVowels || i == classed.length() - 1) {
                out.append(c);
            }
            pastFirstVowels |= !vowel && i > 0 && isClassedVowel(classed.charAt(i - 1));
        }
        return out.toString();
    }

    private static char vowelClass(char c) {
        return switch (c) {
            case 'e', 'i', 'y', 'j' -> 'i';
            case 'o', 'u' -> 'u';
            default -> c;
        };
    }

    private static boolean isClassedVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }

    /**
     * Whether two single words are transliterations of one surname that differ only in consonants written several
     * ways (q/g/k and "gh" for one sound, "dh"/"d", "zh"/"j", doubled letters, a final "y"/"yi"/"yy"; "kh" is a
     * sound of its own, so "Gail" is not "Khail" nor "Burkhard" "Burgard"), every vowel as written and in its place
     * (so "Beerman" is not "Berman", "Kadir" not "Khadri"), and one of the two carries such a transliteration mark
     * ("Kadhafi" and "Gaddafi"; "Gates" and "Kates" carry none).
     */
    static boolean transliteratedAlike(String word, String other) {
        return !word.equals(other)
                && (hasTransliterationMark(word) || hasTransliterationMark(other))
                && transliterationForm(word).equals(transliterationForm(other));
    }

    /** The word with those consonant spellings evened out; words sharing it are candidates. */
    static String transliterationForm(String word) {
        String t = (word.endsWith("y") || word.endsWith("yi")
                        ? FINAL_Y.matcher(word).replaceFirst("i")
                        : word)
                .replace("kh", "x")
                .replace("gh", "g")
                .replace("dh", "d")
                .replace("zh", "j")
                .replace('q', 'k')
                .replace('g', 'k');
        StringBuilder out = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (isVowel(c) || out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasTransliterationMark(String word) {
        return TRANSLITERATION_MARK.matcher(word).find();
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
