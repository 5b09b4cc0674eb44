package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NationalityCompoundsTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    private static List<EntityMention> without(String text, EntityMention... mentions) {
        return NationalityCompounds.without(text, List.of(mentions), gazetteer::isDemonym);
    }

    @Test
    void theFirstPartOfACompoundOfNationalitiesNamesNothing() {
        String text = "Anglo-Dutch consumer group Harlow said profits fell. Austro-Hungarian archives were opened.";
        assertEquals(List.of(org("Harlow")), without(text, org("Anglo"), org("Harlow"), org("Austro")));
    }

    @Test
    void aNameWrittenOtherwiseToo() {
        String firm = "Anglo-Dutch group Harlow sold a stake to Anglo, the mining house.";
        assertEquals(List.of(org("Anglo")), without(firm, org("Anglo")));
        String company = "A spokesman for Anglo-American, the mining group, said so.";
        assertEquals(List.of(org("Anglo")), without(company, org("Anglo")), "the firm's name, not an adjective");
        String talks = "US-Soviet talks resumed.";
        assertEquals(List.of(place("US")), without(talks, place("US")), "a country in a compound is still named");
        String notADemonym = "Shares of Baskin-Robbins ice cream rose.";
        assertEquals(List.of(org("Baskin")), without(notADemonym, org("Baskin")));
    }
}
