package dev.lede.enrich;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "May" is the one month whose name is also a common English verb, the modal, and a headline in capitals cannot tell
 * them apart: "AGENCY MAY DOWNGRADE HARBOUR BANK", "PORT STRIKE MAY DELAY CARGOES" are no month, "CAR SALES ROSE IN
 * MAY" is. SUTime reads every one as the month. In a headline (the paragraph a story starts with) written in capitals,
 * "MAY" is taken for the month only where a day follows it ("2ND QTR MAY 31 NET", "MAY TWO") or where the rest of the
 * story, written in lower case, names May (a story all in capitals is left as SUTime reads it, and so is a table in
 * capitals further down: "5 UND MAY UP 1" is a price under the May contract). In lower case "may" is always the
 * modal, yet SUTime reads it into the date beside it ("1986 may", "this year may rise" are May of that year): such a
 * mention names the year its words write, and nothing if they write none ("this may have").
 */
final class HeadlineModals {

    private static final Pattern MAY = Pattern.compile("\\bMAY\\b");
    private static final Pattern LOWER_CASE_MAY = Pattern.compile("\\bMay\\b");
    /** A day of the month after "MAY", which makes it the month whatever the story says. */
    private static final Pattern DAY_AFTER = Pattern.compile(
            "\\s*(?:\\d|(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN"
                    + "|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY|THIRTY|FIRST|SECOND|THIRD)\\b)");

    private static final Set<String> PARTS_OF_A_MONTH = Set.of("EARLY", "LATE", "MID", "END", "START");
    private static final double CAPITALS = 0.8;

    private static final Pattern LOWER_CASE_MODAL = Pattern.compile("\\bmay\\b");

    /** A year written in digits or counted from the year of writing ("last year"). */
    private static final Pattern YEAR_STATED =
            Pattern.compile("\\b(?:\\d{4}|(?:last|this|next)\\s+year)\\b", Pattern.CASE_INSENSITIVE);

    private HeadlineModals() {}

    /**
     * The date SUTime resolved for {@code words}, or its year alone if the words hold "may" in lower case and write
     * a year, or nothing if they hold it and write none.
     */
    static Optional<String> besideLowerCaseModal(String words, String date) {
        if (!LOWER_CASE_MODAL.matcher(words).find()) {
            return Optional.of(date);
        }
        return YEAR_STATED.matcher(words).find() ? Optional.of(date.substring(0, 4)) : Optional.empty();
    }

    /**
     * Whether the words at {@code begin}–{@code end} of a paragraph are "MAY" in capitals (maybe with one other word)
     * that is no month: the paragraph is the story's first and in capitals, no day follows, and the story names no May.
     *
     * @param text the whole story, the paragraph among its parts
     */
    static boolean isModal(String paragraph, int begin, int end, String text) {
        if (begin < 0 || end > paragraph.length() || begin >= end) {
            return false; // around its cues SUTime can read "on March 4 between 0900 and 0930" as one time ending first
        }
        String words = paragraph.substring(begin, end);
        Matcher may = MAY.matcher(words);
        if (!may.find()
                || !text.strip().startsWith(paragraph.strip())
                || !isInCapitals(paragraph)
                || !isMayWithAtMostOneOtherWord(words)) {
            return false;
        }
        int after = begin + may.end();
        return !DAY_AFTER.matcher(paragraph).region(after, paragraph.length()).lookingAt()
                && text.chars().anyMatch(Character::isLowerCase)
                && !LOWER_CASE_MAY.matcher(text).find();
    }

    private static boolean isMayWithAtMostOneOtherWord(String words) {
        String[] parts = words.strip().split("[\\s-]+");
        if (parts.length > 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.equals("MAY")
                    && (PARTS_OF_A_MONTH.contains(part) || part.chars().anyMatch(Character::isDigit))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInCapitals(String paragraph) {
        long letters = paragraph.chars().filter(Character::isLetter).count();
        long capitals = paragraph.chars().filter(Character::isUpperCase).count();
        return letters > 0 && capitals >= CAPITALS * letters;
    }
}
