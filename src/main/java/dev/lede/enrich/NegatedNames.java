package dev.lede.enrich;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Spans that name what something is not: "non-OPEC producers" are the oil states outside OPEC, "non-EC countries" those
 * outside the Community, and "a non-League side" is no person. A span written with "non-" before it, or starting so,
 * names nothing. "Non-" with a capital is the same negation before an acronym ("Non-US banks", at a sentence's start)
 * and part of a name before a word ("Non-Aligned Movement").
 */
final class NegatedNames {

    private static final Pattern NEGATED = Pattern.compile("non-\\S|Non-\\p{Lu}{2,}\\b");

    private static final String PREFIX = "non-";

    private NegatedNames() {}

    /** The spans of one sentence, in order, without those the text negates. */
    static List<BracketedSpans.Span> without(String paragraph, List<BracketedSpans.Span> spans) {
        return spans.stream().filter(span -> !isNegated(paragraph, span)).toList();
    }

    private static boolean isNegated(String paragraph, BracketedSpans.Span span) {
        int prefixStart = span.start() - PREFIX.length();
        boolean afterPrefix = prefixStart >= 0
                && paragraph.startsWith(PREFIX, prefixStart)
                && (prefixStart == 0 || !Character.isLetter(paragraph.charAt(prefixStart - 1)));
        return afterPrefix
                || NEGATED.matcher(paragraph).region(span.start(), span.end()).lookingAt();
    }
}
