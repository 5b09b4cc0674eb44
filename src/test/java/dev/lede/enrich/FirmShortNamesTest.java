package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirmShortNamesTest {

    @Test
    void aPlaceThatStartsAFirmsNameAndIsNeverWrittenAsAPlaceIsTheFirm() {
        String text = "Dome Petroleum Ltd said its lenders agreed. Dome said the plan, which Dome's banks back,"
                + " would go ahead.";
        List<EntityMention> mentions = List.of(org("Dome Petroleum Ltd"), place("Dome"), place("Dome"));
        assertEquals(
                List.of(org("Dome Petroleum Ltd"), org("Dome"), org("Dome")),
                FirmShortNames.apply(text, mentions, name -> true));
    }

    @Test
    void aPlaceOfSeveralWordsThatStartsAFirmsNameIsTheFirm() {
        String text = "Lakeshore Valley Power Corp raised its dividend. Lakeshore Valley said earnings would rise.";
        List<EntityMention> mentions = List.of(org("Lakeshore Valley Power Corp"), place("Lakeshore Valley"));
        assertEquals(
                List.of(org("Lakeshore Valley Power Corp"), org("Lakeshore Valley")),
                FirmShortNames.apply(text, mentions, name -> true));
    }

    @Test
    void aPlaceOfSeveralWordsWrittenAsAPlaceOverALineBreakStaysOne() {
        String text = "Great Plains Gas Co said demand in Great\nPlains fell.";
        List<EntityMention> mentions = List.of(org("Great Plains Gas Co"), place("Great Plains"));
        assertEquals(mentions, FirmShortNames.apply(text, mentions, name -> true));
    }

    @Test
    void aPlaceAlsoWrittenAsAPlaceStaysOne() {
        String text = "Avon Products Inc said demand rose in Avon. Hartford Insurance Co moved to Hartford, Conn."
                + " Gulf Oil Corp ships oil from the Gulf.";
        List<EntityMention> mentions = List.of(
                org("Avon Products Inc"),
                place("Avon"),
                org("Hartford Insurance Co"),
                place("Hartford"),
                org("Gulf Oil Corp"),
                place("Gulf"));
        assertEquals(mentions, FirmShortNames.apply(text, mentions, name -> true));
    }

    @Test
    void aPlaceTheWorldKnowsStaysOneBesideAFirmOfItsName() {
        String text = "Japan Air Lines Co said Japan's exports fell.";
        List<EntityMention> mentions = List.of(org("Japan Air Lines Co"), place("Japan"));
        assertEquals(mentions, FirmShortNames.apply(text, mentions, name -> !name.equals("Japan")));
    }

    @Test
    void aPlaceBesideAnOrganisationThatIsNoFirmStaysOne() {
        String text = "The Toronto Stock Exchange fell. Toronto traders said so.";
        List<EntityMention> mentions = List.of(org("Toronto Stock Exchange"), place("Toronto"));
        assertEquals(mentions, FirmShortNames.apply(text, mentions, name -> true));
    }
}
