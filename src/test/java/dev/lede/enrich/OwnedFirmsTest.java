package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.BracketedSpans.Span;
import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnedFirmsTest {

    @Test
    void aFirmLabelledWithTheUnitItOwnsIsTwoFirms() {
        String paragraph =
                "Talbot Corp's Talbot Refining and Marketing Co raised prices, and Wren Holdings Plc's Harbour"
                        + " Bank cut its rates.";

        assertEquals(
                List.of("Talbot Corp", "Talbot Refining and Marketing Co", "Wren Holdings Plc", "Harbour Bank"),
                split(paragraph, "Talbot Corp's Talbot Refining and Marketing Co", "Wren Holdings Plc's Harbour Bank"));
    }

    @Test
    void aGroupOwnsAsALegalFormDoes() {
        String paragraph = "Harwell Financial Group's First Lakeshore Bancorp unit said profits grew.";

        assertEquals(
                List.of("Harwell Financial Group", "First Lakeshore Bancorp"),
                split(paragraph, "Harwell Financial Group's First Lakeshore Bancorp"));
    }

    @Test
    void theOwnersNameEndsBeforeTheFullStopOfItsAbbreviatedLegalForm() {
        String paragraph = "Shares of Castellan Corp.'s Delmont Semiconductor Co rose.";

        assertEquals(
                List.of("Castellan Corp", "Delmont Semiconductor Co"),
                split(paragraph, "Castellan Corp.'s Delmont Semiconductor Co"));
    }

    @Test
    void aChainOfOwnersIsSplitAtEachLegalForm() {
        String paragraph = "Orrin Group Inc's Pell Co's Dunmore Mills closed.";

        assertEquals(
                List.of("Orrin Group Inc", "Pell Co", "Dunmore Mills"),
                split(paragraph, "Orrin Group Inc's Pell Co's Dunmore Mills"));
    }

    @Test
    void aPossessiveAfterAnyOtherWordStaysInTheName() {
        String paragraph = "Halden's Investors Service Inc and the National Farmers' Council and Brisk Co's results";

        assertEquals(
                List.of("Halden's Investors Service Inc", "National Farmers' Council", "Brisk Co's results"),
                split(paragraph, "Halden's Investors Service Inc", "National Farmers' Council", "Brisk Co's results"));
    }

    @Test
    void onlyOrganisationsAreSplit() {
        String paragraph = "Visitors to Marlow Co's Quay came by boat.";

        assertEquals(List.of("Marlow Co's Quay"), split(paragraph, "PLACE Marlow Co's Quay"));
    }

    @Test
    void anOwnerTheStoryNamesAloneIsAMentionOfItsOwnKind() {
        String text = "Brackwell said on Monday that Brackwell's Northern Ledger would be sold. Fans of Dunmore"
                + " cheered as Dunmore's Tom Ashby scored.";
        List<EntityMention> mentions = List.of(
                new EntityMention(EntityKind.ORGANIZATION, "Brackwell"),
                new EntityMention(EntityKind.ORGANIZATION, "Brackwell's Northern Ledger"),
                new EntityMention(EntityKind.ORGANIZATION, "Dunmore"),
                new EntityMention(EntityKind.ORGANIZATION, "Dunmore's Tom Ashby"));

        assertEquals(
                List.of(
                        new EntityMention(EntityKind.ORGANIZATION, "Brackwell"),
                        new EntityMention(EntityKind.ORGANIZATION, "Brackwell"),
                        new EntityMention(EntityKind.ORGANIZATION, "Northern Ledger"),
                        new EntityMention(EntityKind.ORGANIZATION, "Dunmore"),
                        new EntityMention(EntityKind.ORGANIZATION, "Dunmore"),
                        new EntityMention(EntityKind.PERSON, "Tom Ashby")),
                OwnedFirms.splitNamedOwners(text, mentions));
    }

    @Test
    void anOwnerNeverNamedAloneOrOnlyWithAPossessiveStaysInTheName() {
        String text = "The National Weavers' Union met. Halden's Investors Service Inc cut the rating, Halden's said,"
                + " and Corrigan's Inc rose.";
        List<EntityMention> mentions = List.of(
                new EntityMention(EntityKind.ORGANIZATION, "National Weavers' Union"),
                new EntityMention(EntityKind.ORGANIZATION, "Halden's Investors Service Inc"),
                new EntityMention(EntityKind.ORGANIZATION, "Halden"),
                new EntityMention(EntityKind.ORGANIZATION, "Corrigan's Inc"),
                new EntityMention(EntityKind.PERSON, "Corrigan"));

        assertEquals(mentions, OwnedFirms.splitNamedOwners(text + " Corrigan spoke.", mentions));
    }

    private static List<String> split(String paragraph, String... labelled) {
        List<Span> spans = new ArrayList<>();
        for (String label : labelled) {
            EntityKind kind = label.startsWith("PLACE ") ? EntityKind.PLACE : EntityKind.ORGANIZATION;
            String written = kind == EntityKind.PLACE ? label.substring("PLACE ".length()) : label;
            int start = paragraph.indexOf(written);
            spans.add(new Span(kind, start, start + written.length()));
        }
        return OwnedFirms.split(paragraph, spans).stream()
                .map(span -> span.of(paragraph))
                .toList();
    }
}
