package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's span that stops at a hyphen inside a name: the recognizer's tokenizer splits hyphenated words, and the
 * classifier then often labels one part ("Robert Kilroy" of "Robert Kilroy-Silk", "Michel Basquiat" of
 * "Jean-Michel Basquiat", "Hardenne" of "Henin-Hardenne"). A span that stops at such a hyphen takes the rest of the
 * word when that rest is a capitalised part of two letters or more that the classifier left unlabelled; a part it
 * labelled is a name of its own ("Bush-Cheney", two people), and a part in lower case is no name ("Oscar-winning").
 *
 * <p>Two people's spans with only a hyphen between them are one person when exactly one of them has more than one
 * word: a given name before one surname ("Shaun Wright" and "Phillips" of "Shaun Wright-Phillips") or a hyphenated
 * given name before a full name ("Jean" and "Claude Gruet"). News pairs two people by their surnames alone ("the
 * Blair-Brown feud"), never a full name with a surname; and a full name before a hyphen and a one-word organisation
 * is one person whose surname the classifier took for a firm ("Shaun Wright" and "Phillips").
 */
final class HyphenatedNames {

    private static final int SHORTEST_PART = 2;

    private HyphenatedNames() {}

    /** The spans of one sentence, in order, each person's reaching over the whole of a hyphenated name. */
    static List<BracketedSpans.Span> whole(String paragraph, List<BracketedSpans.Span> spans) {
        List<BracketedSpans.Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            BracketedSpans.Span span = spans.get(i);
            if (span.kind() != EntityKind.PERSON) {
                out.add(span);
                continue;
            }
            if (i + 1 < spans.size()
                    && (areOneName(paragraph, span, spans.get(i + 1))
                            || isTheSurnamesEnd(paragraph, span, spans.get(i + 1)))) {
                span = new BracketedSpans.Span(
                        EntityKind.PERSON, span.start(), spans.get(++i).end());
            }
            int previousEnd = out.isEmpty() ? 0 : out.getLast().end();
            int nextStart = i + 1 < spans.size() ? spans.get(i + 1).start() : paragraph.length();
            int start = partBefore(paragraph, span.start(), previousEnd);
            int end = partAfter(paragraph, span.end(), nextStart);
            out.add(
                    start == span.start() && end == span.end()
                            ? span
                            : new BracketedSpans.Span(span.kind(), start, end));
        }
        return out;
    }

    /** Whether two people's spans joined by a hyphen alone, one of one word and one of more, are one name. */
    private static boolean areOneName(String paragraph, BracketedSpans.Span first, BracketedSpans.Span second) {
        return second.kind() == EntityKind.PERSON
                && second.start() == first.end() + 1
                && paragraph.charAt(first.end()) == '-'
                && isSingleWord(first.of(paragraph)) != isSingleWord(second.of(paragraph));
    }

    /**
     * Whether an organisation's one-word span right after a full name and a hyphen is the end of its surname ("Shaun
     * Wright" and "Phillips"): news joins no full name to a firm's or team's name so, and an acronym ("BBC") is none.
     */
    private static boolean isTheSurnamesEnd(String paragraph, BracketedSpans.Span name, BracketedSpans.Span next) {
        String part = next.of(paragraph);
        return next.kind() == EntityKind.ORGANIZATION
                && next.start() == name.end() + 1
                && paragraph.charAt(name.end()) == '-'
                && !isSingleWord(name.of(paragraph))
                && isSingleWord(part)
                && part.length() > SHORTEST_PART
                && Character.isUpperCase(part.charAt(0))
                && part.chars().skip(1).allMatch(Character::isLowerCase);
    }

    private static boolean isSingleWord(String text) {
        return text.strip().chars().noneMatch(Character::isWhitespace);
    }

    /** Where the name starts when a capitalised part and a hyphen stand right before {@code start}. */
    private static int partBefore(String paragraph, int start, int limit) {
        if (start < SHORTEST_PART + 1 || paragraph.charAt(start - 1) != '-') {
            return start;
        }
        int partStart = start - 1;
        while (partStart > limit && isNameCharacter(paragraph, partStart - 1)) {
            partStart--;
        }
        return isPart(paragraph, partStart, start - 1) ? partStart : start;
    }

    /** Where the name ends when a hyphen and a capitalised part follow {@code end}. */
    private static int partAfter(String paragraph, int end, int limit) {
        if (end + SHORTEST_PART >= paragraph.length() || paragraph.charAt(end) != '-') {
            return end;
        }
        int partEnd = end + 1;
        while (partEnd < limit && isNameCharacter(paragraph, partEnd)) {
            partEnd++;
        }
        return isPart(paragraph, end + 1, partEnd) ? partEnd : end;
    }

    /** A capitalised run of letters of at least two, standing alone from the words around it. */
    private static boolean isPart(String paragraph, int start, int end) {
        return end - start >= SHORTEST_PART
                && Character.isUpperCase(paragraph.charAt(start))
                && (start == 0 || !Character.isLetter(paragraph.charAt(start - 1)))
                && (end == paragraph.length() || !Character.isLetter(paragraph.charAt(end)));
    }

    /** A letter, or the apostrophe inside a name ("O'Brien"), not one that opens a possessive ("Silk's"). */
    private static boolean isNameCharacter(String paragraph, int at) {
        char c = paragraph.charAt(at);
        return Character.isLetter(c) || isInnerApostrophe(paragraph, at);
    }

    private static boolean isInnerApostrophe(String paragraph, int at) {
        return paragraph.charAt(at) == '\''
                && at > 0
                && at + 1 < paragraph.length()
                && Character.isLetter(paragraph.charAt(at - 1))
                && Character.isUpperCase(paragraph.charAt(at + 1));
    }
}
