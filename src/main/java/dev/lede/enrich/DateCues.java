package dev.lede.enrich;

import java.util.regex.Pattern;

/**
 * A cheap test for text that may name a date. SUTime is slow, so it runs only on sentences that pass this test;
 * a false positive costs time, a false negative loses a date, hence the generous pattern.
 */
final class DateCues {

    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
                    + "|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?"
                    + "|sun(?:day)?|yesterday|today|tomorrow|tonight|ago|last|next|week(?:end)?s?|months?|years?"
                    + "|christmas|easter)\\b"
                    + "|\\b\\d{4}\\b"
                    + "|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");

    private DateCues() {}

    static boolean mayNameDate(CharSequence text) {
        return CUE.matcher(text).find();
    }
}
