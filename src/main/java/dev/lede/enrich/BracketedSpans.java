package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the spans the recognizer runs across punctuation that encloses something, which would otherwise become facet
 * values with a bracket left open or an aside inside: a bracket ("Group of Seven (G-7", "Cheung Kong (Holdings) Ltd"
 * read as "Holdings) Ltd", "the way (Dietmar) Hamann played" read as "Dietmar) Hamann"), an editor's insertion in a
 * quote ("Natalie [Appleton]"), a quoted nickname ("Burkhard \"Bobby\" Junger" read as "Bobby\" Junger"), a wire's
 * stock ticker between a parent firm and its unit, and a dash that opens an aside ("Ken - he said").
 */
final class BracketedSpans {

    /** How many capitalised words before a bracket an organisation's name may reach back over. */
    private static final int MAX_WORDS_BEFORE = 5;

    /** A stock ticker as wires write it after a firm: "<HLF>", "<HLF.L>". */
    private static final Pattern TICKER = Pattern.compile("\\s*<[A-Za-z0-9.]{1,12}>");

    /** Capitalised at a sentence's start, yet no word of a firm's name: "The (Harbour) Trust", "And (Kell) Ltd". */
    private static final Set<String> JOINING_WORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "in", "at", "on", "by", "for", "from", "with", "to", "as");

    /** A dash with space on both sides, then a word in lower case. */
    private static final Pattern ASIDE = Pattern.compile("\\s+(?:-{1,2}|[–—])\\s+\\p{Ll}");

    private BracketedSpans() {}

    /** A run of tokens the recognizer labelled with one kind: characters [start, end) of its paragraph. */
    record Span(EntityKind kind, int start, int end) {
        String of(String paragraph) {
            return paragraph.substring(start, end);
        }
    }

    /**
     * The mentions of one sentence's spans, mended. A span that reaches back over the name its bracket belongs to takes
     * the place of the mentions it covers ("Cheung Kong" as a place).
     */
    static List<EntityMention> mend(String paragraph, List<Span> spans) {
        List<EntityMention> mentions = new ArrayList<>(spans.size());
        List<Integer> ends = new ArrayList<>(spans.size());
        for (Span span : spans) {
            for (Span name : aroundTicker(paragraph, span)) {
                int start = nameStart(paragraph, name);
                while (!ends.isEmpty() && ends.getLast() > start) {
                    mentions.removeLast();
                    ends.removeLast();
                }
                mentions.add(new EntityMention(name.kind(), text(paragraph, name, start)));
                ends.add(name.end());
            }
        }
        return mentions;
    }

    /**
     * A wire's stock ticker in angle brackets ends the name before it: "Hale Foods Inc's <HLF> Crisp Snacks Co" is
     * two firms, a parent and its unit; "Hale Foods <HLF> Inc" is one (the ticker goes, see {@link #text}); "Hale
     * Foods <HLF> of Ohio" is the firm before the ticker. A headline's "HALE <HLF> YEAR NET" names no unit, so
     * shouted words and a single word after the ticker are left out.
     */
    private static List<Span> aroundTicker(String paragraph, Span span) {
        if (!hasAngleBracket(paragraph, span)) {
            return List.of(span);
        }
        Matcher ticker = TICKER.matcher(paragraph).region(span.start(), span.end());
        if (!ticker.find()) {
            return List.of(span);
        }
        List<String> wordsAfter =
                NameText.tokens(NameText.normalizeWhitespace(paragraph.substring(ticker.end(), span.end())));
        if (wordsAfter.isEmpty() || wordsAfter.stream().allMatch(PlaceAndOrganizationNames::isLegalForm)) {
            return List.of(span);
        }
        Span before = new Span(span.kind(), span.start(), ticker.start());
        int unit = span.kind() == EntityKind.ORGANIZATION ? unitStart(paragraph, ticker.end(), span.end()) : -1;
        return unit < 0 ? List.of(before) : List.of(before, new Span(span.kind(), unit, span.end()));
    }

    private static boolean hasAngleBracket(String paragraph, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (paragraph.charAt(i) == '<') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a unit's name starts in [from, end), after an "and" or "&" that joins it on; -1 unless it is two words or
     * more, written in upper and lower case, the first a capitalised word of a name.
     */
    private static int unitStart(String paragraph, int from, int end) {
        int start = skipSpace(paragraph, from, end);
        for (String joiner : List.of("and ", "& ")) {
            if (start + joiner.length() <= end && paragraph.startsWith(joiner, start)) {
                start = skipSpace(paragraph, start + joiner.length(), end);
            }
        }
        String unit = paragraph.substring(start, end);
        List<String> words = NameText.tokens(NameText.normalizeWhitespace(unit));
        boolean named = words.size() >= 2
                && NameText.letterCount(words.getFirst()) >= 2
                && isFirmWord(words.getFirst())
                && !unit.equals(unit.toUpperCase(Locale.ROOT));
        return named ? start : -1;
    }

    private static int skipSpace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Where a span's name starts: before the span when it is an organisation's that begins inside a bracket whose
     * name stands before the bracket ("Cheung Kong (" + "Holdings) Ltd").
     */
    private static int nameStart(String paragraph, Span span) {
        if (span.kind() != EntityKind.ORGANIZATION) {
            return span.start();
        }
        String text = span.of(paragraph);
        if (!hasBracketOrQuote(text) || firstUnopenedCloser(text) < 0) {
            return span.start();
        }
        int before = nameBeforeOpener(paragraph, span.start());
        return before >= 0 ? before : span.start();
    }

    /** The span's text from {@code nameStart}, the asides, tickers, marks and open brackets it ran into left out. */
    private static String text(String paragraph, Span span, int nameStart) {
        String text = beforeAside(paragraph.substring(nameStart, span.end()));
        if (nameStart < span.start() || !hasBracketOrQuote(text)) {
            return text;
        }
        text = TICKER.matcher(text).replaceAll("");
        text = withoutEditorsBrackets(text);
        text = withoutUnpairedQuotes(text);
        int closer = firstUnopenedCloser(text);
        if (closer >= 0) {
            return text.substring(0, closer) + text.substring(closer + 1);
        }
        int opener = lastUnclosedOpener(text);
        return opener > 0 ? text.substring(0, opener).stripTrailing() : text;
    }

    /**
     * A spaced dash before a word in lower case opens an aside, as a bracket does, and ends the name: "Ken Lowry - he
     * won twice", "Marsh - the world's largest broker".
     */
    private static String beforeAside(String span) {
        if (span.indexOf('-') < 0 && span.indexOf('–') < 0 && span.indexOf('—') < 0) {
            return span;
        }
        Matcher aside = ASIDE.matcher(span);
        return aside.find() && aside.start() > 0 ? span.substring(0, aside.start()) : span;
    }

    private static boolean hasBracketOrQuote(String span) {
        for (int i = 0; i < span.length(); i++) {
            switch (span.charAt(i)) {
                case '(', ')', '[', ']', '"', '“', '”', '<' -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    /** Square brackets mark what an editor put into a quote; the name reads the same without them. */
    private static String withoutEditorsBrackets(String span) {
        return span.indexOf('[') < 0 && span.indexOf(']') < 0
                ? span
                : span.replace("[", "").replace("]", "");
    }

    /** A nickname or a quotation the span starts or ends inside of: its quote marks go, its words stay. */
    private static String withoutUnpairedQuotes(String span) {
        long straight = span.chars().filter(c -> c == '"').count();
        long opening = span.chars().filter(c -> c == '“').count();
        long closing = span.chars().filter(c -> c == '”').count();
        if (straight % 2 == 0 && opening == closing) {
            return span;
        }
        return span.replace("\"", "").replace("“", "").replace("”", "");
    }

    /** The index of the first ")" with no "(" before it in the span, or -1. */
    private static int firstUnopenedCloser(String span) {
        int depth = 0;
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The index of the last "(" with no ")" after it in the span, or -1. */
    private static int lastUnclosedOpener(String span) {
        int depth = 0;
        for (int i = span.length() - 1; i >= 0; i--) {
            char c = span.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /**
     * Where the name begins that a bracket right before {@code start} belongs to, as in "Cheung Kong (Holdings) Ltd":
     * the capitalised words just before the "(", or -1 when there are none (then the bracket explains the name, as in
     * "the (International Monetary) Fund").
     */
    private static int nameBeforeOpener(String paragraph, int start) {
        int opener = skipSpaceBackwards(paragraph, start);
        if (opener < 0 || paragraph.charAt(opener) != '(') {
            return -1;
        }
        int nameStart = -1;
        int cursor = skipSpaceBackwards(paragraph, opener);
        for (int words = 0; words < MAX_WORDS_BEFORE && cursor >= 0; words++) {
            if (!isWordChar(paragraph.charAt(cursor))) {
                break;
            }
            int wordStart = cursor;
            while (wordStart > 0 && isWordChar(paragraph.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (!isFirmWord(paragraph.substring(wordStart, cursor + 1))) {
                break;
            }
            nameStart = wordStart;
            if (wordStart == 0 || !Character.isWhitespace(paragraph.charAt(wordStart - 1))) {
                break;
            }
            cursor = skipSpaceBackwards(paragraph, wordStart);
        }
        return nameStart;
    }

    /** The index of the last non-blank character before {@code from}, or -1. */
    private static int skipSpaceBackwards(String text, int from) {
        int i = from - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '&' || c == '.' || c == '\'' || c == '-';
    }

    /**
     * A capitalised word that is no joining word and does not end a sentence before the name ("… in Hong Kong. Cheung
     * Kong (Holdings)").
     */
    private static boolean isFirmWord(String word) {
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && !word.endsWith(".")
                && !JOINING_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
