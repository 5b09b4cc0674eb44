package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireBracketsTest {

    @Test
    void aFirmsNameInAngleBracketsLosesItsBracketsAndKeepsItsOffsets() {
        String text = "<International Thomson Organisation Ltd> said it will report in U.S. funds.";
        String opened = WireBrackets.opened(text);
        assertEquals(" International Thomson Organisation Ltd, said it will report in U.S. funds.", opened);
        assertEquals(text.length(), opened.length());
    }

    @Test
    void aNameOverALineBreakOrOfOneWordInLowerCaseIsOpenedToo() {
        assertEquals(
                "bought  First Federal Savings and Loan\nAssociation of Wooster, for cash",
                WireBrackets.opened("bought <First Federal Savings and Loan\nAssociation of Wooster> for cash"));
        assertEquals("a stake in  Healthvest, rose", WireBrackets.opened("a stake in <Healthvest> rose"));
    }

    @Test
    void aClosingBracketBeforeAnythingButASpaceBecomesASpace() {
        assertEquals(" Crowley Maritime Corp 's unit", WireBrackets.opened("<Crowley Maritime Corp>'s unit"));
        assertEquals("sold to  Nucell Inc .", WireBrackets.opened("sold to <Nucell Inc>."));
    }

    @Test
    void aTickerKeepsItsBrackets() {
        String text = "Hale Foods Inc's <HLF> Crisp Snacks Co and NORTON <NRT.L> TO SELL <1234>";
        assertEquals(text, WireBrackets.opened(text));
    }

    @Test
    void anUnclosedOrNestedBracketIsLeftAsItIs() {
        assertEquals("prices < 5 pct and <Acme", WireBrackets.opened("prices < 5 pct and <Acme"));
        assertEquals("a <b  Acme Corp, c", WireBrackets.opened("a <b <Acme Corp> c"), "the inner bracket closes");
    }

    @Test
    void aSpanRunAcrossAnOpenedBracketEndsThereAndKeepsOnlyCapitalisedPiecesOutside() {
        String written =
                "sold to <Swedish Match Co> of Stockholm and Reed Plc's <Acme Corp>; Data Division of <Tulsa Inc>;"
                        + " the British brewing company <Hale Inc>";
        String opened = WireBrackets.opened(written);
        List<BracketedSpans.Span> cut = WireBrackets.cut(
                written,
                opened,
                List.of(
                        span(written, "Swedish Match Co> of Stockholm"),
                        span(written, "Reed Plc's <Acme Corp"),
                        span(written, "Data Division of <Tulsa Inc"),
                        span(written, "British brewing company <Hale Inc")));
        assertEquals(
                List.of("Swedish Match Co", "Reed Plc's", "Acme Corp", "Data Division", "Tulsa Inc", "Hale Inc"),
                cut.stream().map(s -> s.of(written)).toList());
    }

    @Test
    void theSpansInsideABracketAreItsWholeNameAsOneOrganisation() {
        String written = "bought from <Proctor and Schwartz> and <Kestrel-Ambry> last year";
        String opened = WireBrackets.opened(written);
        List<BracketedSpans.Span> cut = WireBrackets.cut(
                written,
                opened,
                List.of(
                        span(written, "Proctor", EntityKind.PERSON),
                        span(written, "Schwartz", EntityKind.PERSON),
                        span(written, "Kestrel-Ambry", EntityKind.PLACE)));
        assertEquals(
                List.of("Proctor and Schwartz", "Kestrel-Ambry"),
                cut.stream().map(s -> s.of(written)).toList());
        assertEquals(
                List.of(EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
                cut.stream().map(BracketedSpans.Span::kind).toList());
    }

    @Test
    void aSpanOfATextWithoutOpenedBracketsIsLeftWhole() {
        String written = "Hale Foods Inc's <HLF> Crisp Snacks Co";
        List<BracketedSpans.Span> spans = List.of(span(written, written));
        assertEquals(spans, WireBrackets.cut(written, WireBrackets.opened(written), spans));
    }

    @Test
    void aHeadlinesBracketedFirmsAreItsNamesOfTwoWordsOrMore() {
        assertEquals(
                List.of(new EntityMention(EntityKind.ORGANIZATION, "KIENA GOLD MINES LTD")),
                WireBrackets.firmsOfHeadline("<KIENA GOLD MINES LTD> <KGM> 4TH QTR NET; <ACME> <b c>"));
    }

    private static BracketedSpans.Span span(String text, String part) {
        return span(text, part, EntityKind.ORGANIZATION);
    }

    private static BracketedSpans.Span span(String text, String part, EntityKind kind) {
        int start = text.indexOf(part);
        return new BracketedSpans.Span(kind, start, start + part.length());
    }
}
