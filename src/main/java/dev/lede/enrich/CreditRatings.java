package dev.lede.enrich;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Credit ratings that the recognizer took for names: "rated Baa-2 by Moody's", "cut to BB-plus". Moody's scale is
 * written in mixed case ("Aaa", "Baa-1", "Caa") that no organisation uses, so those are never names. The scale of
 * Standard and Poor's and Fitch is in capitals ("AAA", "BBB-minus"), which clubs and agencies also use (the
 * Amateur Athletic Association, the Commodity Credit Corp's "CCC"), so those are ratings only in a story that speaks
 * of ratings.
 */
final class CreditRatings {

    private static final Pattern MIXED_CASE_GRADE = Pattern.compile("(?:Aaa|Aa|Baa|Ba|Caa|Ca)(?:\\s*-?\\s*[1-3])?");
    private static final Pattern CAPITALS_GRADE =
            Pattern.compile("(?:AAA|AA|BBB|BB|CCC|CC)(?:\\s*[-+]|\\s*-?\\s*(?:plus|minus))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATINGS_TALK = Pattern.compile(
            "\\b(?:rat(?:ed|es|ing|ings)|(?:up|down)grad(?:e|es|ed|ing)|Moody's|Standard\\s+(?:and|&)\\s+Poor's"
                    + "|S&P|Fitch)\\b",
            Pattern.CASE_INSENSITIVE);

    private CreditRatings() {}

    /** The mentions without those that are credit ratings in this text. */
    static List<EntityMention> without(String text, List<EntityMention> mentions) {
        boolean ratingsTalk = mentions.stream().anyMatch(m -> isCapitalsGrade(m.text()))
                && RATINGS_TALK.matcher(text).find();
        return mentions.stream()
                .filter(m -> !isMixedCaseGrade(m.text()) && !(ratingsTalk && isCapitalsGrade(m.text())))
                .toList();
    }

    private static boolean isMixedCaseGrade(String name) {
        return MIXED_CASE_GRADE.matcher(name.strip()).matches();
    }

    private static boolean isCapitalsGrade(String name) {
        String written = name.strip();
        return written.chars().limit(2).allMatch(Character::isUpperCase)
                && CAPITALS_GRADE.matcher(written).matches();
    }
}
