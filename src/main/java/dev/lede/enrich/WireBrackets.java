package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A wire's angle brackets around a firm's name ("{@code <International Thomson Organisation Ltd> said}", Reuters'
 * mark for a company without a ticker) are read as a space and a comma, and the name they hold is one organisation.
 * The recognizer's tokenizer took such a run for a markup tag, one token it never labelled: 1,923 of the 3,203
 * bracketed names of several words in Reuters went unnamed. A ticker ("{@code <NRT>}", capitals, digits and stops)
 * keeps its brackets, which {@link BracketedSpans} reads.
 */
final class WireBrackets {

    /** The longest name in brackets opened: a firm's name with its legal form, maybe over a line break. */
    private static final int LONGEST_NAME = 120;

    /** Words that join a name to the bracketed one after it ("Parts Catalog Division of <Acme Corp>"). */
    private static final Set<String> JOINING_WORDS =
            Set.of("of", "and", "for", "the", "to", "at", "in", "by", "from", "with", "a", "an", "&");

    private WireBrackets() {}

    /**
     * The text with the brackets around each name replaced, same length, same offsets: the opening one by a space, the
     * closing one by a comma where a space follows, which ends the name for the recognizer as the bracket did
     * ("{@code <Pioneer Savings> of Racine}": the bank, and Racine a place), else by a space.
     */
    static String opened(String text) {
        int open = text.indexOf('<');
        if (open < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        while (open >= 0) {
            int close = closing(text, open);
            if (close < 0) {
                open = text.indexOf('<', open + 1);
                continue;
            }
            if (isName(text, open + 1, close)) {
                chars[open] = ' ';
                chars[close] = close + 1 == text.length() || Character.isWhitespace(text.charAt(close + 1)) ? ',' : ' ';
            }
            open = text.indexOf('<', close + 1);
        }
        return new String(chars);
    }

    /**
     * The spans as the brackets {@link #opened} replaced say: a name in brackets is one firm, so the spans inside a
     * bracket become its whole content as an organisation (the recognizer reads "{@code <Stromberg-Carlson>}" as a
     * person, "{@code <Proctor and Schwartz>}" as two), and a span run across a bracket is cut there, so "{@code
     * <Swedish Match Co> of Stockholm}" is the firm and leaves Stockholm to be a place. A piece outside the brackets
     * stays a span of its own, without the joining words at its end, only where it starts with a capital ("{@code Reed
     * International Plc's <Octopus Publishing>}"); "of Stockholm" names nothing by itself.
     *
     * @param written the paragraph as written, brackets and all
     * @param opened the same paragraph {@link #opened}
     */
    static List<BracketedSpans.Span> cut(String written, String opened, List<BracketedSpans.Span> spans) {
        if (written.equals(opened)) {
            return spans;
        }
        List<int[]> brackets = brackets(written, opened);
        List<BracketedSpans.Span> cut = new ArrayList<>(spans.size());
        int[] lastNamed = {-1};
        for (BracketedSpans.Span span : spans) {
            int from = span.start();
            for (int i = span.start(); i <= span.end(); i++) {
                if (i == span.end() || isOpenedBracket(written, opened, i)) {
                    addPiece(span.kind(), from, i, brackets, lastNamed, written, cut);
                    from = i + 1;
                }
            }
        }
        return cut;
    }

    /** The opened brackets as [opening, closing] offsets, in text order. */
    private static List<int[]> brackets(String written, String opened) {
        List<int[]> brackets = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < written.length(); i++) {
            if (isOpenedBracket(written, opened, i)) {
                if (written.charAt(i) == '<') {
                    open = i;
                } else if (open >= 0) {
                    brackets.add(new int[] {open, i});
                    open = -1;
                }
            }
        }
        return brackets;
    }

    private static boolean isOpenedBracket(String written, String opened, int at) {
        char c = written.charAt(at);
        return (c == '<' || c == '>') && opened.charAt(at) != c;
    }

    /** The bracket whose content holds [start, end), or -1. */
    private static int bracketHolding(List<int[]> brackets, int start, int end) {
        for (int b = 0; b < brackets.size(); b++) {
            if (brackets.get(b)[0] < start && end <= brackets.get(b)[1]) {
                return b;
            }
        }
        return -1;
    }

    private static void addPiece(
            EntityKind kind,
            int start,
            int end,
            List<int[]> brackets,
            int[] lastNamed,
            String written,
            List<BracketedSpans.Span> out) {
        start = skipSpace(written, start, end);
        end = trimSpace(written, start, end);
        if (start == end) {
            return;
        }
        int bracket = bracketHolding(brackets, start, end);
        if (bracket >= 0) {
            if (bracket != lastNamed[0]) {
                lastNamed[0] = bracket;
                int contentStart = skipSpace(written, brackets.get(bracket)[0] + 1, brackets.get(bracket)[1]);
                int contentEnd = trimSpace(written, contentStart, brackets.get(bracket)[1]);
                out.add(new BracketedSpans.Span(EntityKind.ORGANIZATION, contentStart, contentEnd));
            }
            return;
        }
        if (!Character.isUpperCase(written.charAt(start))) {
            return;
        }
        end = withoutJoiningWordsAtTheEnd(written, start, end);
        if (end > start) {
            out.add(new BracketedSpans.Span(kind, start, end));
        }
    }

    /**
     * Where the piece ends without the joining words before the bracket ("Measurement Systems Division of"); -1 where
     * another word in lower case ends it.
     */
    private static int withoutJoiningWordsAtTheEnd(String text, int start, int end) {
        int wordStart = Math.max(start, text.lastIndexOf(' ', end - 1) + 1);
        while (wordStart > start && Character.isLowerCase(text.charAt(wordStart))) {
            if (!JOINING_WORDS.contains(text.substring(wordStart, end))) {
                return -1;
            }
            end = trimSpace(text, start, wordStart);
            wordStart = Math.max(start, text.lastIndexOf(' ', end - 1) + 1);
        }
        return end;
    }

    private static int skipSpace(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int trimSpace(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * The firms a headline brackets ("{@code <KIENA GOLD MINES LTD> 4TH QTR NET}"): names of two words or more that
     * start with a capital. A headline's names count only where the body confirms them, and the body of such a story
     * is a table of figures that names no one; the wire's brackets are the confirmation.
     */
    static List<EntityMention> firmsOfHeadline(String title) {
        String opened = opened(title);
        List<EntityMention> firms = new ArrayList<>();
        for (int[] bracket : brackets(title, opened)) {
            String name = NameText.normalizeWhitespace(
                    title.substring(bracket[0] + 1, bracket[1]).strip());
            if (name.indexOf(' ') > 0 && Character.isUpperCase(name.charAt(0))) {
                firms.add(new EntityMention(EntityKind.ORGANIZATION, name));
            }
        }
        return firms;
    }

    /** The ">" that closes the bracket opened at {@code open}, or -1 if another opens first or it is too far. */
    private static int closing(String text, int open) {
        int limit = Math.min(text.length(), open + LONGEST_NAME + 2);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the bracket holds more than a ticker: a space or a letter in lower case ("Healthvest"). */
    private static boolean isName(String text, int from, int to) {
        boolean letters = false;
        boolean nameLike = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            letters |= Character.isLetter(c);
            nameLike |= Character.isWhitespace(c) || Character.isLowerCase(c);
        }
        return letters && nameLike;
    }
}
