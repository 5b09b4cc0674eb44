package dev.lede.enrich;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Credit ratings that the recognizer took for names: "rated Baa-2 by Moody's", "cut to BB-plus". Moody's scale is
 * written in mixed case ("Aaa", "Baa-1", "Caa") that no organisation uses, so those are never names. In capitals
 * ("AAA", "BBB-minus", Standard and Poor's and Fitch, or Moody's shouted: "BAA-3") grades look like the acronyms of
 * clubs, agencies and firms (the Amateur Athletic Association, the Commodity Credit Corp's "CCC", British Airways'
 * "BA"), so those are grades only in a story that speaks of ratings, and Moody's shouted ones only where the story
 * writes them with a notch ("BA-1").
 */
final class CreditRatings {

    private static final Pattern MIXED_CASE_GRADE = Pattern.compile("(?:Aaa|Aa|Baa|Ba|Caa|Ca)(?:\\s*-?\\s*[1-3])?");
    private static final Pattern CAPITALS_GRADE =
            Pattern.compile("(?:AAA|AA|BBB|BB|CCC|CC)(?:\\s*[-+]|\\s*-?\\s*(?:PLUS|MINUS|plus|minus))?");
    private static final Pattern SHOUTED_MOODYS_GRADE = Pattern.compile("(?:AAA|AA|BAA|BA|CAA|CA)");
    private static final String NOTCH = "\\s*-?\\s*[1-3](?![\\p{L}\\p{N}])";
    private static final Pattern RATINGS_TALK = Pattern.compile(
            "\\b(?:rated|ratings?|(?:up|down)grad(?:e|es|ed|ing)|Moody's|Standard\\s+(?:and|&)\\s+Poor's|S&P|Fitch)\\b",
            Pattern.CASE_INSENSITIVE);

    private CreditRatings() {}

    /** The mentions without those that are credit ratings in this text. */
    static List<EntityMention> without(String text, List<EntityMention> mentions) {
        boolean ratingsTalk =
                mentions.stream().anyMatch(m -> isCapitals(m.text().strip()))
                        && RATINGS_TALK.matcher(text).find();
        return mentions.stream()
                .filter(m -> !isGrade(m.text().strip(), text, ratingsTalk))
                .toList();
    }

    private static boolean isGrade(String name, String text, boolean ratingsTalk) {
        if (MIXED_CASE_GRADE.matcher(name).matches()) {
            return true;
        }
        return ratingsTalk
                && (CAPITALS_GRADE.matcher(name).matches()
                        || SHOUTED_MOODYS_GRADE.matcher(name).matches() && writtenWithANotch(name, text));
    }

    private static boolean isCapitals(String name) {
        return CAPITALS_GRADE.matcher(name).matches()
                || SHOUTED_MOODYS_GRADE.matcher(name).matches();
    }

    private static boolean writtenWithANotch(String grade, String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + grade + NOTCH)
                .matcher(text)
                .find();
    }
}
