package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.BracketedSpans.Span;
import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BracketedSpansTest {

    @Test
    void spansWithoutBracketsOrQuotesAreTakenAsWritten() {
        String text = "Mira Osei of Halden Foods spoke in Accra.";
        assertEquals(
                List.of(person("Mira Osei"), org("Halden Foods"), place("Accra")),
                mend(
                        text,
                        span(EntityKind.PERSON, text, "Mira Osei"),
                        span(EntityKind.ORGANIZATION, text, "Halden Foods"),
                        span(EntityKind.PLACE, text, "Accra")));
    }

    @Test
    void anAbbreviationLeftOpenAfterANameIsCutOff() {
        String text = "Talks of the Group of Eight (G-8) ended; Lumo (Lumo Mobile Services) grew.";
        assertEquals(
                List.of(org("Group of Eight"), org("Lumo")),
                mend(
                        text,
                        span(EntityKind.ORGANIZATION, text, "Group of Eight (G-8"),
                        span(EntityKind.ORGANIZATION, text, "Lumo (Lumo Mobile Services")));
    }

    @Test
    void aFirmWhoseNameGoesOnInsideABracketIsReadWholeAndReplacesItsFirstWords() {
        String text = "Shares of Tai Fung (Holdings) Ltd rose, and Orrin\nMarsh (Asia) Ltd, New Vale (NT) Ltd fell.";
        assertEquals(
                List.of(org("Tai Fung (Holdings) Ltd"), org("Orrin\nMarsh (Asia) Ltd"), org("New Vale (NT) Ltd")),
                mend(
                        text,
                        span(EntityKind.PLACE, text, "Tai Fung"),
                        span(EntityKind.ORGANIZATION, text, "Holdings) Ltd"),
                        span(EntityKind.ORGANIZATION, text, "Asia) Ltd"),
                        span(EntityKind.ORGANIZATION, text, "NT) Ltd")));
    }

    @Test
    void aBracketThatExplainsANameLosesItsBracketOnly() {
        String text = "He went to the (World Trade) Organisation because (Pavel) Dusek and (Ivo) Kral said so.";
        assertEquals(
                List.of(org("World Trade Organisation"), person("Pavel Dusek"), person("Ivo Kral")),
                mend(
                        text,
                        span(EntityKind.ORGANIZATION, text, "World Trade) Organisation"),
                        span(EntityKind.PERSON, text, "Pavel) Dusek"),
                        span(EntityKind.PERSON, text, "Ivo) Kral")));
    }

    @Test
    void aCapitalisedWordThatStartsTheSentenceIsNoPartOfTheFirm() {
        String text = "It fell. The (Harbour) Trust held.";
        assertEquals(List.of(org("Harbour Trust")), mend(text, span(EntityKind.ORGANIZATION, text, "Harbour) Trust")));
        String afterASentence = "It rose in Port Vale.\nKell (Holdings) Ltd";
        assertEquals(
                List.of(place("Port Vale"), org("Kell (Holdings) Ltd")),
                mend(
                        afterASentence,
                        span(EntityKind.PLACE, afterASentence, "Port Vale"),
                        span(EntityKind.ORGANIZATION, afterASentence, "Holdings) Ltd")));
    }

    @Test
    void editorsSquareBracketsAndHalfQuotedNicknamesLoseTheirMarks() {
        String text = "\"Backing Lena [Ortiz] was wise,\" said Anton \"Toni\" Berger and “Ed” Lyle.";
        assertEquals(
                List.of(person("Lena Ortiz"), person("Toni Berger"), person("Ed Lyle")),
                mend(
                        text,
                        span(EntityKind.PERSON, text, "Lena [Ortiz"),
                        span(EntityKind.PERSON, text, "Toni\" Berger"),
                        span(EntityKind.PERSON, text, "Ed” Lyle")));
    }

    @Test
    void balancedBracketsAndQuotesStay() {
        String text = "Kell (Holdings) Ltd hired Anton \"Toni\" Berger.";
        assertEquals(
                List.of(org("Kell (Holdings) Ltd"), person("Anton \"Toni\" Berger")),
                mend(
                        text,
                        span(EntityKind.ORGANIZATION, text, "Kell (Holdings) Ltd"),
                        span(EntityKind.PERSON, text, "Anton \"Toni\" Berger")));
    }

    @Test
    void aStockTickerEndsTheFirmBeforeItUnlessOnlyALegalFormFollows() {
        String text = "Hale Foods Inc's <HLF> Crisp Snacks Co, Orton Mills <ORM.L> PLC, Dunmore Corp <DUN> of Ohio,"
                + " Vell Co <VEL> and Ashby Trust Co, Pike Air <PKA> 737, Rudd Oil <RDO> By Lomax Corp,"
                + " Tarn Inc <TRN> Velocity.";
        assertEquals(
                List.of(
                        org("Hale Foods Inc's"),
                        org("Crisp Snacks Co"),
                        org("Orton Mills PLC"),
                        org("Dunmore Corp"),
                        org("Vell Co"),
                        org("Ashby Trust Co"),
                        org("Pike Air"),
                        org("Rudd Oil"),
                        org("Tarn Inc")),
                mend(
                        text,
                        span(EntityKind.ORGANIZATION, text, "Hale Foods Inc's <HLF> Crisp Snacks Co"),
                        span(EntityKind.ORGANIZATION, text, "Orton Mills <ORM.L> PLC"),
                        span(EntityKind.ORGANIZATION, text, "Dunmore Corp <DUN> of Ohio"),
                        span(EntityKind.ORGANIZATION, text, "Vell Co <VEL> and Ashby Trust Co"),
                        span(EntityKind.ORGANIZATION, text, "Pike Air <PKA> 737"),
                        span(EntityKind.ORGANIZATION, text, "Rudd Oil <RDO> By Lomax Corp"),
                        span(EntityKind.ORGANIZATION, text, "Tarn Inc <TRN> Velocity")));
    }

    @Test
    void aSpanThatEndsOnTheAndAfterATickerIsTheFirmBeforeIt() {
        String text = "a venture of Lockheed Corp <LK.N> and partners";
        assertEquals(
                List.of(org("Lockheed Corp")),
                mend(text, span(EntityKind.ORGANIZATION, text, "Lockheed Corp <LK.N> and")));
    }

    @Test
    void aHeadlineTickerKeepsOnlyTheNameBeforeIt() {
        String title = "TARN <TRN> CANADA YEAR NET; MOSS INC <MOS> SETS PAYOUT";
        assertEquals(
                List.of(org("TARN"), person("MOSS INC")),
                mend(
                        title,
                        span(EntityKind.ORGANIZATION, title, "TARN <TRN> CANADA YEAR"),
                        span(EntityKind.PERSON, title, "MOSS INC <MOS> SETS")));
    }

    @Test
    void aDashThatOpensAnAsideEndsTheName() {
        String text = "Ken Lowry - he won twice - met Lysander - Banca Agricola and Orla - the grid firm.";
        assertEquals(
                List.of(person("Ken Lowry"), org("Lysander - Banca Agricola"), org("Orla")),
                mend(
                        text,
                        span(EntityKind.PERSON, text, "Ken Lowry - he"),
                        span(EntityKind.ORGANIZATION, text, "Lysander - Banca Agricola"),
                        span(EntityKind.ORGANIZATION, text, "Orla - the")));
    }

    private static List<EntityMention> mend(String paragraph, Span... spans) {
        return BracketedSpans.mend(paragraph, List.of(spans));
    }

    private static Span span(EntityKind kind, String paragraph, String written) {
        int start = paragraph.indexOf(written);
        if (start < 0) {
            throw new IllegalArgumentException(written + " is not in the paragraph");
        }
        return new Span(kind, start, start + written.length());
    }
}
