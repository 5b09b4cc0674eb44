package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesOpeningNamesTest {

    private static EntityMention place(String name) {
        return new EntityMention(EntityKind.PLACE, name);
    }

    private static EntityMention organization(String name) {
        return new EntityMention(EntityKind.ORGANIZATION, name);
    }

    @Test
    void aPlaceOpeningANameWhoseAcronymTheStoryWritesIsPartOfTheName() {
        String text = "The UK Independence Party wants the UK out of the EU. UKIP leader Roger Knapman said the"
                + " Independence Party would stand everywhere.";
        List<EntityMention> mentions = List.of(
                place("UK"),
                organization("Independence Party"),
                place("UK"),
                organization("EU"),
                organization("UKIP"),
                organization("Independence Party"));

        assertEquals(
                List.of(
                        organization("UK Independence Party"),
                        place("UK"),
                        organization("EU"),
                        organization("UKIP"),
                        organization("UK Independence Party")),
                PlacesOpeningNames.apply(text, mentions));
    }

    @Test
    void initialsOfCapitalisedWordsSpellTheAcronym() {
        String text = "Canada Development Corp, or CDC, sold shares.";
        List<EntityMention> mentions = List.of(place("Canada"), organization("Development Corp"), organization("CDC"));

        assertEquals(
                List.of(organization("Canada Development Corp"), organization("CDC")),
                PlacesOpeningNames.apply(text, mentions));
    }

    @Test
    void theAcronymSkipsMinorWords() {
        String text =
                "Japan Bank for International Cooperation lent 2 billion dollars. JBIC said the loan was its largest.";
        List<EntityMention> mentions =
                List.of(place("Japan"), organization("Bank for International Cooperation"), organization("JBIC"));

        assertEquals(
                List.of(organization("Japan Bank for International Cooperation"), organization("JBIC")),
                PlacesOpeningNames.apply(text, mentions));
    }

    @Test
    void withoutTheAcronymThePlaceAndTheNameStayApart() {
        String text = "The US Federal Reserve raised rates.";
        List<EntityMention> mentions = List.of(place("US"), organization("Federal Reserve"));

        assertEquals(mentions, PlacesOpeningNames.apply(text, mentions));
    }

    @Test
    void aPlaceAndANameNotWrittenSideBySideStayApart() {
        String text = "In the UK, Independence Party members back the IP. UKIP is another party.";
        List<EntityMention> mentions = List.of(place("UK"), organization("Independence Party"), organization("UKIP"));

        assertEquals(mentions, PlacesOpeningNames.apply(text, mentions));
    }
}
