package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpacingVariantsTest {

    @Test
    void aNameClosedUpLosesCaseAccentsSpacesDotsAndHyphensButKeepsOtherSigns() {
        assertEquals("timewarner", SpacingVariants.closedUp("Time  Warner"));
        assertEquals("rnmalhotra", SpacingVariants.closedUp("R. N. Malhotra"));
        assertEquals("intersportbolivar", SpacingVariants.closedUp("Inter-Sport Bolívar"));
        assertEquals("a&p", SpacingVariants.closedUp("A & P"));
    }

    @Test
    void aHyphenReadsAsASpaceAndAsNothingWhileSpacesAndAccentsStay() {
        assertEquals(List.of("south east asia", "southeast asia"), SpacingVariants.hyphenReadings("South-east Asia"));
        assertEquals(List.of("mt laurel"), SpacingVariants.hyphenReadings("Mt. Laurel"));
        assertEquals(List.of("san josé"), SpacingVariants.hyphenReadings("San José"));
    }

    @Test
    void namesTiedThroughAnotherAreOneSetWhoseMostUsedNameIsItsLabel() {
        Map<String, String> labels = SpacingVariants.labels(
                ArticleCounts.of("South East Asia", 4, "Southeast Asia", 10, "South-east Asia", 3, "East Asia", 9),
                SpacingVariants::hyphenReadings);

        assertEquals(Map.of("South East Asia", "Southeast Asia", "South-east Asia", "Southeast Asia"), labels);
    }

    @Test
    void onATieTheNameWithMoreWordsIsTheLabel() {
        Map<String, String> labels = SpacingVariants.labels(
                ArticleCounts.of("TimeWarner", 1, "Time Warner", 1), name -> List.of(SpacingVariants.closedUp(name)));

        assertEquals(Map.of("TimeWarner", "Time Warner"), labels);
    }

    @Test
    void keysOfFewerThanFourLettersTieNothing() {
        Map<String, String> labels = SpacingVariants.labels(
                ArticleCounts.of("La", 11, "LA", 6, "U.S.", 3, "US", 40),
                name -> List.of(SpacingVariants.closedUp(name)));

        assertEquals(Map.of(), labels);
    }
}
