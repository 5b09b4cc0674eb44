package dev.lede.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits text into paragraphs of bounded length, so that NLP memory stays bounded on very long texts and a
 * headline-like line never runs into the next sentence.
 */
final class Paragraphs {

    static final int MAX_CHARS = 5_000;

    private Paragraphs() {}

    /**
     * The text's paragraphs, with hard-wrapped lines joined back (wire copy wraps at a fixed width, which would split
     * "Howard\nBaker" into two names); a paragraph longer than {@code maxChars} is cut at a sentence end or a space.
     */
    static List<String> of(String text, int maxChars) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines(withWrapsJoined(text))) {
            String remaining = line.strip();
            while (remaining.length() > maxChars) {
                int cut = cutPoint(remaining, maxChars);
                paragraphs.add(remaining.substring(0, cut).strip());
                remaining = remaining.substring(cut).strip();
            }
            if (!remaining.isEmpty()) {
                paragraphs.add(remaining);
            }
        }
        return paragraphs;
    }

    static List<String> of(String text) {
        return of(text, MAX_CHARS);
    }

    /** A line this long that ends mid-sentence was wrapped, not ended. */
    private static final int WRAPPED_LINE_LENGTH = 50;

    /** What ends a sentence when it ends a line. */
    private static final String SENTENCE_END_CHARACTERS = ".!?:;\"'”’)]";

    private static final char NEXT_LINE = '\u0085';

    /** Words that follow a hyphen left hanging before them ("European- and Japanese-made"). */
    private static final Set<String> AFTER_A_HANGING_HYPHEN = Set.of("and", "or", "nor", "to");

    /**
     * The text with its hard-wrapped lines joined back and every other line break kept as a line feed: {@link #of}
     * reads its paragraphs from it, and a rule reading the text finds a name written across a wrap ("Kleinwort,\nBenson
     * Ltd") as the recognizer found it.
     */
    static String withWrapsJoined(String text) {
        StringBuilder joined = new StringBuilder(text.length());
        StringBuilder paragraph = new StringBuilder();
        String[] raw = lines(text);
        // Where paragraphs start with an indent (wire copy), every other line break is a wrap.
        boolean indentedParagraphs = Arrays.stream(raw).skip(1).anyMatch(Paragraphs::isIndented);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            boolean startsParagraph = line.isBlank() || isIndented(line);
            boolean wrapped = indentedParagraphs || continues(paragraph, line.strip());
            if (paragraph.length() > 0 && !startsParagraph && wrapped) {
                joined.setLength(joined.length() - trailingWhitespace(joined));
                String joiner = joiner(paragraph, line.strip());
                joined.append(joiner).append(line.strip());
                paragraph.append(joiner).append(line.strip());
                continue;
            }
            joined.append(i == 0 ? "" : "\n").append(line);
            paragraph = new StringBuilder(line.strip());
        }
        return joined.toString();
    }

    /**
     * What joins a wrapped line to the line before it: a space, or nothing after a hyphen the wire wrapped its line at
     * ("Sassou-\nNguesso", "Iran-\nIraq"); wires break lines at hyphens, never inside a word.
     */
    private static String joiner(CharSequence before, String next) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        boolean hyphenAfterAWord =
                end >= 2 && before.charAt(end - 1) == '-' && Character.isLetterOrDigit(before.charAt(end - 2));
        if (!hyphenAfterAWord || next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0))) {
            return " ";
        }
        int wordEnd = 0;
        while (wordEnd < next.length() && Character.isLetter(next.charAt(wordEnd))) {
            wordEnd++;
        }
        return AFTER_A_HANGING_HYPHEN.contains(next.substring(0, wordEnd)) ? " " : "";
    }

    /** What a wire writes between its dateline and the story's first words: "BOSTON, March 23 - Bank of …". */
    private static final int DATELINE_DASH = " - ".length();

    /**
     * The body with its first line joined to the next where the wire wrapped it there. An input that gives the dateline
     * apart ("BOSTON, March 23") took it off the first line, which was as long as the others ("BOSTON, March 23 -
     * Harbor Bank said it named Peter" then "L. Scott, chairman …"), so that line is read as if it still began with the
     * dateline; without one given, or in a table, the body is returned as it is.
     */
    static String withFirstWrapJoined(String body, String dateline) {
        if (dateline == null || dateline.isBlank()) {
            return body;
        }
        String[] raw = lines(body);
        if (raw.length < 2
                || raw[0].isBlank()
                || raw[1].isBlank()
                || isIndented(raw[1])
                || isTableRow(raw[0])
                || isTableRow(raw[1])) {
            return body;
        }
        String next = raw[1].strip();
        if (!continues(raw[0], next, dateline.strip().length() + DATELINE_DASH)) {
            return body;
        }
        int nextStart = body.indexOf(raw[1], raw[0].length());
        return raw[0].stripTrailing()
                + joiner(raw[0], next)
                + body.substring(nextStart).stripLeading();
    }

    /** Whether the line sets figures in columns ("Apr    149.00 149.00"): prose never runs three spaces together. */
    private static boolean isTableRow(String line) {
        return line.strip().contains("   ");
    }

    private static int trailingWhitespace(CharSequence text) {
        int count = 0;
        while (count < text.length() && Character.isWhitespace(text.charAt(text.length() - 1 - count))) {
            count++;
        }
        return count;
    }

    /**
     * The text's lines, as splitting it at {@code \R} gives them (a trailing run of empty lines left out), read by
     * hand since every paragraph of every story is split so.
     */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (isLineBreak(c)) {
                lines.add(text.substring(start, at));
                if (c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
                    at++;
                }
                start = at + 1;
            }
        }
        if (lines.isEmpty()) {
            return new String[] {text};
        }
        lines.add(text.substring(start));
        int kept = lines.size();
        while (kept > 0 && lines.get(kept - 1).isEmpty()) {
            kept--;
        }
        return lines.subList(0, kept).toArray(String[]::new);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isIndented(String line) {
        return (line.startsWith("  ") || line.startsWith("\t")) && !line.isBlank();
    }

    /**
     * Whether {@code next} goes on the line before it: that line, stripped, ends no sentence and is long, or {@code
     * next} starts in lower case. Read by hand: a pattern anchored at the end was tried at every character of a
     * paragraph growing line by line.
     */
    static boolean continues(CharSequence previous, String next) {
        return continues(previous, next, 0);
    }

    /** As {@link #continues(CharSequence, String)}, for a line that began with {@code lead} more characters. */
    private static boolean continues(CharSequence previous, String next, int lead) {
        int last = previous.length() - 1;
        while (last >= 0 && Character.isWhitespace(previous.charAt(last))) {
            last--;
        }
        int first = 0;
        while (first <= last && Character.isWhitespace(previous.charAt(first))) {
            first++;
        }
        if (next.isEmpty() || endsASentence(previous, first, last)) {
            return false;
        }
        return Character.isLowerCase(next.charAt(0)) || lead + last - first + 1 >= WRAPPED_LINE_LENGTH;
    }

    /**
     * Whether the text from {@code first} to {@code last} ends a sentence, as {@code [.!?:;"'”’)\]]$} would find it:
     * its {@code $} also stands before a final line terminator, and of those only U+0085 is no white space.
     */
    private static boolean endsASentence(CharSequence text, int first, int last) {
        if (last < first) {
            return false;
        }
        char end = text.charAt(last);
        if (end == NEXT_LINE && last > first) {
            end = text.charAt(last - 1);
        }
        return SENTENCE_END_CHARACTERS.indexOf(end) >= 0;
    }

    private static int cutPoint(String text, int maxChars) {
        int sentenceEnd = Math.max(text.lastIndexOf(". ", maxChars - 2), text.lastIndexOf("? ", maxChars - 2));
        if (sentenceEnd > maxChars / 2) {
            return sentenceEnd + 1;
        }
        int space = text.lastIndexOf(' ', maxChars - 1);
        return space > 0 ? space : maxChars;
    }
}
