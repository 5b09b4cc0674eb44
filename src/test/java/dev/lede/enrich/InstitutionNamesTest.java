package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InstitutionNamesTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void aNameEndingInAWordForAnInstitutionIsAnOrganisation() {
        String text = "Staff at the Hudson Institute and the Bellmore Foundation wrote to the Zweig Fund.";
        assertEquals(
                List.of(org("Hudson Institute"), org("Bellmore Foundation"), org("Zweig Fund")),
                InstitutionNames.apply(
                        text,
                        List.of(place("Hudson Institute"), place("Bellmore Foundation"), person("Zweig Fund")),
                        gazetteer));
    }

    @Test
    void aCentreIsAnOrganisationWhereSomeoneWorksAtIt() {
        String text = "\"It will not hold,\" said Ines Marr, a senior fellow at the Stimson Center. A concert at the"
                + " Lincoln Center went ahead, and the Harbour Centre stayed shut.";
        assertEquals(
                List.of(org("Stimson Center"), place("Lincoln Center"), place("Harbour Centre")),
                InstitutionNames.apply(
                        text,
                        List.of(place("Stimson Center"), place("Lincoln Center"), place("Harbour Centre")),
                        gazetteer));
    }

    @Test
    void aNameTheGazetteerKnowsOrOfOneWordStaysAPlace() {
        String text = "The Russian Federation said so, and a professor at the Rockville Centre agreed in Institute.";
        List<EntityMention> mentions =
                List.of(place("Russian Federation"), place("Rockville Centre"), place("Institute"));
        assertEquals(mentions, InstitutionNames.apply(text, mentions, gazetteer));
    }
}
