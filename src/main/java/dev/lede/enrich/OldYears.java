package dev.lede.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Four digits more than a century before the story was written are a year only where the words around say so: "in
 * 1337", "since 1497", "the 1606 act", "between 1831 and 1865", "dating back to 1670", a range of years ("queen of
 * England 1558-1603", not "1150-1175 lbs") or a chronology's line ("1533 - Queen Elizabeth I born"). Otherwise a price
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

    /** Four digits, a hyphen or dash, four digits, and the word after them if any: "1558-1603", "1150-1175 lbs". */
    private static final Pattern RANGE = Pattern.compile("(\\d{4})[-\u2013](\\d{4})\\b(?:\\s+(\\p{L}+))?");

    /** A year opening a paragraph or a sentence, a dash or a colon after it: one line of a chronology. */
    private static final Pattern CHRONOLOGY_LINE = Pattern.compile("\\d{4}\\s*[-\u2013\u2014:]\\s");

    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("(?:^|[.!?]\\s+|\\n\\s*)$");

    private static final int RANGE_LENGTH = 9;

    private OldYears() {}

    /** Whether {@code year}, written at {@code begin}, lies so far back that it needs a cue and has none. */
    static boolean lacksACue(String paragraph, int begin, int year, int writtenYear) {
        return writtenYear - year > MOST_YEARS_BACK
                && !CUE_BEFORE
                        .matcher(paragraph.substring(Math.max(0, begin - LOOK_BEHIND), begin))
                        .find()
                && !isInARangeOfYears(paragraph, begin)
                && !opensAChronologyLine(paragraph, begin);
    }

    /** "1558-1603": the later year second, less than a century on, and no unit after ("1150-1175 lbs"). */
    private static boolean isInARangeOfYears(String paragraph, int begin) {
        for (int from : new int[] {begin, begin - RANGE_LENGTH + 4}) {
            if (from < 0) {
                continue;
            }
            Matcher range = RANGE.matcher(paragraph).region(from, paragraph.length());
            if (range.lookingAt()) {
                int first = Integer.parseInt(range.group(1));
                int second = Integer.parseInt(range.group(2));
                boolean unitAfter = range.group(3) != null && UnitNumbers.isUnit(range.group(3));
                return second > first && second - first <= MOST_YEARS_BACK && !unitAfter;
            }
        }
        return false;
    }

    private static boolean opensAChronologyLine(String paragraph, int begin) {
        return SENTENCE_END_BEFORE.matcher(paragraph.substring(0, begin)).find()
                && CHRONOLOGY_LINE
                        .matcher(paragraph)
                        .region(begin, paragraph.length())
                        .lookingAt();
    }
}
