package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditRatingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Aaa", "Aa-3", "Baa", "Baa-1", "Baa 2", "Ba3", "Caa", "Ca-2"})
    void moodysGradesAreNeverNamesWhateverTheStorySays(String grade) {
        String text = "The bakery chain said its new ovens were installed on time, the firm " + grade + " said.";

        assertEquals(
                List.of(org("Harbour Ovens Ltd")),
                CreditRatings.without(text, List.of(org(grade), person(grade), org("Harbour Ovens Ltd"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAA", "AA-minus", "BBB-plus", "BB+", "CCC", "BBB -"})
    void capitalGradesAreNotNamesInAStoryAboutRatings(String grade) {
        String text = "Fitch cut the utility's senior debt to " + grade + " from A, citing the cost of its new plant.";

        assertEquals(List.of(place("Ohio")), CreditRatings.without(text, List.of(org(grade), place("Ohio"))));
    }

    @Test
    void moodysGradesShoutedAreGradesWhereTheStoryWritesThemWithANotch() {
        String text = "Moody's said ratings lowered include the senior debt, to BA-1 from BAA-3, and CAA paper.";
        List<EntityMention> mentions = List.of(org("BA"), org("BAA"), org("CAA"), org("Moody's"));

        assertEquals(List.of(org("CAA"), org("Moody's")), CreditRatings.without(text, mentions));
    }

    @Test
    void anAirlinesAcronymInAStoryAboutItsRatingStaysAName() {
        String text = "Moody's upgraded the debt of British Airways. BA said the rating reflected a strong year.";
        List<EntityMention> mentions = List.of(org("British Airways"), org("BA"));

        assertEquals(mentions, CreditRatings.without(text, mentions));
    }

    @Test
    void interestRatesAreNoTalkOfCreditRatings() {
        String text = "The CCC said interest rates on its export credit guarantees would stay unchanged.";

        assertEquals(List.of(org("CCC")), CreditRatings.without(text, List.of(org("CCC"))));
    }

    @Test
    void capitalsThatAreNotAboutRatingsStayNames() {
        String athletics = "She won the AAA indoor 800m title in Sheffield and the CCC sponsored the meeting.";
        List<EntityMention> mentions = List.of(org("AAA"), org("CCC"), place("Sheffield"));

        assertEquals(mentions, CreditRatings.without(athletics, mentions));
    }

    @Test
    void wordsThatOnlyStartLikeAGradeStayNames() {
        String text = "Moody's rated the bonds of Baatar Mining and AAAS Partners, and Babcock said it was pleased.";
        List<EntityMention> mentions = List.of(org("Baatar Mining"), org("AAAS Partners"), org("Babcock"), org("Aab"));

        assertEquals(mentions, CreditRatings.without(text, mentions));
    }
}
