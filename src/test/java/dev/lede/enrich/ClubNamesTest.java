package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClubNamesTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void aTownAndAClubWordThatNameNoPlaceAreAClub() {
        assertEquals(
                List.of(org("Blackburn Rovers"), org("Bolton Wanderers"), org("Crewe\nAlexandra"), org("Hull City")),
                ClubNames.apply(
                        List.of(
                                place("Blackburn Rovers"),
                                person("Bolton Wanderers"),
                                place("Crewe\nAlexandra"),
                                place("Hull City")),
                        gazetteer));
    }

    @Test
    void placesNamedWithAClubWordStayPlaces() {
        List<EntityMention> places = List.of(
                place("Salt Lake City"),
                place("Quezon City"),
                place("Garden City"),
                place("Lake Forest"),
                place("Hull"));
        assertEquals(places, ClubNames.apply(places, gazetteer));
    }

    @Test
    void cityNamesAClubOnlyAfterABritishOrIrishTown() {
        List<EntityMention> cities = List.of(place("Osaka City"), place("Plymouth Argyle"));
        assertEquals(List.of(place("Osaka City"), org("Plymouth Argyle")), ClubNames.apply(cities, gazetteer));
    }

    @Test
    void aNameThatStartsWithNoKnownTownIsLeftAlone() {
        List<EntityMention> mentions = List.of(place("Zorbleton Rovers"), person("Quillmark United"), org("Hull City"));
        assertEquals(mentions, ClubNames.apply(mentions, gazetteer));
    }
}
