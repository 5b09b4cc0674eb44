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

    /** Where each mention starts in the text, found in order after the previous one; -1 when not found. */
    static int[] starts(String text, List<EntityMention> mentions) {
        int[] starts = new int[mentions.size()];
        int cursor = 0;
        for (int i = 0; i < mentions.size(); i++) {
            String mention = mentions.get(i).text();
            starts[i] = text.indexOf(mention, cursor);
            if (starts[i] >= 0) {
                cursor = starts[i] + mention.length();
            }
        }
        return starts;
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
