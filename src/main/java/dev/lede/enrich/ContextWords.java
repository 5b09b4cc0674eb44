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
        String before = text.substring(lineStart, Math.max(lineStart, start)).strip();
        String after =
                text.substring(end, lineEnd < 0 ? text.length() : lineEnd).strip();
        List<String> words = new ArrayList<>();
        List<String> left = before.isEmpty() ? List.of() : List.of(SPACE.split(before));
        List<String> right = after.isEmpty() ? List.of() : List.of(SPACE.split(after));
        left.subList(Math.max(0, left.size() - WINDOW), left.size()).forEach(w -> words.add(feature(w)));
        right.subList(0, Math.min(WINDOW, right.size())).forEach(w -> words.add(feature(w)));
        return words;
    }

    private static String feature(String word) {
        return DIGITS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
