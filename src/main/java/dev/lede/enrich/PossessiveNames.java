package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place named with a possessive that the recognizer cut at the apostrophe: "St James" of "St James' Park",
 * "Martha" of "Martha's Vineyard", "St George" of "St George's Chapel". The span takes the possessive and the
 * capitalised words after it when they end in a word for a kind of place ("Park", "Chapel", "Cross"), and the whole
 * is a place (an organisation for a school). Only two kinds of owner make one name with what follows: a saint ("St
 * Enoch's Shopping Centre", up to three words after) and a single word before a single kind word ("Earl's Court",
 * "King's Cross"). A longer owner owns a place of its own name ("London's Leicester Square", "Tony Blair's Downing
 * Street") and stays apart.
 */
final class PossessiveNames {

    /** Words that end the name of a place, a building or grounds. */
    private static final Set<String> PLACE_WORDS = Set.of(
            "Abbey",
            "Basilica",
            "Bay",
            "Bridge",
            "Cathedral",
            "Centre",
            "Center",
            "Chapel",
            "Church",
            "Common",
            "Court",
            "Cross",
            "Field",
            "Fields",
            "Gardens",
            "Gate",
            "Green",
            "Heath",
            "Hill",
            "Hospital",
            "Infirmary",
            "Inn",
            "Island",
            "Lane",
            "Market",
            "Palace",
            "Park",
            "Priory",
            "Quay",
            "Road",
            "Square",
            "Stadium",
            "Street",
            "Vineyard",
            "Wharf",
            "Wood");

    /** Words that end the name of a school, which news counts among organisations. */
    private static final Set<String> SCHOOL_WORDS = Set.of("Academy", "College", "School", "University");

    private static final Set<String> SAINT_WORDS = Set.of("St", "St.", "Saint");

    private static final int MOST_WORDS_AFTER_A_SAINT = 3;

    /** The possessive right after the span, then capitalised words on the same line. */
    private static final Pattern POSSESSIVE_THEN_WORDS =
            Pattern.compile("(?:['’]s|(?<=s)['’]) ((?:\\p{Lu}\\p{Ll}+)(?: \\p{Lu}\\p{Ll}+)*)");

    private PossessiveNames() {}

    /** The spans of one sentence, in order, each possessive place name whole. */
    static List<BracketedSpans.Span> whole(String paragraph, List<BracketedSpans.Span> spans) {
        List<BracketedSpans.Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            BracketedSpans.Span span = spans.get(i);
            BracketedSpans.Span joined = joined(paragraph, span);
            if (joined == null) {
                out.add(span);
                continue;
            }
            // a span labelled inside the name is part of it, and one that runs on past it takes the name along
            while (i + 1 < spans.size() && spans.get(i + 1).start() < joined.end()) {
                BracketedSpans.Span inside = spans.get(++i);
                if (inside.end() > joined.end()) {
                    joined = new BracketedSpans.Span(inside.kind(), joined.start(), inside.end());
                }
            }
            out.add(joined);
        }
        return out;
    }

    /** The span and the name after its possessive as one place, or {@code null} when they are not one name. */
    private static BracketedSpans.Span joined(String paragraph, BracketedSpans.Span span) {
        Matcher after = POSSESSIVE_THEN_WORDS
                .matcher(paragraph)
                .region(span.end(), paragraph.length())
                .useTransparentBounds(true);
        if (!after.lookingAt()) {
            return null;
        }
        String[] owner = span.of(paragraph).strip().split("\\s+");
        String[] words = after.group(1).split(" ");
        boolean saint = owner.length >= 2 && owner.length <= 3 && SAINT_WORDS.contains(owner[0]);
        boolean oneWordEach = owner.length == 1 && words.length == 1;
        int taken = saint ? lastKindWord(words, MOST_WORDS_AFTER_A_SAINT) : oneWordEach ? lastKindWord(words, 1) : -1;
        if (taken < 0) {
            return null;
        }
        int end = after.start(1);
        for (int w = 0; w <= taken; w++) {
            end = paragraph.indexOf(words[w], end) + words[w].length();
        }
        EntityKind kind = SCHOOL_WORDS.contains(words[taken]) ? EntityKind.ORGANIZATION : EntityKind.PLACE;
        return new BracketedSpans.Span(kind, span.start(), end);
    }

    /** The index of the last kind word among the first {@code most} words, or -1. */
    private static int lastKindWord(String[] words, int most) {
        for (int w = Math.min(most, words.length) - 1; w >= 0; w--) {
            if (isKindWord(words[w])) {
                return w;
            }
        }
        return -1;
    }

    private static boolean isKindWord(String word) {
        return PLACE_WORDS.contains(word) || SCHOOL_WORDS.contains(word);
    }
}
