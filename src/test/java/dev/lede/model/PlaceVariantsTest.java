package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceVariantsTest {

    private static EntityAliases aliases(Object... namesAndCounts) {
        return new EntityAliases(
                PlaceVariants.automatic(ArticleCounts.of(namesAndCounts)), List.of(), NameAliases.NONE);
    }

    @Test
    void aPlaceMisspeltByOneLetterIsThePlaceItMisspells() {
        EntityAliases aliases = aliases(
                "Oklahoma City",
                83,
                "Okalhoma City",
                2,
                "San Francisco",
                128,
                "San Francico",
                1,
                "Los Angeles",
                317,
                "Los Angels",
                1);

        assertEquals("Oklahoma City", aliases.canonical(FacetField.PLACE, "Okalhoma City"));
        assertEquals("San Francisco", aliases.canonical(FacetField.PLACE, "San Francico"));
        assertEquals("Los Angeles", aliases.canonical(FacetField.PLACE, "Los Angels"));
        assertEquals(List.of("Oklahoma City", "Okalhoma City"), aliases.members(FacetField.PLACE, "Oklahoma City"));
    }

    @Test
    void placesOfOneWordOrOfLikeUseStayApart() {
        EntityAliases aliases = aliases(
                "Austria", 90, "Australia", 80, "Paraguay", 30, "Paragauy", 1, "Rio Branco", 4, "Rio Blanco", 3);

        assertEquals("Paragauy", aliases.canonical(FacetField.PLACE, "Paragauy"));
        assertEquals("Rio Blanco", aliases.canonical(FacetField.PLACE, "Rio Blanco"));
        assertEquals("Austria", aliases.canonical(FacetField.PLACE, "Austria"));
    }

    @Test
    void aPlaceWrittenWithOtherHyphensDotsOrCapitalsIsOnePlaceButAClosedUpSpaceOrAnAccentIsNot() {
        EntityAliases aliases = aliases(
                "Southeast Asia",
                10,
                "South East Asia",
                4,
                "South-east Asia",
                3,
                "Asia-Pacific",
                7,
                "Asia Pacific",
                2,
                "Mt. Laurel",
                1,
                "Mt Laurel",
                1,
                "West Chester",
                8,
                "Westchester",
                1,
                "San Jose",
                40,
                "San José",
                6);

        assertEquals("Southeast Asia", aliases.canonical(FacetField.PLACE, "South East Asia"));
        assertEquals("Southeast Asia", aliases.canonical(FacetField.PLACE, "South-east Asia"));
        assertEquals("Asia-Pacific", aliases.canonical(FacetField.PLACE, "Asia Pacific"));
        assertEquals(
                aliases.canonical(FacetField.PLACE, "Mt Laurel"), aliases.canonical(FacetField.PLACE, "Mt. Laurel"));
        assertEquals("Westchester", aliases.canonical(FacetField.PLACE, "Westchester"));
        assertEquals("San José", aliases.canonical(FacetField.PLACE, "San José"));
    }
}
