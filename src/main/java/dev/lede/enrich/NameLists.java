package dev.lede.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of an article that stand beside a word in a list ("Tokyo, Osaka and Kobe", "Samsung, Sendo and Nokia"):
 * names joined to it, and to each other, by commas, "and" or "or", and nothing else between them.
 */
final class NameLists {

    /** What joins the names of a list, before a name. */
    private static final Pattern JOIN_BEFORE = Pattern.compile("(?:,|,?\\s+and|,?\\s+or)\\s+$");
    /** What joins the names of a list, after a name. */
    private static final Pattern JOIN_AFTER = Pattern.compile(",?\\s+(?:and|or)\\s+|,\\s+");
    /** Up to three capitalised words at the end of what comes before: the name a list has there. */
    private static final Pattern NAME_AT_END =
            Pattern.compile("(?<![\\p{L}.'-])\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}$");
    /** Up to three capitalised words at the start of what comes after. */
    private static final Pattern NAME_AT_START = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}");

    private static final int LIST_LOOK = 40;

    private NameLists() {}

    /**
     * The names listed right before and right after the word at {@code at}–{@code end}, nearest first on each side.
     *
     * @param names the names that count, as {@link #key} writes them; a list stops at any other name
     */
    static List<String> around(String text, int at, int end, Set<String> names) {
        List<String> listed = new ArrayList<>(before(text, at, names));
        listed.addAll(after(text, end, names));
        return listed;
    }

    static String key(String mention) {
        return NameText.key(NameText.normalizeWhitespace(mention));
    }

    private static List<String> before(String text, int at, Set<String> names) {
        List<String> listed = new ArrayList<>();
        int position = at;
        while (position > 0) {
            Matcher join = JOIN_BEFORE.matcher(text).region(Math.max(0, position - LIST_LOOK), position);
            if (!join.find()) {
                return listed;
            }
            Matcher name = NAME_AT_END.matcher(text).region(Math.max(0, join.start() - LIST_LOOK), join.start());
            if (!name.find()) {
                return listed;
            }
            int start = nameStartingIn(text, name.start(), join.start(), names);
            if (start < 0) {
                return listed;
            }
            listed.add(text.substring(start, join.start()));
            position = start;
        }
        return listed;
    }

    private static List<String> after(String text, int end, Set<String> names) {
        List<String> listed = new ArrayList<>();
        int position = end;
        while (position < text.length()) {
            Matcher join = JOIN_AFTER.matcher(text).region(position, text.length());
            if (!join.lookingAt()) {
                return listed;
            }
            Matcher name =
                    NAME_AT_START.matcher(text).region(join.end(), Math.min(text.length(), join.end() + LIST_LOOK));
            if (!name.lookingAt()) {
                return listed;
            }
            int nameEnd = nameEndingIn(text, name.start(), name.end(), names);
            if (nameEnd < 0) {
                return listed;
            }
            listed.add(text.substring(name.start(), nameEnd));
            position = nameEnd;
        }
        return listed;
    }

    /** Where the longest name that ends at {@code end} starts, within the words from {@code from}. */
    private static int nameStartingIn(String text, int from, int end, Set<String> names) {
        for (int start = from; start < end; start = nextWord(text, start, end)) {
            if (names.contains(key(text.substring(start, end)))) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Where the longest name that starts at {@code start} ends, within the words up to {@code to}; a full stop after
     * its last word may end the sentence ("… and Kobe.").
     */
    private static int nameEndingIn(String text, int start, int to, Set<String> names) {
        for (int end = to; end > start; end = previousWordEnd(text, start, end)) {
            if (names.contains(key(text.substring(start, end)))) {
                return end;
            }
            if (text.charAt(end - 1) == '.' && end - 1 > start && names.contains(key(text.substring(start, end - 1)))) {
                return end - 1;
            }
        }
        return -1;
    }

    private static int nextWord(String text, int from, int end) {
        int at = from;
        while (at < end && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int previousWordEnd(String text, int start, int end) {
        int at = end;
        while (at > start && !Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        while (at > start && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }
}
