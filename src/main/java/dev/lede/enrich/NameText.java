package dev.lede.enrich;

import dev.lede.enrich.places.CharacterRuns;
import dev.lede.enrich.places.LineBreaks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text clean-ups shared by the person, place and organisation name rules. */
final class NameText {

    /** What {@code [\s\u00A0\u2007\u202F]} matches. */
    private static final String WHITESPACE = " \t\n\u000B\f\r\u00A0\u2007\u202F";

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’`]s|(?<=s)['’`])$");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}");

    private static final Set<String> ABBREVIATIONS_WITH_DOT =
            Set.of("jr", "sr", "st", "inc", "co", "corp", "ltd", "bros");

    private NameText() {}

    /**
     * The words of a text between runs of white space, as {@code text.split("\\s+")} gives them, without compiling
     * the pattern on every call.
     */
    static String[] wordsBetweenWhitespace(String text) {
        return WHITESPACE_RUN.split(text);
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    static String normalizeWhitespace(String text) {
        return CharacterRuns.asOneSpace(text, WHITESPACE).trim();
    }

    /** The last word of a name of several words ("Rovers" of "Bristol Rovers"); empty for a name of one word. */
    static String lastOfSeveralWords(String normalizedName) {
        int lastSpace = normalizedName.lastIndexOf(' ');
        return lastSpace <= 0 ? "" : normalizedName.substring(lastSpace + 1);
    }

    /**
     * "Trump's" → "Trump", "Reuters'" → "Reuters": what {@link #POSSESSIVE} removes, read by hand when no line break
     * can make its {@code $} match before the end.
     */
    static String stripPossessive(String name) {
        if (LineBreaks.has(name)) {
            return POSSESSIVE.matcher(name).replaceFirst("");
        }
        int length = name.length();
        if (length >= 2 && name.charAt(length - 1) == 's' && isApostrophe(name.charAt(length - 2))) {
            return name.substring(0, length - 2);
        }
        if (length >= 2 && isApostrophe(name.charAt(length - 1)) && name.charAt(length - 2) == 's') {
            return name.substring(0, length - 1);
        }
        return name;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '`';
    }

    /**
     * Trims everything but letters and digits from both ends, except a final dot that closes an abbreviation
     * ("Jr.", "U.S.") and a bracket that closes one the name opens ("Finance Ministry (Japan)"), which belong to the
     * name.
     */
    static String trimPunctuation(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && !Character.isLetterOrDigit(name.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(name.charAt(end - 1))) {
            end--;
        }
        boolean abbreviationDot = end < name.length() && name.charAt(end) == '.' && endsWithAbbreviation(name, end);
        boolean closingBracket = end < name.length() && name.charAt(end) == ')' && opensABracket(name, start, end);
        return name.substring(start, abbreviationDot || closingBracket ? end + 1 : end);
    }

    private static boolean opensABracket(String name, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            if (name.charAt(i) == '(') {
                open++;
            } else if (name.charAt(i) == ')') {
                open--;
            }
        }
        return open > 0;
    }

    /** "U.S." → "US", so that the dotted and undotted spellings count as one value. */
    static String undotAbbreviations(String name) {
        return DOTTED_ABBREVIATION
                .matcher(name)
                .replaceAll(match -> match.group().replace(".", ""));
    }

    /** Removes whitespace, quotes and possessives around a mention. */
    static String clean(String mention) {
        String text = trimPunctuation(normalizeWhitespace(mention));
        return trimPunctuation(stripPossessive(text));
    }

    static List<String> tokens(String name) {
        return name.isEmpty() ? List.of() : Arrays.asList(name.split(" "));
    }

    /** Case-insensitive comparison key. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Of two spellings of one name, the one to show: "Washington" rather than a wire dateline's "WASHINGTON".
     * Keeps the first unless it is all capitals and the other is not.
     */
    static String usualSpelling(String first, String other) {
        boolean firstShouting = first.equals(first.toUpperCase(Locale.ROOT));
        boolean otherShouting = other.equals(other.toUpperCase(Locale.ROOT));
        return firstShouting && !otherShouting ? other : first;
    }

    /** "Beckham", "D'Elia", "McCartney": a capital, then letters (an apostrophe or hyphen inside), not shouted. */
    static boolean isWrittenLikeASurname(String word) {
        return word.length() >= 2
                && Character.isUpperCase(word.charAt(0))
                && word.chars().anyMatch(Character::isLowerCase)
                && word.chars().allMatch(c -> Character.isLetter(c) || isApostrophe((char) c) || c == '-');
    }

    static int letterCount(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }

    private static boolean endsWithAbbreviation(String name, int dotIndex) {
        int wordStart = name.lastIndexOf(' ', dotIndex - 1) + 1;
        String word = name.substring(wordStart, dotIndex);
        // dotted initials such as "U.S" and a few name-ending abbreviations keep their dot; other words do not
        return word.contains(".") || ABBREVIATIONS_WITH_DOT.contains(word.toLowerCase(Locale.ROOT));
    }
}
