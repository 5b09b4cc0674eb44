package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void loadModel() {
        recognizer = new EntityRecognizer();
    }

    @Test
    void sentencesThatNameNothingAreLeftOutWithoutLosingAName() {
        String text = """
                The Central Bank of Kenya raised its main rate to 9 pct on Tuesday, governor Kamau Thugge said in \
                Nairobi. It said inflation had risen for three months in a row. However, the bank expects prices \
                to ease by the end of the year.

                The shilling was steady against the dollar. Traders said demand from importers was thin, and \
                that the currency would hold near its level. "We see no pressure on the shilling," one dealer at \
                Equity Bank said.""";

        List<EntityMention> everywhere = recognizer.findEverywhere(text);
        assertTrue(everywhere.contains(new EntityMention(EntityKind.PERSON, "Kamau Thugge")), everywhere.toString());
        assertEquals(everywhere, recognizer.find(text));
    }

    @Test
    void aFirmsNameInAWiresAngleBracketsIsFoundWhereTheRecognizerAloneMissesIt() {
        String text = "<Harlow Pacific Mining Ltd> said it agreed to buy <Cressley Gold Corp> of Vancouver.";

        List<EntityMention> everywhere = recognizer.findEverywhere(text);
        assertFalse(everywhere.stream().anyMatch(m -> m.text().contains("Harlow")), everywhere.toString());
        List<EntityMention> found = recognizer.find(text);
        assertTrue(
                found.contains(new EntityMention(EntityKind.ORGANIZATION, "Harlow Pacific Mining Ltd")),
                found.toString());
        assertTrue(found.contains(new EntityMention(EntityKind.ORGANIZATION, "Cressley Gold Corp")), found.toString());
        assertTrue(found.contains(new EntityMention(EntityKind.PLACE, "Vancouver")), found.toString());
    }

    @Test
    void aLowerCaseNameInASentenceThatOpensOnAFunctionWordIsNotLookedFor() {
        String text = "Rescuers reached Quito on Monday. So far 20 bodies have been recovered, bracho said.";

        assertTrue(recognizer.findEverywhere(text).contains(new EntityMention(EntityKind.PERSON, "bracho")));
        List<EntityMention> found = recognizer.find(text);
        assertFalse(found.contains(new EntityMention(EntityKind.PERSON, "bracho")), found.toString());
        assertTrue(found.contains(new EntityMention(EntityKind.PLACE, "Quito")), found.toString());
    }

    @Test
    void wordsFarFromAnyCapitalAreLeftOutWithoutLosingAName() {
        String text =
                "Shares of Garrick Holdings fell sharply on the news, and dealers said that the selling was likely"
                        + " to go on for some days as funds that had bought the stock early in the year cut their holdings"
                        + " before the results, according to Marta Okafor, an analyst at Kestrel Securities in Lagos.";

        List<EntityMention> everywhere = recognizer.findEverywhere(text);
        assertTrue(everywhere.contains(new EntityMention(EntityKind.PERSON, "Marta Okafor")), everywhere.toString());
        assertEquals(everywhere, recognizer.find(text));
    }

    @Test
    void aLowerCaseNameFarFromAnyCapitalIsNotLookedFor() {
        String text = "Rescuers reached Quito on Monday and worked through the night and much of the next day in heavy"
                + " rain to free people from the mud, said mayor augusto bracho.";

        assertTrue(recognizer.findEverywhere(text).contains(new EntityMention(EntityKind.PERSON, "augusto bracho")));
        assertEquals(List.of(new EntityMention(EntityKind.PLACE, "Quito")), recognizer.find(text));
    }

    @Test
    void aParagraphWrittenInLowerCaseIsReadWhole() {
        String text = "He was in caracas. So far 20 bodies have been recovered, bracho said.";

        List<EntityMention> found = recognizer.find(text);
        assertEquals(recognizer.findEverywhere(text), found);
        assertTrue(found.contains(new EntityMention(EntityKind.PERSON, "bracho")), found.toString());
    }

    @Test
    void aFirmTheRecognizerSplitsAtItsAndComesOutWhole() {
        String text = "The offering is managed by Halvorsen Brown and Sons Inc, the company said. It sold its stake to"
                + " Mapleton Bank and Trust Co of Ohio.";

        List<EntityMention> everywhere = recognizer.findEverywhere(text);
        assertTrue(everywhere.contains(new EntityMention(EntityKind.ORGANIZATION, "Sons Inc")), everywhere.toString());
        assertTrue(everywhere.contains(new EntityMention(EntityKind.ORGANIZATION, "Trust Co")), everywhere.toString());
        assertEquals(
                List.of(
                        new EntityMention(EntityKind.ORGANIZATION, "Halvorsen Brown and Sons Inc"),
                        new EntityMention(EntityKind.ORGANIZATION, "Mapleton Bank and Trust Co"),
                        new EntityMention(EntityKind.PLACE, "Ohio")),
                recognizer.find(text));
    }
}
