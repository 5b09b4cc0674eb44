package dev.lede.enrich;

import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FixtureSidesTest {

    private static final Predicate<String> PLACES = Set.of("Norway", "Northern Ireland", "Ferguson", "Bath")::contains;

    @Test
    void aFixtureBetweenTwoPlacesIsBothSides() {
        assertEquals(
                List.of(place("Norway"), place("Northern Ireland"), place("Bath")),
                FixtureSides.apply(List.of(place("Norway v Northern Ireland"), place("Bath")), PLACES));
        assertEquals(
                List.of(place("Northern Ireland"), place("Norway")),
                FixtureSides.apply(List.of(place("Northern Ireland vs. Norway")), PLACES));
    }

    @Test
    void aSideTheGazetteerDoesNotKnowKeepsTheNameWhole() {
        List<EntityMention> mentions =
                List.of(person("Plessy v Ferguson"), person("Freddy vs Jason"), place("Bath v Wasps"));
        assertSame(mentions, FixtureSides.apply(mentions, PLACES));
    }
}
