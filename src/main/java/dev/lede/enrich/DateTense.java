package dev.lede.enrich;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which side of the publication date a date named without its year or week lies on: "said on Friday" is the Friday
 * before, "will meet on Friday" the one after; "sales rose in November" the November before, "will report in November"
 * the next one. A tense word counts within three words of the date and within its clause (", he said" after a date is
 * not its tense), and "since" right before it is the past.
 *
 * <p>SUTime reads tense words the same way, but keeps the tense as a tag on the one value every "Friday" (or
 * "November") of a text shares: the last tense word it reads decides for all of them, and a modal after the date
 * overrides a past verb before it, so "the company said on Monday it would sell" named the next Monday. Here each
 * mention reads its own neighbours.
 *
 * <p>Where a word before the date and one after it disagree, a weekday goes by the nearer word, the one before on a tie
 * ("said on Monday it would", "would resume on Monday, officials said"), and a month or a day of the month, whose two
 * readings lie a year apart, is the one nearer the publication date ("the fiscal year that began on April 1 might",
 * "said on April 1 it will start"), and a modal after a month alone is not its tense ("the deficit in May could not be
 * attributed"). With no tense word, each is the nearer one and the month of publication is its own,
 * as in SUTime; of two as near, six months either way, it is the later, where SUTime takes the earlier: with no tense
 * word, a month that far off is more often a schedule (a shipment, a crop's season, a meeting) than a past event, which
 * has its verb (Reuters, 28 of 47 such dates).
 *
 * <p>SUTime also reads "last March" as the March of the year before publication and "next June" as the June of the year
 * after, even in a story written in June or in March; here they are the latest March before the month of publication
 * and the first June after it, unless "last" follows a word that compares ("down from 40,012 last February", in a story
 * on this February's sales). A month a contract or a cargo is for ("May delivery", "the June contract", "for
 * August shipment") is the month of publication or the first such month after it, whatever verb the market report
 * puts beside it.
 */
final class DateTense {

    /** How far from the date a tense word may stand: SUTime's rules allow two words between. */
    private static final int REACH = 3;

    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    /** Words a date written without its year may hold besides the month: "March 3", "the 3rd of March". */
    private static final Pattern DAY_OF_MONTH_WORDS =
            Pattern.compile("\\d{1,2}(st|nd|rd|th)?|the|of|,", Pattern.CASE_INSENSITIVE);

    private static final Pattern MONTH_WORD = Pattern.compile(
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?"
                    + "|january|february|march|april|june|july|august|september|october|november|december",
            Pattern.CASE_INSENSITIVE);

    /** Tokens that end a clause; the tokenizer writes brackets as -LRB- and -RRB-. */
    private static final Set<String> CLAUSE_BREAKS =
            Set.of(",", ";", ":", "-LRB-", "-RRB-", "(", ")", "--", "-", "\u2013", "\u2014", ".", "?", "!");

    /** Nouns a commodity or futures report writes after the month a contract or a cargo is for. */
    private static final Set<String> CONTRACT_WORDS = Set.of(
            "futures", "contract", "contracts", "delivery", "shipment", "option", "options", "arrival", "loading");

    /** The same in the plural for cargoes, which an industry's monthly figures also write ("February shipments"). */
    private static final Set<String> CARGO_WORDS = Set.of("deliveries", "shipments", "arrivals", "loadings");

    private static final Set<String> COMPARING = Set.of("from", "than", "compared", "versus", "vs", "vs.", "against");

    private enum Tense {
        PAST,
        FUTURE
    }

    /** A tense word and how many words from the date it stands. */
    private record TenseWord(Tense tense, int distance) {}

    /** The nearest tense word on each side of a date. */
    private record Neighbours(Optional<TenseWord> before, Optional<TenseWord> after) {

        boolean disagree() {
            return before.isPresent()
                    && after.isPresent()
                    && before.get().tense() != after.get().tense();
        }

        /**
         * The tense of a month or a day of the month: none where the words before and after disagree, whose two
         * readings lie a year apart, nor from a modal after it alone, which is most often the verb of a noun the date
         * qualifies ("the figure for February would be released", "the deficit in May could not be attributed").
         */
        Optional<Tense> forMonth() {
            boolean modalAfterAlone = before.isEmpty()
                    && after.map(word -> word.tense() == Tense.FUTURE).orElse(false);
            return disagree() || modalAfterAlone ? Optional.empty() : nearer();
        }

        /** The nearer word's tense, the one before on a tie. */
        Optional<Tense> nearer() {
            boolean afterIsNearer = before.isEmpty()
                    || (after.isPresent()
                            && after.get().distance() < before.get().distance());
            return (afterIsNearer ? after : before).map(TenseWord::tense);
        }
    }

    private DateTense() {}

    /**
     * The date a mention spanning {@code tokens[first..last]}, which SUTime resolved to {@code resolved}, names: for a
     * weekday alone ("Friday", "Friday night") or a month or day of the month without a year ("November", "March 3",
     * "last March"), read from the words around it; {@code resolved} unchanged for anything else ("last Friday",
     * "March 3, 1987").
     *
     * @param resolved an ISO year, month or day
     */
    static String dateOf(List<CoreLabel> tokens, int first, int last, String resolved, LocalDate published) {
        List<CoreLabel> mention = tokens.subList(first, last + 1);
        Optional<DayOfWeek> weekday = weekdayAlone(mention);
        if (weekday.isPresent() && resolved.length() == 10) {
            return weekdayOf(weekday.get(), neighbours(tokens, first, last).nearer(), published)
                    .toString();
        }
        if (resolved.length() == 7 && isYearless(mention) && namesAContract(tokens, first, last)) {
            return inYear(resolved, Optional.of(Tense.FUTURE), published, true);
        }
        if (resolved.length() >= 7 && isYearless(mention)) {
            Neighbours around = neighbours(tokens, first, last);
            return inYear(resolved, around.forMonth(), published, true);
        }
        if (resolved.length() >= 7 && mention.size() > 1 && isYearless(mention.subList(1, mention.size()))) {
            String word = lower(mention.getFirst());
            if (word.equals("next") || (word.equals("last") && !comparedWith(tokens, first))) {
                Tense side = word.equals("last") ? Tense.PAST : Tense.FUTURE;
                return inYear(resolved, Optional.of(side), published, false);
            }
        }
        return resolved;
    }

    /**
     * Whether the words around {@code tokens[first..last]}, a period named without its year, put it in the past
     * (true) or the future (false), read as for a month; empty for neither.
     */
    static Optional<Boolean> pastOfPeriod(List<CoreLabel> tokens, int first, int last) {
        return neighbours(tokens, first, last).forMonth().map(tense -> tense == Tense.PAST);
    }

    private static LocalDate weekdayOf(DayOfWeek weekday, Optional<Tense> tense, LocalDate published) {
        int back = Math.floorMod(published.getDayOfWeek().getValue() - weekday.getValue(), 7);
        int ahead = (7 - back) % 7;
        boolean past = tense.map(t -> t == Tense.PAST).orElse(back <= ahead);
        return past ? published.minusDays(back) : published.plusDays(ahead);
    }

    /**
     * The month or day {@code resolved} names, in the year the tense puts it in: the past is the latest on or before
     * publication, the future the first on or after it, no tense the nearer.
     *
     * @param ownMonthCounts whether the month of publication may be the one meant, as it may for "in March" but not
     *     for "last March"
     */
    private static String inYear(String resolved, Optional<Tense> tense, LocalDate published, boolean ownMonthCounts) {
        YearMonth month = YearMonth.from(published).withMonth(Integer.parseInt(resolved.substring(5, 7)));
        try {
            if (resolved.length() == 10 && ownMonthCounts) {
                LocalDate day = month.atDay(Integer.parseInt(resolved.substring(8)));
                return dayInYear(day, tense, published).toString();
            }
            YearMonth moved = monthInYear(month, tense, YearMonth.from(published), ownMonthCounts);
            return resolved.length() == 10
                    ? moved.atDay(Integer.parseInt(resolved.substring(8))).toString()
                    : moved.toString();
        } catch (DateTimeException noSuchDay) {
            return resolved;
        }
    }

    private static LocalDate dayInYear(LocalDate day, Optional<Tense> tense, LocalDate published) {
        LocalDate before = day.isAfter(published) ? day.minusYears(1) : day;
        LocalDate after = day.isBefore(published) ? day.plusYears(1) : day;
        return switch (tense.orElse(null)) {
            case PAST -> before;
            case FUTURE -> after;
            case null ->
                ChronoUnit.DAYS.between(before, published) < ChronoUnit.DAYS.between(published, after) ? before : after;
        };
    }

    private static YearMonth monthInYear(
            YearMonth month, Optional<Tense> tense, YearMonth published, boolean ownMonthCounts) {
        YearMonth before =
                month.isAfter(published) || (!ownMonthCounts && month.equals(published)) ? month.minusYears(1) : month;
        YearMonth after =
                month.isBefore(published) || (!ownMonthCounts && month.equals(published)) ? month.plusYears(1) : month;
        return switch (tense.orElse(null)) {
            case PAST -> before;
            case FUTURE -> after;
            case null ->
                ChronoUnit.MONTHS.between(before, published) < ChronoUnit.MONTHS.between(published, after)
                        ? before
                        : after;
        };
    }

    /**
     * Whether the month at {@code tokens[first..last]} names a contract's or a cargo's month ("May delivery", "the June
     * contract rose", "for August/September shipment"), which is this month or one ahead whatever the verb of the
     * market report ("March and May were unlimited"). In the plural the words are that only for a cargo: after "for" or
     * in a pair of months ("for April shipments", "Nov/Jan deliveries"), not an industry's figures for a month past
     * ("February shipments were 677.8 mln dlrs").
     */
    private static boolean namesAContract(List<CoreLabel> tokens, int first, int last) {
        int start = first;
        int next = last + 1;
        if (lower(tokens, next).equals("/")
                && MONTH_WORD.matcher(lower(tokens, next + 1)).matches()) {
            next += 2;
        } else if (first >= 2
                && lower(tokens, first - 1).equals("/")
                && MONTH_WORD.matcher(lower(tokens, first - 2)).matches()) {
            start = first - 2;
        }
        String word = lower(tokens, next);
        if (CONTRACT_WORDS.contains(word)) {
            return true;
        }
        boolean pair = next > last + 1 || start < first;
        return CARGO_WORDS.contains(word)
                && (pair || (start > 0 && lower(tokens, start - 1).equals("for")));
    }

    /**
     * Whether a word that compares stands just before "last": "down from 40,012 last February" is the February a year
     * before this one, where "sanctions levied last April" is the latest April.
     */
    private static boolean comparedWith(List<CoreLabel> tokens, int lastWord) {
        for (int i = Math.max(0, lastWord - REACH); i < lastWord; i++) {
            if (COMPARING.contains(lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<DayOfWeek> weekdayAlone(List<CoreLabel> mention) {
        if (mention.size() > 2 || (mention.size() == 2 && !PARTS_OF_DAY.contains(lower(mention.get(1))))) {
            return Optional.empty();
        }
        try {
            return Optional.of(DayOfWeek.valueOf(mention.getFirst().word().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notADay) {
            return Optional.empty();
        }
    }

    /** A month's name and nothing else but a day of the month and the words around one. */
    private static boolean isYearless(List<CoreLabel> mention) {
        int months = 0;
        for (CoreLabel token : mention) {
            if (MONTH_WORD.matcher(token.word()).matches()) {
                months++;
            } else if (!DAY_OF_MONTH_WORDS.matcher(token.word()).matches()) {
                return false;
            }
        }
        return months == 1;
    }

    private static Neighbours neighbours(List<CoreLabel> tokens, int first, int last) {
        Optional<TenseWord> before = lower(tokens, first - 1).equals("since")
                ? Optional.of(new TenseWord(Tense.PAST, 1))
                : nearestTenseWord(tokens, first, -1);
        return new Neighbours(before, nearestTenseWord(tokens, last, 1));
    }

    /** The first tense word within reach of {@code edge}, going {@code step} words a time, not past a clause break. */
    private static Optional<TenseWord> nearestTenseWord(List<CoreLabel> tokens, int edge, int step) {
        for (int distance = 1; distance <= REACH; distance++) {
            int index = edge + step * distance;
            if (index < 0
                    || index >= tokens.size()
                    || CLAUSE_BREAKS.contains(tokens.get(index).word())) {
                break;
            }
            Optional<Tense> tense = tenseOf(tokens, index);
            if (tense.isPresent()) {
                return Optional.of(new TenseWord(tense.get(), distance));
            }
        }
        return Optional.empty();
    }

    /**
     * A past-tense verb or "ended" (a period "ended June 28", which the tagger often takes for a participle), or a
     * modal ("will", "would", "could", "may", "'ll") or the "going" of "going to"; not a modal before "have" ("than
     * might otherwise have been", "would have cost"), which looks back.
     */
    private static Optional<Tense> tenseOf(List<CoreLabel> tokens, int index) {
        CoreLabel token = tokens.get(index);
        String tag = token.tag();
        if ("VBD".equals(tag) || lower(token).equals("ended")) {
            return Optional.of(Tense.PAST);
        }
        boolean goingTo =
                lower(token).equals("going") && lower(tokens, index + 1).equals("to");
        boolean modal = "MD".equals(tag)
                && !lower(tokens, index + 1).equals("have")
                && !lower(tokens, index + 2).equals("have");
        return modal || goingTo ? Optional.of(Tense.FUTURE) : Optional.empty();
    }

    /** The word at {@code index} in lower case, or "" outside the tokens. */
    private static String lower(List<CoreLabel> tokens, int index) {
        return index >= 0 && index < tokens.size() ? lower(tokens.get(index)) : "";
    }

    private static String lower(CoreLabel token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
