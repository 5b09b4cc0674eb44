package dev.lede.enrich;

import java.util.regex.Pattern;

/**
 * Four digits more than a century before the story was written are a year only where the words before say so: "in
 * 1337", "since 1497", "the 1606 act", "between 1831 and 1865", "dating back to 1670". Otherwise they are a price
 * ("at 1115 pence"), a level ("the Dow fell 508 points to 1738"), a weight ("1025-1150 lbs"), a resolution
 * ("resolution 1441"), a model ("series 1100") or a time of day with no zone after it ("at 1330.", "by 1530 hrs"),
 * which SUTime reads as years and a news archive would show on its timeline as centuries-old dates.
 */
final class OldYears {

    /** Years further back than this from the story's own year need a cue. */
    static final int MOST_YEARS_BACK = 100;

    private static final int LOOK_BEHIND = 40;

    /** Words that put a year after them: prepositions of time, "the" before a year dating a thing, a range's end. */
    private static final Pattern CUE_BEFORE =
            Pattern.compile("(?i)(?:\\b(?:in|since|from|until|till|between|circa|c\\.|the|back\\s+to|year)"
                    + "|\\bbetween\\s+\\d{4}\\s+and|\\bfrom\\s+\\d{4}\\s+(?:to|until|till))\\s+$");

    private OldYears() {}

    /** Whether {@code year}, written at {@code begin}, lies so far back that it needs a cue and has none. */
    static boolean lacksACue(String paragraph, int begin, int year, int writtenYear) {
        return writtenYear - year > MOST_YEARS_BACK
                && !CUE_BEFORE
                        .matcher(paragraph.substring(Math.max(0, begin - LOOK_BEHIND), begin))
                        .find();
    }
}
