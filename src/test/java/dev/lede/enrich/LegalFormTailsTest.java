package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.BracketedSpans.Span;
import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalFormTailsTest {

    @Test
    void aLegalFormAfterAndJoinsThePartnersNamesBeforeIt() {
        String text = "It hired Harlan Voss and Co Inc, advisers, and a unit of R.T. Brandt & Co. Ltd said so.";
        List<Span> joined = LegalFormTails.join(
                text,
                List.of(
                        span(EntityKind.PERSON, text, "Harlan Voss"),
                        span(EntityKind.ORGANIZATION, text, "Co Inc"),
                        span(EntityKind.PERSON, text, "R.T. Brandt"),
                        span(EntityKind.ORGANIZATION, text, "Co. Ltd")));
        assertEquals(List.of("Harlan Voss and Co Inc", "R.T. Brandt & Co. Ltd"), texts(text, joined));
        assertEquals(EntityKind.ORGANIZATION, joined.getFirst().kind());
    }

    @Test
    void partnersTheRecognizerMissedOrCutAreReachedBackFor() {
        String text =
                "The firm had 20 mln dlrs.  Dillon, Renner and Co Inc led it.  As reported, Kessel and Co bought.";
        List<Span> joined = LegalFormTails.join(
                text,
                List.of(
                        span(EntityKind.ORGANIZATION, text, "Dillon"),
                        span(EntityKind.ORGANIZATION, text, "Co Inc"),
                        spanAfter(EntityKind.ORGANIZATION, text, "Co", "Kessel and ")));
        assertEquals(List.of("Dillon, Renner and Co Inc", "Kessel and Co"), texts(text, joined));
    }

    @Test
    void aListOfFirmsAParentsUnitAndADeterminerStayOutsideThePartners() {
        String text =
                "Led by Osgood Bank Ltd, Pereira, Lund, Achebe and Co L.P. and by Harwell Co's H.J. Tamsin and Co."
                        + " Its Vardy and Co unit and <Brisk, Moll and Co Inc> agreed.";
        List<Span> joined = LegalFormTails.join(
                text,
                List.of(
                        span(EntityKind.ORGANIZATION, text, "Osgood Bank Ltd"),
                        span(EntityKind.PERSON, text, "Pereira"),
                        span(EntityKind.ORGANIZATION, text, "Co L.P."),
                        span(EntityKind.ORGANIZATION, text, "Harwell Co"),
                        span(EntityKind.PERSON, text, "H.J. Tamsin"),
                        span(EntityKind.ORGANIZATION, text, "Co."),
                        spanAfter(EntityKind.ORGANIZATION, text, "Co", "Its Vardy and "),
                        span(EntityKind.PERSON, text, "Moll"),
                        span(EntityKind.ORGANIZATION, text, "Co Inc")));
        assertEquals(
                List.of(
                        "Osgood Bank Ltd",
                        "Pereira, Lund, Achebe and Co L.P.",
                        "Harwell Co",
                        "H.J. Tamsin and Co.",
                        "Vardy and Co",
                        "Brisk, Moll and Co Inc"),
                texts(text, joined));
    }

    @Test
    void aHeadlineInCapitalsKeepsNoLoneLegalForm() {
        String title = "HALE STREET BOSTON CORP <HSB> LIFTS DIVIDEND";
        assertEquals(
                List.of(),
                LegalFormTails.join(
                                title,
                                List.of(
                                        span(EntityKind.PLACE, title, "BOSTON"),
                                        span(EntityKind.ORGANIZATION, title, "CORP")))
                        .stream()
                        .filter(span -> span.kind() == EntityKind.ORGANIZATION)
                        .toList());
    }

    @Test
    void aLegalFormRightAfterANameEndsIt() {
        String text = "Shares of Halden Foods Inc rose.";
        assertEquals(
                List.of("Halden Foods Inc"),
                texts(
                        text,
                        LegalFormTails.join(
                                text,
                                List.of(
                                        span(EntityKind.ORGANIZATION, text, "Halden Foods"),
                                        span(EntityKind.ORGANIZATION, text, "Inc")))));
    }

    @Test
    void aLegalFormWithNoNameBeforeItNamesNothing() {
        String text = "Co Inc and the Corp said. It sold the shares and Ltd. Then Inc. and Co fell.";
        List<Span> joined = LegalFormTails.join(
                text,
                List.of(
                        span(EntityKind.ORGANIZATION, text, "Co Inc"),
                        span(EntityKind.ORGANIZATION, text, "Corp"),
                        span(EntityKind.ORGANIZATION, text, "Ltd"),
                        spanAfter(EntityKind.ORGANIZATION, text, "Co", "Inc. and ")));
        assertEquals(List.of(), joined);
    }

    @Test
    void otherSpansStayAsTheyAre() {
        String text = "Mira Osei of Corp Holdings and Inco Ltd spoke in Accra.";
        List<Span> spans = List.of(
                span(EntityKind.PERSON, text, "Mira Osei"),
                span(EntityKind.ORGANIZATION, text, "Corp Holdings"),
                span(EntityKind.ORGANIZATION, text, "Inco Ltd"),
                span(EntityKind.PLACE, text, "Accra"));
        assertEquals(spans, LegalFormTails.join(text, spans));
    }

    @Test
    void aPartnershipWordAfterAndJoinsTheNameBeforeIt() {
        String text = "Underwriters were Orrin T. Malvey and Sons Inc and Mapleton Bank and Trust Co, with Quill and"
                + " Associates.";
        List<Span> joined = LegalFormTails.join(
                text,
                List.of(
                        span(EntityKind.PERSON, text, "Orrin T. Malvey"),
                        span(EntityKind.ORGANIZATION, text, "Sons Inc"),
                        span(EntityKind.ORGANIZATION, text, "Mapleton Bank"),
                        span(EntityKind.ORGANIZATION, text, "Trust Co"),
                        span(EntityKind.PERSON, text, "Quill"),
                        span(EntityKind.ORGANIZATION, text, "Associates")));
        assertEquals(
                List.of("Orrin T. Malvey and Sons Inc", "Mapleton Bank and Trust Co", "Quill and Associates"),
                texts(text, joined));
        assertEquals(
                List.of(EntityKind.ORGANIZATION, EntityKind.ORGANIZATION, EntityKind.ORGANIZATION),
                joined.stream().map(Span::kind).toList());
    }

    @Test
    void aFirmWhosePartnerTheRecognizerMissedGetsItBack() {
        String text = "It sold the unit to Kettle and Wharton Plc, and Brisket and Pane Foods Inc bought the rest.";
        List<Span> joined = LegalFormTails.join(
                text,
                List.of(
                        span(EntityKind.ORGANIZATION, text, "Wharton Plc"),
                        span(EntityKind.ORGANIZATION, text, "Pane Foods Inc")));
        assertEquals(List.of("Kettle and Wharton Plc", "Brisket and Pane Foods Inc"), texts(text, joined));
    }

    @Test
    void aPartnerTheRecognizerTookForASurnameAloneIsReachedBackFor() {
        String text = "Led by Drayton, Pell and Whitcombe Inc, Quist and deLaune Inc and by Hartley Marsh and Lowe"
                + " Securities Corp.";
        List<Span> joined = LegalFormTails.join(
                text,
                List.of(
                        span(EntityKind.PERSON, text, "Drayton"),
                        span(EntityKind.PERSON, text, "Pell"),
                        span(EntityKind.ORGANIZATION, text, "Whitcombe Inc"),
                        span(EntityKind.PERSON, text, "Quist"),
                        span(EntityKind.ORGANIZATION, text, "deLaune Inc"),
                        span(EntityKind.PERSON, text, "Hartley Marsh"),
                        span(EntityKind.ORGANIZATION, text, "Lowe Securities Corp")));
        assertEquals(
                List.of(
                        "Drayton, Pell and Whitcombe Inc",
                        "Quist and deLaune Inc",
                        "Hartley Marsh",
                        "Lowe Securities Corp"),
                texts(text, joined));
    }

    @Test
    void aPairThenAFirmAnAcronymOrAFirmWithItsOwnAndStaysApart() {
        String text = "Holders are Fenwick and Gale and Orvell Industries Inc, Tamsin and KVR Holdings Inc, and Lund"
                + " and Dray and Co; the Board of Trade and Commerce, Holm and Brisket Foods Corp sued.";
        List<Span> spans = List.of(
                span(EntityKind.PERSON, text, "Fenwick"),
                span(EntityKind.PERSON, text, "Gale"),
                span(EntityKind.ORGANIZATION, text, "Orvell Industries Inc"),
                span(EntityKind.PERSON, text, "Tamsin"),
                span(EntityKind.ORGANIZATION, text, "KVR Holdings Inc"),
                span(EntityKind.PERSON, text, "Lund"),
                span(EntityKind.ORGANIZATION, text, "Dray and Co"),
                span(EntityKind.ORGANIZATION, text, "Board of Trade and Commerce"),
                span(EntityKind.PERSON, text, "Holm"),
                span(EntityKind.ORGANIZATION, text, "Brisket Foods Corp"));
        assertEquals(texts(text, spans), texts(text, LegalFormTails.join(text, spans)));
    }

    @Test
    void aListOfFirmsADayAModelOrAPlaceBeforeAndStaysApart() {
        String text = "Voltaro Corp and Pennfield Oil Co agreed on Tuesday and Drummel Inc on Friday; the F-16 and"
                + " Harrow Aircraft Corp won; its Lisk and Mott Inc unit did not, nor did banks in Ohio and Trust Co.";
        List<Span> spans = List.of(
                span(EntityKind.ORGANIZATION, text, "Voltaro Corp"),
                span(EntityKind.ORGANIZATION, text, "Pennfield Oil Co"),
                span(EntityKind.ORGANIZATION, text, "Drummel Inc"),
                span(EntityKind.ORGANIZATION, text, "Harrow Aircraft Corp"),
                span(EntityKind.ORGANIZATION, text, "Lisk"),
                span(EntityKind.ORGANIZATION, text, "Mott Inc"),
                span(EntityKind.PLACE, text, "Ohio"),
                span(EntityKind.ORGANIZATION, text, "Trust Co"));
        assertEquals(texts(text, spans), texts(text, LegalFormTails.join(text, spans)));
    }

    @Test
    void aSplitNameInAHeadlineInCapitalsIsLeftAsItIs() {
        String title = "KETTLE AND WHARTON PLC SELLS UNIT";
        List<Span> spans = List.of(span(EntityKind.ORGANIZATION, title, "WHARTON PLC"));
        assertEquals(spans, LegalFormTails.join(title, spans));
    }

    private static Span span(EntityKind kind, String text, String words) {
        return spanAfter(kind, text, words, "");
    }

    private static Span spanAfter(EntityKind kind, String text, String words, String before) {
        int start = text.indexOf(before + words) + before.length();
        return new Span(kind, start, start + words.length());
    }

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(span -> span.of(text)).toList();
    }
}
