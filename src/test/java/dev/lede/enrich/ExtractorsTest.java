package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.EntitySource;
import dev.lede.config.NlpMode;
import dev.lede.eval.ReutersCorpus;
import dev.lede.eval.ReutersRecord;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import dev.lede.model.GivenEntities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractorsTest {

    private static final Article ARTICLE = new Article(
            "a",
            "Putin and Trump to meet",
            "Donald Trump said on Wednesday he would meet Vladimir Putin in Saudi Arabia on February 14.",
            Instant.parse("2025-02-13T00:00:00Z"),
            null,
            null,
            null);

    private static final Path REUTERS =
            Path.of(System.getProperty("lede.sharedDir", "../shared")).resolve("corpora/reuters21578.jsonl.gz");

    private static Extractor fast;

    @BeforeAll
    static void loadFastExtractor() {
        fast = Extractors.forMode(NlpMode.FAST);
    }

    @Test
    void offReturnsNoEnrichmentWithoutLoadingModels() {
        assertSame(Enrichment.NONE, Extractors.forMode(NlpMode.OFF).extract(ARTICLE));
    }

    @Test
    void givenEntitiesAreKeptBesideTheModesOwnWithOneGazetteer() {
        Article tagged = ARTICLE.withGiven(new GivenEntities(List.of("reagan"), List.of("usa"), List.of("opec")));

        Enrichment given = Extractors.forMode(NlpMode.OFF, EntitySource.GIVEN).extract(tagged);
        assertEquals(List.of("Reagan"), given.people());
        assertEquals(List.of("OPEC"), given.organizations());
        assertTrue(
                given.countries().contains("United States"), given.countries().toString());

        Enrichment both = Extractors.forMode(NlpMode.FAST, EntitySource.BOTH).extract(tagged);
        assertTrue(
                both.people().containsAll(List.of("Reagan", "Donald Trump")),
                both.people().toString());
        assertSame(
                fast.getClass(),
                Extractors.forMode(NlpMode.FAST, EntitySource.NLP).getClass());
    }

    @Test
    void fastFindsEntitiesButNoDates() {
        Enrichment enrichment = fast.extract(ARTICLE);
        assertEquals(Set.of("Donald Trump", "Vladimir Putin"), Set.copyOf(enrichment.people()));
        assertEquals(2, enrichment.people().size());
        assertTrue(
                enrichment.places().contains("Saudi Arabia"),
                enrichment.places().toString());
        assertEquals(List.of(), enrichment.mentionedDates());
    }

    @Test
    void fastResolvesPlacesToCanonicalNamesAndCountries() {
        Enrichment enrichment = fast.extract(new Article(
                "k",
                "",
                "Officials in Kiev and Munich spoke with the U.S. embassy about Ukrainian grain.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.places().containsAll(List.of("Kyiv", "Munich", "United States")), enrichment.toString());
        assertFalse(enrichment.places().contains("Ukrainian"), enrichment.toString());
        assertTrue(
                enrichment.countries().containsAll(List.of("Ukraine", "Germany", "United States")),
                enrichment.toString());
    }

    @Test
    void anEventIsNoPlaceButItsHostIs() {
        Enrichment enrichment = fast.extract(new Article(
                "m",
                "",
                "Paula Radcliffe will run the New York City Marathon in November, after she dropped out of the"
                        + " Athens Olympics in August.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.places().containsAll(List.of("New York City", "Athens")), enrichment.toString());
        assertTrue(
                enrichment.places().stream()
                        .noneMatch(place -> place.endsWith("Marathon") || place.endsWith("Olympics")),
                enrichment.toString());
    }

    @Test
    void aFirmAWireBracketsInAHeadlineOverATableOfFiguresIsAnOrganisation() {
        Enrichment enrichment = fast.extract(new Article(
                "q",
                "<HARLOW PACIFIC MINING LTD> 4TH QTR NET",
                "Shr 17 cts vs 16 cts\n    Net 1,019,000 vs 985,000\n    Revs 7,997,000 vs 7,492,000",
                null,
                null,
                null,
                null));
        assertEquals(
                List.of("Harlow Pacific Mining Ltd"), enrichment.organizations(), "recased as other names in capitals");
    }

    @Test
    void aFirmBeforeAHeadlinesTickerOverATableOfFiguresIsAnOrganisation() {
        Enrichment enrichment = fast.extract(new Article(
                "t",
                "QUILLAN PHARMA CORP <QPC> 3RD QTR NET",
                "Shr 1.04 dlrs vs 78 cts\n    Net 109.2 mln vs 83.9 mln\n    Revs 561.3 mln vs 460.5 mln\n"
                        + "    NOTE: Results include those of Harvel Laboratories Inc, bought in January.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Quillan Pharma Corp"), enrichment.toString());
    }

    @Test
    void theFirstWordsOfARatesNameAreNoOrganisation() {
        Enrichment enrichment = fast.extract(new Article(
                "r",
                "",
                "The loan to Nordvik Shipping pays a margin of 3/8 point over the Stockholm Interbank Offered Rate,"
                        + " the lead manager, Skandia Merchant Bank, said.",
                null,
                null,
                null,
                null));
        assertTrue(
                enrichment.organizations().stream().noneMatch(org -> org.contains("Interbank")), enrichment.toString());
        assertTrue(enrichment.organizations().contains("Skandia Merchant Bank"), enrichment.toString());
    }

    @Test
    void aBodyNamedOnceWithItsCountryIsThatBodyWhenNamedWithout() {
        Enrichment enrichment = fast.extract(new Article(
                "q",
                "",
                "The U.S. Navy said on Tuesday it had ordered two more supply ships from a yard in Maine. The"
                        + " Navy said the first would be delivered in 1990, and Bath Iron Works welcomed the order.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Navy (United States)"), enrichment.toString());
        assertFalse(enrichment.organizations().contains("Navy"), enrichment.toString());
    }

    @Test
    void aCountrysOfficeNamedAloneInAStoryFiledFromThereIsThatCountrys() {
        Enrichment enrichment = fast.extract(new Article(
                "m",
                "",
                "TOKYO, March 3 - The Finance Ministry said Japan's trade surplus narrowed in February, and the"
                        + " Agriculture Ministry said rice stocks were ample.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Finance Ministry (Japan)"), enrichment.toString());
        assertFalse(enrichment.organizations().contains("Finance Ministry"), enrichment.toString());
    }

    @Test
    void twoGivenNamesBeforeOneSurnameAreTwoPeopleOfThatName() {
        Enrichment enrichment = fast.extract(new Article(
                "t",
                "",
                "The brothers Mark and Steve Waugh will both play in the third Test at Headingley on Thursday, the"
                        + " selectors said.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.people().containsAll(List.of("Mark Waugh", "Steve Waugh")), enrichment.toString());
        assertFalse(enrichment.people().contains("Mark"), enrichment.toString());
    }

    @Test
    void aPeerAndAKingAreNamedWithTheTitleTheTextWritesThemWith() {
        Enrichment enrichment = fast.extract(new Article(
                "t",
                "",
                "The justice secretary, Lord Whitby, will meet King Harald in Oslo next week. Whitby said the talks"
                        + " would cover prisons, and Harald is expected to host a dinner.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.people().containsAll(List.of("Lord Whitby", "King Harald")), enrichment.toString());
        assertFalse(enrichment.people().contains("Whitby"), enrichment.toString());
        assertFalse(enrichment.people().contains("Harald"), enrichment.toString());
    }

    @Test
    void aReutersDatelineIsTheArticlesDatelineAndOneOfItsPlaces() {
        Enrichment enrichment = fast.extract(new Article(
                "d",
                "",
                "KIEV, Feb 12 (Reuters) - Grain exports rose in January, traders said.",
                null,
                null,
                null,
                null));
        assertEquals("Kyiv", enrichment.dateline());
        assertTrue(enrichment.places().contains("Kyiv"), enrichment.toString());
        assertEquals(List.of("Ukraine"), enrichment.countries());
    }

    @Test
    void aDatelineGivenWithTheArticleIsUsedAndNormalized() {
        Enrichment enrichment = fast.extract(new Article(
                "s",
                "Cocoa review",
                "Showers continued throughout the week in the cocoa zone, traders said.",
                null,
                "Reuters",
                null,
                null,
                "SALVADOR, Feb 26"));
        assertEquals("Salvador", enrichment.dateline());
        assertTrue(enrichment.places().contains("Salvador"), enrichment.toString());
        assertEquals(List.of("Brazil"), enrichment.countries());
    }

    @Test
    void aShoutedDatelineIsAPlaceNotAPerson() {
        Enrichment enrichment = fast.extract(new Article(
                "w", "", "WASHINGTON — The Senate voted on Tuesday to fund the agency.", null, null, null, null));
        assertEquals("Washington", enrichment.dateline());
        assertFalse(enrichment.people().contains("Washington"), enrichment.toString());
        assertEquals(List.of("United States"), enrichment.countries());
    }

    @Test
    void surnamesWrittenOnlyAsOnePairAreTheFirmNotPeople() {
        Enrichment enrichment = fast.extract(new Article(
                "r",
                "HOLLIS/MERRIMAN LOWERS BRANTFORD MILLS DEBT",
                "Hollis and Merriman said it lowered its rating on 90 mln dlrs of Brantford Mills Inc debt. Hollis and"
                        + " Merriman cited weaker cash flow at the textile maker.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Hollis and Merriman"), enrichment.toString());
        assertFalse(enrichment.people().contains("Hollis"), enrichment.toString());
        assertFalse(enrichment.people().contains("Merriman"), enrichment.toString());
    }

    @Test
    void aNameTheWireWrappedAfterTheFirstLineOfAStoryWithItsDatelineGivenApartIsReadWhole() {
        Enrichment enrichment = fast.extract(new Article(
                "r",
                "HARBOR BANK NAMES SCOTT TO BOARD",
                "Harbor Bank Corp said it named Peter\nL. Scott, chairman and chief executive officer of Dunmore"
                        + " Corp\n<DUN>, to its board.",
                null,
                null,
                null,
                null,
                "BOSTON, March 23"));
        assertTrue(enrichment.people().contains("Peter L. Scott"), enrichment.toString());
        assertFalse(enrichment.people().contains("Peter"), enrichment.toString());
    }

    @Test
    void aChainNamedByAPossessiveAloneIsAnOrganisationAndNoPerson() {
        Enrichment enrichment = fast.extract(new Article(
                "r",
                "DINER CHAIN SALES RISE",
                "Marlowe's said first quarter sales rose 9 pct to 31.4 mln dlrs. Marlowe's, which runs 64 diners in"
                        + " Ohio, expects to open eight more this year.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Marlowe's"), enrichment.toString());
        assertFalse(enrichment.people().contains("Marlowe"), enrichment.toString());
    }

    @Test
    void aFirmNamedWithAShortGivenNameAndAnInitialIsReadWhole() {
        Enrichment enrichment = fast.extract(new Article(
                "r",
                "PRINTER SOLD",
                "Harlow Industries Inc said its Chas. P. Morton Co unit agreed to sell its plant in Ohio. Chas. P."
                        + " Morton Co makes business forms.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Chas. P. Morton Co"), enrichment.toString());
        assertFalse(enrichment.people().contains("Chas"), enrichment.toString());
    }

    @Test
    void aFirmNamedWithItsFoundersPossessiveIsOneOrganisationAndNoPerson() {
        Enrichment enrichment = fast.extract(new Article(
                "r",
                "CHAIN SETS DIVIDEND",
                "Marlowe's Family Restaurants Inc said its board declared a quarterly dividend of eight cts a share,"
                        + " payable May 1. Marlowe's runs 64 diners in Ohio.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Marlowe's Family Restaurants Inc"), enrichment.toString());
        assertFalse(enrichment.people().contains("Marlowe"), enrichment.toString());
    }

    @Test
    void aFirmsNameWrappedAcrossTwoLinesOfWireCopyIsReadWhole() {
        Enrichment enrichment = fast.extract(new Article(
                "k",
                "BRANDT CAPITAL SETS EUROBOND",
                "    Brandt Capital Corp is issuing a 50 mln stg eurobond due 1995\npaying 9-1/2 pct and priced at 101"
                        + " pct, joint lead manager Lazenby,\nCorrie Ltd said. The issue is guaranteed by the parent.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Lazenby, Corrie Ltd"), enrichment.toString());
        assertFalse(enrichment.people().contains("Lazenby"), enrichment.toString());
    }

    @Test
    void aFirmsShortNameThatIsARegionOfACountryTheStoryDoesNotNameIsTheFirm() {
        Enrichment enrichment = fast.extract(new Article(
                "b",
                "",
                "Bavaria Brewing Corp said its quarterly sales rose 12 pct. Bavaria said it would open a second"
                        + " brewery near Cincinnati next year.",
                null,
                null,
                null,
                null,
                "CINCINNATI, March 4"));
        assertFalse(enrichment.places().contains("Bavaria"), enrichment.toString());
        assertFalse(enrichment.countries().contains("Germany"), enrichment.toString());
        assertTrue(enrichment.organizations().contains("Bavaria"), enrichment.toString());
    }

    @Test
    void aFirmsShortNameThatIsARegionOfTheCountryOfTheDatelineStaysThePlace() {
        Enrichment enrichment = fast.extract(new Article(
                "m",
                "",
                "Bavaria Brewing AG said its quarterly sales rose 12 pct. Bavaria said it would open a second"
                        + " brewery next year.",
                null,
                null,
                null,
                null,
                "MUNICH, March 4"));
        assertTrue(enrichment.places().contains("Bavaria"), enrichment.toString());
    }

    @Test
    void aLegislatorsPartyAndStateNameNoPersonAndNoPlace() {
        Enrichment enrichment = fast.extract(new Article(
                "t",
                "",
                "House Speaker Ray Colton (D-Tex) proposed a transfer tax on Tuesday. Rep. Ellen Marsh (R-Okla.) said"
                        + " she would oppose it.",
                null,
                null,
                null,
                null));
        assertEquals(Set.of("Ray Colton", "Ellen Marsh"), Set.copyOf(enrichment.people()), enrichment.toString());
        assertEquals(List.of(), enrichment.places(), enrichment.toString());
    }

    @Test
    void politicalPartiesNamedByTheirMembersAreOrganisations() {
        Enrichment enrichment = fast.extract(new Article(
                "p",
                "Lib Dems target marginal seats",
                "But the Liberal Democrats are entering the campaign sure that they, not the Tories, are the real"
                        + " threat. Lib Dem leader Aled Morrow dismissed the Conservatives as a fading force, and Senate"
                        + " Republicans said little.",
                null,
                null,
                null,
                null));
        assertTrue(
                enrichment
                        .organizations()
                        .containsAll(
                                List.of("Lib Dems", "Liberal Democrats", "Tories", "Conservatives", "Republicans")),
                enrichment.toString());
        assertFalse(enrichment.organizations().contains("Lib Dem"), "a member's party is named in the plural");
        assertEquals(List.of("Aled Morrow"), enrichment.people(), enrichment.toString());
    }

    @Test
    void aFirmsUnitTheGazetteerDoesNotKnowIsAnOrganisation() {
        Enrichment enrichment = fast.extract(new Article(
                "u",
                "Oil group sells unit",
                "Russia forced Yukos to sell its main production unit, Yuganskneftegas, at an auction in Moscow."
                        + " Yuganskneftegas pumps a million barrels a day.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Yuganskneftegas"), enrichment.toString());
        assertFalse(enrichment.places().contains("Yuganskneftegas"), enrichment.toString());
        assertTrue(enrichment.places().contains("Moscow"), enrichment.toString());
    }

    @Test
    void aCommonWordCapitalisedAfterACountrysAbbreviationNamesNoOrganisation() {
        Enrichment enrichment = fast.extract(new Article(
                "c",
                "Taiwan reserves rise",
                "Taiwan's foreign exchange reserves rose as the central bank bought dollars to slow the rise of"
                        + " the local dollar against the U.S. Currency, dealers in Taipei said. Exporters fear the"
                        + " U.S. Economy is slowing. The U.S. Treasury said it was watching.",
                null,
                null,
                null,
                null));
        assertTrue(
                enrichment.organizations().stream()
                        .noneMatch(name -> name.contains("Currency") || name.contains("Economy")),
                enrichment.toString());
        assertTrue(enrichment.places().contains("United States"), enrichment.toString());
        assertTrue(enrichment.organizations().contains("Treasury (United States)"), enrichment.toString());
    }

    @Test
    void aCountryNamedOnlyAsTheCurrencyOfAnAmountIsNoPlace() {
        Enrichment enrichment = fast.extract(new Article(
                "d",
                "Bangladesh buys crude",
                "Bangladesh will import crude oil worth about 10 mln U.S. dlrs from Iran, Bangladesh Petroleum"
                        + " Corporation officials said in Dhaka.",
                null,
                null,
                null,
                null));
        assertFalse(enrichment.places().contains("United States"), enrichment.toString());
        assertTrue(enrichment.places().contains("Iran"), enrichment.toString());
    }

    @Test
    void governmentBondsNamedAfterTheTreasuryAreNoOrganisation() {
        Enrichment enrichment = fast.extract(new Article(
                "t",
                "Acme sells notes",
                "Acme Corp sold 100 mln dlrs of seven-year notes priced to yield 90 basis points over Treasuries, said"
                        + " lead manager Salomon Brothers Inc. Traders said Treasuries rallied after the Treasury"
                        + " announced its quarterly refunding.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("Treasury"), enrichment.toString());
        assertFalse(enrichment.organizations().contains("Treasuries"), enrichment.toString());
    }

    @Test
    void aPlaceOpeningANameWhoseAcronymTheStoryWritesIsPartOfIt() {
        Enrichment enrichment = fast.extract(new Article(
                "k",
                "Party picks candidates",
                "The UK Independence Party has chosen candidates for every seat in Kent. UKIP wants Britain to"
                        + " leave the European Union, and the Independence Party says it will win seats in the south.",
                null,
                null,
                null,
                null));
        assertTrue(enrichment.organizations().contains("UK Independence Party"), enrichment.toString());
        assertFalse(enrichment.organizations().contains("Independence Party"), enrichment.toString());
    }

    @Test
    void anEmptyArticleHasAnEmptyEnrichment() {
        Enrichment enrichment = fast.extract(new Article("e", "", "", null, null, null, null));
        assertEquals(Enrichment.NONE, enrichment);
    }

    /**
     * Real wire copy (skipped without the corpus): headlines in capitals over tables that name no one ("… MARKETS INC
     * &lt;…&gt; 1ST QTR NET"), and acronyms the body writes only in capitals (a survey's, a department's).
     */
    @Test
    void aNameWrittenOnlyInCapitalsAndShortEnoughForAnAcronymIsNoPerson() {
        List<Article> stories = reutersStories(Set.of(
                "reuters-1727",
                "reuters-5244",
                "reuters-13118",
                "reuters-15053",
                "reuters-15188",
                "reuters-16651",
                "reuters-17816",
                "reuters-18216"));
        Set<String> people = new HashSet<>();
        for (Article story : stories) {
            List<String> found = fast.extract(story).people();
            assertTrue(
                    found.stream().allMatch(name -> name.chars().anyMatch(Character::isLowerCase)),
                    story.id() + " " + found);
            people.addAll(found);
        }
        assertTrue(
                people.containsAll(List.of("Hisham Nazer", "D. Bryan Ferguson")),
                "the people they name stay: " + people);
    }

    /**
     * Real wire copy (skipped without the corpus): longer words written only in capitals, a sign-off ("REUTER"), an
     * institute's initials, a product, firms in headlines over results tables ("HELEN OF TROY CORP").
     */
    @Test
    void aOneWordNameWrittenOnlyInCapitalsIsNoPerson() {
        Map<String, String> shouted = Map.of(
                "reuters-8029", "Reuter",
                "reuters-7222", "Ipecode",
                "reuters-19757", "Hitest",
                "reuters-14983", "Helen",
                "reuters-15354", "Stewart");
        List<Article> stories = reutersStories(shouted.keySet());
        Set<String> people = new HashSet<>();
        for (Article story : stories) {
            List<String> found = fast.extract(story).people();
            assertFalse(found.contains(shouted.get(story.id())), story.id() + " " + found);
            people.addAll(found);
        }
        assertTrue(people.containsAll(List.of("Joe Clark", "Brian Mulroney")), "the people they name stay: " + people);
    }

    /** The Reuters-21578 stories of these ids, every one of them; skips the test without the corpus. */
    private static List<Article> reutersStories(Set<String> ids) {
        Assumptions.assumeTrue(Files.isReadable(REUTERS), "Reuters-21578 not found at " + REUTERS.toAbsolutePath());
        List<Article> stories = ReutersCorpus.read(REUTERS, 0).stream()
                .map(ReutersRecord::article)
                .filter(article -> ids.contains(article.id()))
                .toList();
        assertEquals(ids.size(), stories.size());
        return stories;
    }
}
