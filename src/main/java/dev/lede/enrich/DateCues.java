package dev.lede.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text may name a calendar date. SUTime is slow, so it only sees the words around these cues; a false cue
 * costs time, a missed one loses a date, hence a generous pattern. Besides month and day names, numbers and relative
 * words, "year" and "month" are cues ("the full year", "a year earlier" are years SUTime resolves) and so are the
 * parts of a day ("this afternoon", "last night": the day itself). Plurals ("weeks", "months", "years") are not: they
 * are nearly always durations, which are not calendar dates; nor are weeks, which SUTime does not give as days; nor
 * "year" and "month" as the end of a compound ("three-year", "30-year", "prior-year", "two-month"), which name a
 * length. "May", "Sat" and "Sun" count only when capitalised: in lower case they are the verb or the noun (SUTime
 * reads "this may have" as May), while a lower-case "march" is as often the month as the verb (commodity reports
 * write "march/april shipment"). A month's cue takes in the day number after it ("March 17"), so that the words
 * {@link CueWindows} keeps after a cue are counted from the end of the date, where SUTime reads the tense ("March 17,
 * it said"). Measured against
 * SUTime on every sentence by {@code lede bench dates} (EVALUATION.md, "Mentioned dates agreement").
 */
final class DateCues {

    private static final Pattern CUE =
            Pattern.compile("(?i)\\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May|MAY)"
                    + "|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                    + "(?:\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)?"
                    + "|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
                    + "|saturday|(?-i:Sat|SAT)|sunday|(?-i:Sun|SUN)"
                    + "|yesterday|today|tomorrow|tonight|ago|christmas|easter|thanksgiving|halloween|new\\s+year"
                    + "|(?<!-)(?:year|month)|morning|afternoon|evening|night|overnight|noon|midnight"
                    + "|" + NumberedQuarters.NUMBERED
                    + "|\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})\\b");

    private DateCues() {}

    static boolean mayNameDate(CharSequence text) {
        return CUE.matcher(text).find();
    }

    /** Start and end offsets, relative to the text, of every cue, as {@code [start, end]} pairs in text order. */
    static List<int[]> cueSpans(CharSequence text) {
        List<int[]> spans = new ArrayList<>();
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            spans.add(new int[] {cue.start(), cue.end()});
        }
        return spans;
    }
}
