package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SwappedLettersTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void aWellKnownPlaceWithTwoNeighbouringLettersSwappedIsThatPlace() {
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        for (List<String> slipAndPlace : List.of(
                List.of("Toyko", "Tokyo"),
                List.of("Ecaudor", "Ecuador"),
                List.of("Minneosta", "Minnesota"),
                List.of("Buenos Aries", "Buenos Aires"),
                List.of("Prauge", "Prague"))) {
            String slip = slipAndPlace.get(0);
            assertEquals(
                    List.of(slipAndPlace.get(1)),
                    resolver.resolve(List.of(slip), null).places(),
                    slip);
        }
    }

    @Test
    void shortNamesSmallPlacesAndFirstLettersAreNoSlips() {
        for (String name : List.of("Liam", "Santa", "Middleburg", "Hessen", "Partick")) {
            assertEquals(Optional.empty(), SwappedLetters.spelling(name, "", gazetteer), name);
        }
    }

    @Test
    void aNameTheGazetteerKnowsOrAWordTheStoryWritesInLowerCaseIsNoSlip() {
        assertEquals(Optional.empty(), SwappedLetters.spelling("Herat", "", gazetteer));
        assertEquals(Optional.of("Herat"), SwappedLetters.spelling("Heart", "Fighting near Heart.", gazetteer));
        assertEquals(
                Optional.empty(),
                SwappedLetters.spelling("Heart", "The Heart Foundation warns of heart disease.", gazetteer));
    }
}
