package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkTitlesTest {

    @Test
    void aNameGivenAsAWorksTitleIsNoNameAnywhereInTheStory() {
        String text = "Tova Brin's thriller Harbour Lights beat the comedy Kessel.\nHarbour Lights opened in"
                + " Leeds, and her album Nairobi sold well. Kessel earned less.";
        assertEquals(
                List.of(person("Tova Brin"), place("Leeds")),
                WorkTitles.without(
                        text,
                        List.of(
                                person("Tova Brin"),
                                place("Harbour Lights"),
                                person("Kessel"),
                                place("Harbour Lights"),
                                place("Leeds"),
                                place("Nairobi"),
                                org("Kessel"))));
    }

    @Test
    void aPartOfATitleWrittenOnlyInsideItGoesWithItButNotOneWrittenAlone() {
        String text =
                "The remake Queen Vessa broke records. Vessa fans queued. The film Lodge Kenya was shot in Kenya.";
        assertEquals(
                List.of(person("Vessa"), place("Kenya")),
                WorkTitles.without(
                        text, List.of(org("Queen Vessa"), person("Vessa"), place("Lodge Kenya"), place("Kenya"))));
        String remake = "The remake Queen Vessa broke records; Queen Vessa earned more than the original.";
        assertEquals(
                List.of(place("Leeds")),
                WorkTitles.without(remake, List.of(org("Queen Vessa"), person("Vessa"), place("Leeds"))));
    }

    @Test
    void aHeadlineEndingInAKindOfWorkOrALongerNameAfterItTitlesNothing() {
        String text = "Spacey takes part in new movie\nHollywood stars gathered for an epic New York race.";
        List<EntityMention> mentions = List.of(place("Hollywood"), place("New York"));
        assertEquals(mentions, WorkTitles.without(text, mentions));
    }

    @Test
    void aWordBetweenTheKindOfWorkAndTheNameOrAVerbBeforeItKeepsTheName() {
        String text = "The film director Ana Ruiz said Leeds play Fulham; blockbuster West End shows and western"
                + " Europe gained, as did the filmmaker Dov Lerner and the films Kesselring made.";
        List<EntityMention> mentions = List.of(
                person("Ana Ruiz"),
                org("Leeds"),
                org("Fulham"),
                place("West End"),
                place("Europe"),
                person("Dov Lerner"),
                person("Kessel"));
        assertEquals(mentions, WorkTitles.without(text, mentions));
    }
}
