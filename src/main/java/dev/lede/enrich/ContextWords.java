package dev.lede.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words next to a mention, on its own line, as features of its context: lower case, and any word with a digit
 * reduced to its shape ("3-1" → "#-#", "1996" → "#"), since scores and tables matter, not which numbers they hold.
 */
public final class ContextWords {

    /** How many words on each side count as context. */
    static final int WINDOW = 4;

    /** How far from a mention its context words are looked for first; more than the window's words, mostly. */
    private static final int NEAR = 80;

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private ContextWords() {}

    /**
     * Where each mention starts in the text, found in order after the previous one; -1 when not found. A space in a
     * mention matches any white space in the text: the recognizer joins a name broken over a line ("Brian\nCrowley")
     * with a space, and an exact search would skip to a later mention of it and misplace every mention after.
     */
    static int[] starts(String text, List<EntityMention> mentions) {
        int[] starts = new int[mentions.size()];
        int cursor = 0;
        for (int i = 0; i < mentions.size(); i++) {
            String mention = mentions.get(i).text();
            starts[i] = find(text, mention, cursor);
            if (starts[i] >= 0) {
                cursor = end(text, starts[i], mention);
            }
        }
        return starts;
    }

    /** Whether the text from {@code at} to {@code end} is whole words: no letter or digit runs on at either side. */
    static boolean isWholeWords(String text, int at, int end) {
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** A test of one place in a text, from {@code at} to {@code end}. */
    interface Span {
        boolean holds(int at, int end);
    }

    /** Whether {@code word} is written somewhere in {@code text} as whole words where {@code span} holds. */
    static boolean isWrittenWhere(String text, String word, Span span) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (isWholeWords(text, at, end) && span.holds(at, end)) {
                return true;
            }
        }
        return false;
    }

    /** Where the mention written at {@code start} ends; -1 when it is not written there. */
    static int end(String text, int start, String mention) {
        int at = start;
        for (int m = 0; m < mention.length(); m++) {
            char c = mention.charAt(m);
            if (!Character.isWhitespace(c)) {
                if (at >= text.length() || text.charAt(at) != c) {
                    return -1;
                }
                at++;
            } else if (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                while (m + 1 < mention.length() && Character.isWhitespace(mention.charAt(m + 1))) {
                    m++;
                }
            } else {
                return -1;
            }
        }
        return at;
    }

    private static int find(String text, String mention, int from) {
        int space = 0;
        while (space < mention.length() && !Character.isWhitespace(mention.charAt(space))) {
            space++;
        }
        if (space == 0) {
            return text.indexOf(mention, from);
        }
        String head = mention.substring(0, space);
        for (int at = text.indexOf(head, from); at >= 0; at = text.indexOf(head, at + 1)) {
            if (end(text, at, mention) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The context words of the text between {@code start} and {@code end}. */
    public static List<String> around(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = text.indexOf('\n', end);
        List<String> words = new ArrayList<>();
        wordsBefore(text, lineStart, Math.max(lineStart, start)).forEach(w -> words.add(feature(w)));
        wordsAfter(text, end, lineEnd < 0 ? text.length() : lineEnd).forEach(w -> words.add(feature(w)));
        return words;
    }

    /**
     * The last {@link #WINDOW} words between {@code from} and {@code to}. A wire story's line may be a whole
     * paragraph, so the words are looked for near {@code to} first: a word cut there is not among the last ones when
     * more than the window's words lie after it.
     */
    private static List<String> wordsBefore(String text, int from, int to) {
        int near = Math.max(from, to - NEAR);
        if (near > from) {
            List<String> words = words(text.substring(near, to));
            if (words.size() > WINDOW) {
                return words.subList(words.size() - WINDOW, words.size());
            }
        }
        List<String> words = words(text.substring(from, to));
        return words.subList(Math.max(0, words.size() - WINDOW), words.size());
    }

    /** The first {@link #WINDOW} words between {@code from} and {@code to}, looked for near {@code from} first. */
    private static List<String> wordsAfter(String text, int from, int to) {
        int near = Math.min(to, from + NEAR);
        if (near < to) {
            List<String> words = words(text.substring(from, near));
            if (words.size() > WINDOW) {
                return words.subList(0, WINDOW);
            }
        }
        List<String> words = words(text.substring(from, to));
        return words.subList(0, Math.min(WINDOW, words.size()));
    }

    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : List.of(SPACE.split(stripped));
    }

    private static String feature(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return hasDigit(lower) ? DIGITS.matcher(lower).replaceAll("#") : lower;
    }

    /** Whether {@link #DIGITS} can match: it reads ASCII digits only. */
    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= '0' && word.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }
}
