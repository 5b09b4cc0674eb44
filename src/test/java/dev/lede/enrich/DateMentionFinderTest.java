package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.MentionedDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cued path, which tags and reads only the words around date cues, against SUTime on every sentence. */
class DateMentionFinderTest {

    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.parse("2025-02-13");

    private static final String STORY = String.join(
            "\n\n",
            "The central bank left rates unchanged, its governor said on Wednesday, after a long meeting that ran"
                    + " for hours and ended with a short statement to reporters waiting outside.",
            "Markets had expected the decision. Traders now look to the next meeting, due on March 18, 2025, when"
                    + " the board will also publish new forecasts for growth and inflation.",
            "The bank cut rates twice in 2024 and last moved in December.",
            "Nothing in this paragraph names a day at all, although it is long enough to be read.");

    private static DateMentionFinder aroundCues;
    private static DateMentionFinder everySentence;

    @BeforeAll
    static void loadModels() {
        aroundCues = DateMentionFinder.aroundCues();
        everySentence = DateMentionFinder.everySentence();
    }

    private static List<String> values(List<MentionedDate> dates) {
        return dates.stream().map(MentionedDate::value).toList();
    }

    /** SUTime on every sentence finds {@code expected} in {@code text}, and the cued path finds the same. */
    private static void assertBothPathsFind(List<String> expected, String text, LocalDate published) {
        List<String> reference = values(everySentence.find(text, published));
        assertEquals(expected, reference);
        assertEquals(reference, values(aroundCues.find(text, published)));
    }

    @Test
    void readingOnlyTheWordsAroundDateCuesFindsWhatEverySentenceGives() {
        assertBothPathsFind(List.of("2025-02-12", "2025-03-18", "2024", "2024-12"), STORY, PUBLISHED);
    }

    @Test
    void aTimeOfDayOnTheTwentyFourHourClockIsNoYearButTheSameDigitsAsAYearAre() {
        String text = "The cup tie kicks off at 1945 GMT on March 18, 2025, eighty years after the club was founded"
                + " in 1945 by dockers; the gates open at 1800 local time and the bars close at 0100.";
        assertBothPathsFind(List.of("2025-03-18", "1945"), text, PUBLISHED);
    }

    @Test
    void fourDigitsCenturiesBackAreAYearOnlyAfterWordsThatMakeThemOne() {
        String text = "The charter, granted in 1337 and kept since 1497, sits beside the 1606 act and letters from"
                + " between 1831 and 1865. Shares closed at 1115 pence, the index fell 508 points to 1738 and the"
                + " council cited resolution 1441; the talks resume at 1330.";
        assertBothPathsFind(List.of("1337", "1497", "1606", "1831", "1865"), text, PUBLISHED);
    }

    @Test
    void fourDigitsFarBeyondTheStorysYearEndingATimeOfDayOrASideOfASizeAreNoYearButAForecastIs() {
        String text = "The 2007 budget said spending would double by 2100. The new PC has an Athlon XP 2500"
                + " chip. The show moves to the 2300 slot, and the fight broke out at about 0200 local time. Since"
                + " 2004 its films have been shown at 2048 * 1080 pixels.";
        assertBothPathsFind(List.of("2007", "2100", "2004"), text, PUBLISHED);
        assertEquals(
                List.of("2007", "2500", "2300", "2004"),
                values(everySentence.find(text, LocalDate.parse("2410-01-01"))),
                "within a century after a story written in 2410; \"by 2100\", three centuries back, is no year");
    }

    @Test
    void fourDigitsHyphenatedToAUnitAreNoYear() {
        String text = "The cars, built before 2004, use 2048-bit keys and were bought by a 2000-strong club for its"
                + " 1200-page guide, written in 1999.";
        assertBothPathsFind(List.of("2004", "1999"), text, PUBLISHED);
    }

    @Test
    void aTenseWordNextToTheDateStillDecidesWhichFridayIsMeant() {
        String text = "Officials of both countries, speaking after the long talks in the capital, said on Friday that"
                + " the agreement had failed because neither side would move on the question of tariffs.";
        assertEquals(List.of("2025-02-07"), values(aroundCues.find(text, PUBLISHED)));
    }

    @Test
    void eachWeekdayIsReadByTheNearerTenseWordAroundItAndTheWordBeforeItOnATie() {
        String text = "The company said on Monday it would sell the unit. Its board will meet on Tuesday to approve"
                + " the sale, and shares fell on Wednesday; a vote on Saturday is also planned. Talks with the union"
                + " would resume on Sunday, officials said.";
        assertBothPathsFind(
                List.of("2025-02-10", "2025-02-18", "2025-02-12", "2025-02-15", "2025-02-16"), text, PUBLISHED);
    }

    @Test
    void aMonthWithoutItsYearIsReadByItsOwnClauseAndIsTheNearerOneWhereItsTenseWordsDisagreeOrAreMissing() {
        String text = "The plan, announced in January, will be put to a vote in April. The company said in November it"
                + " would sell the unit, and the strike that began on January 6 might end early. Prices have"
                + " fallen since May. Traders booked cargoes for the August shipment period.";
        assertBothPathsFind(
                List.of("2025-01", "2025-04", "2024-11", "2025-01-06", "2024-05", "2025-08"), text, PUBLISHED);
    }

    @Test
    void lastOrNextBeforeAMonthIsTheLatestBeforeOrTheFirstAfterTheMonthOfPublicationUnlessItIsCompared() {
        String text = "Talks with the union ended last January; the new contract runs to next March and the old one"
                + " to next February. Dealers sold 3,100 of its cars, down from 3,400 last January.";
        assertBothPathsFind(List.of("2025-01", "2025-03", "2026-02", "2024-01"), text, PUBLISHED);
    }

    @Test
    void theMonthOfAContractOrACargoIsThisMonthOrOneAheadWhateverTheVerbButAnIndustrysMonthlyFiguresAreNot() {
        String text = "Traders sold cargoes for November shipment. The December contract fell two cents, and the"
                + " February delivery was steady. Chipmakers said their January shipments were 677.8 mln dlrs.";
        assertBothPathsFind(List.of("2025-11", "2025-12", "2025-02", "2025-01"), text, PUBLISHED);
    }

    @Test
    void aSpanOfYearsOrMonthsBackFromPublicationNamesTheYearOrTheMonthNotADay() {
        String text = "Its February sales were 36,811 cars against 40,012 a year ago and 35,100 six months ago; the"
                + " plant closed two weeks ago.";
        assertBothPathsFind(List.of("2025-02", "2024", "2024-08", "2025-01-30"), text, PUBLISHED);
    }

    @Test
    void aSpanCountedEarlierOrLaterCountsFromTheFirstMonthOrYearItsSentenceWroteOutBeforeIt() {
        String text = "Group net profit fell to 210 mln euros in the year ended September 2023 from 260 mln a year"
                + " earlier.\n\nLast month the company said its profit rose in 2022 from the year before.\n\nOutput"
                + " fell in January from 8,400 tonnes in December and 7,950 a year earlier.\n\nThe plant opened"
                + " in 2019 and closed two years later.";
        assertBothPathsFind(List.of("2023-09", "2022", "2025-01", "2021", "2024-12", "2024", "2019"), text, PUBLISHED);
    }

    @Test
    void theYearOfTheYearEndedOnADateNamesOnlyThatDate() {
        String text = "Net profit for the year ended September 30, 2024 rose 5 pct, and the company expects profit"
                + " to rise this year to 12 mln euros.";
        assertBothPathsFind(List.of("2024-09-30", "2025"), text, PUBLISHED);
    }

    @Test
    void theModalMayOfAHeadlineInCapitalsIsNoMonth() {
        String text = "HARBOUR BANK MAY CUT LENDING RATE IN JUNE\n\nThe bank said on Tuesday it could lower its base"
                + " rate by half a point when its board meets in June.";
        assertBothPathsFind(List.of("2025-06", "2025-02-11"), text, PUBLISHED);
    }

    @Test
    void aTimexWhoseEndComesBeforeItsBeginningFailsNothing() {
        // around its cues SUTime reads "March 4 between 0900 and 0930" as one time of day ending before it begins;
        // that once failed the whole article
        String text = "CENTRAL BANK ADVANCES UNCHANGED\n\nThe amount will be set at tender on March 4 between 0900\nand"
                + " 0930 hours GMT.";
        assertEquals(List.of("2025-03-04", "2025-02-13"), values(everySentence.find(text, PUBLISHED)));
        assertDoesNotThrow(() -> aroundCues.find(text, PUBLISHED));
    }

    @Test
    void aQuarterWithItsYearWrittenNamesThatYearAndASpanCountsFromIt() {
        String text = "Profit in the third quarter of 2023 fell 5 pct from a year earlier. Sales in the fourth quarter"
                + " of last year rose.";
        assertBothPathsFind(List.of("2023", "2022", "2024"), text, PUBLISHED);
    }

    @Test
    void aQuarterNamedByItsNumberIsTheOneUnderWayJustOverOrNextOrTheOneItsTenseSays() {
        LocalDate june = LocalDate.parse("2025-06-20");
        String text = "Second quarter sales should improve, the chain said. Last week it posted a fourth quarter loss"
                + " of 3 mln euros against a profit a year earlier, and it expects the third quarter to bring new"
                + " stores. Its first-quarter sales were flat.";
        assertBothPathsFind(List.of("2025", "2024", "2023"), text, june);
        String noTense = "The fourth quarter is its busiest, and its fiscal third quarter is quiet.";
        assertEquals(List.of(), values(everySentence.find(noTense, june)));
        assertEquals(List.of(), values(aroundCues.find(noTense, june)));
    }

    @Test
    void aSpanJoinedToItsDirectionByAHyphenCountsBackAndARateNamesNoDate() {
        String text = "Sales were 4 pct above the year-ago level and up from a year-earlier 3.1 mln, against the"
                + " month-earlier figure. The year-on-year rise was 3 pct.";
        assertBothPathsFind(List.of("2024", "2025-01"), text, PUBLISHED);
    }

    @Test
    void thePreviousMonthCountsFromTheMonthNamedAndThePastOrNextYearIsALength() {
        String text = "Exports fell in December from the previous month, and prices rose 20 pct over the past year."
                + " The firm expects to sell the unit within the next year.";
        assertBothPathsFind(List.of("2024-12", "2024-11"), text, PUBLISHED);
    }

    @Test
    void aPlaceInASequenceOfYearsIsNoCalendarYear() {
        String text = "Exports rose for the third year running in 2024, and the loan's rate rises in the fourth year"
                + " of the deal.";
        assertBothPathsFind(List.of("2024"), text, PUBLISHED);
    }

    @Test
    void aLowerCaseMayIsTheModalThoughSutimeReadsItIntoTheDateBesideIt() {
        String text = "Output this year may rise by 5 pct on last year, and shipments in 2024 may fall, but this may"
                + " not help exports.";
        assertBothPathsFind(List.of("2025", "2024"), text, PUBLISHED);
    }

    @Test
    void aSpanWithNoTimeNamedBeforeItInItsSentenceOrCountedAgoCountsFromTheWritingAndAVagueOneNamesNothing() {
        String text = "Output rose 4 pct from the year earlier. In 2019, sales were double the level of the year ago"
                + " period. The unit was set up several years ago and sold a few months ago.";
        assertBothPathsFind(List.of("2024", "2019"), text, PUBLISHED);
    }

    @Test
    void aTenseWordThreeWordsAfterADayOfTheMonthIsStillRead() {
        // "were" puts the day before publication; the cued path must read it as well
        String text = "Payments due March 17 by law were made late, the agency said in a statement to lenders.";
        assertBothPathsFind(List.of("2024-03-17"), text, PUBLISHED);
    }

    @Test
    void theAttributionAfterADateIsNotItsTense() {
        String text = "Closing of the sale, which both boards have approved, is expected March 17, it said in a"
                + " statement to shareholders.";
        assertBothPathsFind(List.of("2025-03-17"), text, PUBLISHED);
    }
}
