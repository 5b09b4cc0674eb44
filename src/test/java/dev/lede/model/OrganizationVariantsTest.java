package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationVariantsTest {

    /** Every pair of names is named together, in more articles than any name here has. */
    private static final OrganizationVariants.NamedTogether ALWAYS_TOGETHER = (first, second) -> 1_000;

    private static EntityAliases aliases(Object... namesAndCounts) {
        return aliases(ALWAYS_TOGETHER, namesAndCounts);
    }

    private static EntityAliases aliases(OrganizationVariants.NamedTogether together, Object... namesAndCounts) {
        return new EntityAliases(
                OrganizationVariants.automatic(ArticleCounts.of(namesAndCounts), together),
                List.of(),
                NameAliases.NONE);
    }

    @Test
    void aNameWithAndWithoutItsLegalFormIsOne() {
        EntityAliases aliases =
                aliases("Texaco", 51, "Texaco Inc", 59, "Pennzoil Co", 3, "Pennzoil", 9, "Siemens AG", 2, "Siemens", 1);
        assertEquals("Texaco Inc", aliases.canonical(FacetField.ORG, "Texaco"));
        assertEquals("Pennzoil", aliases.canonical(FacetField.ORG, "Pennzoil Co"));
        assertEquals("Siemens AG", aliases.canonical(FacetField.ORG, "Siemens"));
        assertEquals(List.of("Texaco Inc", "Texaco"), aliases.members(FacetField.ORG, "Texaco"));
    }

    @Test
    void legalFormsOfEveryCountryAreNoPartOfTheName() {
        EntityAliases aliases = aliases(
                "Airbus SE",
                4,
                "Airbus",
                20,
                "Novo Nordisk A/S",
                2,
                "Novo Nordisk",
                7,
                "Nokia Oyj",
                1,
                "Nokia",
                9,
                "Rosneft PJSC",
                3,
                "Rosneft",
                8);
        assertEquals("Airbus", aliases.canonical(FacetField.ORG, "Airbus SE"));
        assertEquals("Novo Nordisk", aliases.canonical(FacetField.ORG, "Novo Nordisk A/S"));
        assertEquals("Nokia", aliases.canonical(FacetField.ORG, "Nokia Oyj"));
        assertEquals("Rosneft", aliases.canonical(FacetField.ORG, "Rosneft PJSC"));
    }

    @Test
    void aNameStyledWithACapitalInsideAWordLabelsItsTitleCaseFromHeadlinesUnlessItIsARareSlip() {
        EntityAliases styled = aliases("Conagra Inc", 8, "ConAgra Inc", 5);
        assertEquals("ConAgra Inc", styled.canonical(FacetField.ORG, "Conagra Inc"));
        EntityAliases slip = aliases("Citicorp", 72, "CitiCorp", 1);
        assertEquals("Citicorp", slip.canonical(FacetField.ORG, "CitiCorp"));
    }

    @Test
    void aNameWrittenWithAHyphenOrASpaceIsOne() {
        EntityAliases aliases =
                aliases("Saab-Scania AB", 6, "Saab Scania", 2, "Hewlett Packard", 1, "Hewlett-Packard", 9);
        assertEquals("Saab-Scania AB", aliases.canonical(FacetField.ORG, "Saab Scania"));
        assertEquals("Hewlett-Packard", aliases.canonical(FacetField.ORG, "Hewlett Packard"));
    }

    @Test
    void aNameWrittenClosedUpOrApartIsOneButEveryWordCounts() {
        EntityAliases aliases = aliases(
                "PaineWebber Inc",
                69,
                "Paine Webber Inc",
                8,
                "Paine Webber",
                2,
                "TimeWarner",
                1,
                "Time Warner",
                1,
                "Hongkong Land Co Ltd",
                5,
                "Hong Kong Land Co Ltd",
                4,
                "Bank of America",
                30,
                "BankAmerica Corp",
                20,
                "Treasury",
                50,
                "Treasury Board",
                3);

        assertEquals("PaineWebber Inc", aliases.canonical(FacetField.ORG, "Paine Webber Inc"));
        assertEquals("PaineWebber Inc", aliases.canonical(FacetField.ORG, "Paine Webber"));
        assertEquals("Time Warner", aliases.canonical(FacetField.ORG, "TimeWarner"));
        assertEquals("Hongkong Land Co Ltd", aliases.canonical(FacetField.ORG, "Hong Kong Land Co Ltd"));
        assertEquals("BankAmerica Corp", aliases.canonical(FacetField.ORG, "BankAmerica Corp"));
        assertEquals("Treasury Board", aliases.canonical(FacetField.ORG, "Treasury Board"));
    }

    @Test
    void theAndBeforeALegalFormAndAPossessiveAreNoPartOfTheName() {
        EntityAliases aliases = aliases(
                "Goldman, Sachs and Co", 100,
                "Goldman Sachs", 34,
                "Morgan Stanley & Co", 1,
                "Morgan Stanley", 61,
                "Standard and Poor's Corp", 172,
                "Standard and Poor", 32,
                "Johnson and Johnson", 5,
                "Johnson", 3);
        assertEquals("Goldman, Sachs and Co", aliases.canonical(FacetField.ORG, "Goldman Sachs"));
        assertEquals("Morgan Stanley", aliases.canonical(FacetField.ORG, "Morgan Stanley & Co"));
        assertEquals("Standard and Poor's Corp", aliases.canonical(FacetField.ORG, "Standard and Poor"));
        assertEquals("Johnson", aliases.canonical(FacetField.ORG, "Johnson"), "an \"and\" inside a name stays");
    }

    @Test
    void namesThatDifferOnlyInTheirMinorWordsAreOne() {
        EntityAliases aliases = aliases(
                "Institute for Fiscal Studies", 4,
                "Institute of Fiscal Studies", 3,
                "Cable and Wireless Plc", 13,
                "Cable & Wireless", 1,
                "International Federation of the Phonographic Industry", 2,
                "International Federation of Phonographic Industry", 1,
                "DCA", 2,
                "Department for Constitutional Affairs", 4,
                "Department of Constitutional Affairs", 1);
        assertEquals("Institute for Fiscal Studies", aliases.canonical(FacetField.ORG, "Institute of Fiscal Studies"));
        assertEquals("Cable and Wireless Plc", aliases.canonical(FacetField.ORG, "Cable & Wireless"));
        assertEquals(
                "International Federation of the Phonographic Industry",
                aliases.canonical(FacetField.ORG, "International Federation of Phonographic Industry"));
        assertEquals("Department for Constitutional Affairs", aliases.canonical(FacetField.ORG, "DCA"));
    }

    @Test
    void aPartyIsOneWithAndWithoutTheWordAndItsAcronymMaySpellIt() {
        EntityAliases aliases = aliases(
                "Labour", 175,
                "Labour Party", 38,
                "Liberal Democratic Party", 12,
                "LDP", 30,
                "Federal Home Loan Bank Board", 60,
                "FHLBB", 9,
                "Federal Reserve Board", 20,
                "FRB", 2);
        assertEquals("Labour", aliases.canonical(FacetField.ORG, "Labour Party"));
        assertEquals("Liberal Democratic Party", aliases.canonical(FacetField.ORG, "LDP"));
        assertEquals("Federal Home Loan Bank Board", aliases.canonical(FacetField.ORG, "FHLBB"));
        assertEquals("Federal Reserve Board", aliases.canonical(FacetField.ORG, "FRB"));
    }

    @Test
    void aNameInTheSingularAndThePluralIsOneWhereAnArticleNamesBoth() {
        Set<Set<String>> namedTogether =
                Set.of(Set.of("Tory", "Tories"), Set.of("All Black", "All Blacks"), Set.of("NBFI", "NBFIs"));
        EntityAliases aliases = aliases(
                (first, second) -> namedTogether.contains(Set.of(first, second)) ? 1_000 : 0,
                "Tory",
                59,
                "Tories",
                59,
                "All Blacks",
                11,
                "All Black",
                2,
                "NBFI",
                3,
                "NBFIs",
                1,
                "Times",
                16,
                "Time",
                1,
                "Congress",
                30);
        assertEquals("Tories", aliases.canonical(FacetField.ORG, "Tory"), "a tie goes to the longer");
        assertEquals("All Blacks", aliases.canonical(FacetField.ORG, "All Black"));
        assertEquals("NBFI", aliases.canonical(FacetField.ORG, "NBFIs"));
        assertEquals("Time", aliases.canonical(FacetField.ORG, "Time"), "no article names both");
        assertTrue(aliases.mergeReasons(FacetField.ORG, "Tories")
                .getFirst()
                .reason()
                .contains("singular and the plural"));
    }

    @Test
    void anAcronymJoinsTheOneExpansionItAbbreviates() {
        EntityAliases aliases = aliases(
                "OPEC",
                20,
                "Organization of Petroleum Exporting Countries",
                5,
                "IMF",
                9,
                "International Monetary Fund",
                4,
                "WHO",
                3,
                "World Health Organization",
                2,
                "World Hockey Organization",
                1);
        assertEquals("Organization of Petroleum Exporting Countries", aliases.canonical(FacetField.ORG, "OPEC"));
        assertEquals("International Monetary Fund", aliases.canonical(FacetField.ORG, "IMF"));
        assertEquals("WHO", aliases.canonical(FacetField.ORG, "WHO"), "two expansions fit");
    }

    @Test
    void anAcronymMaySkipShortPrepositionsSpellBothPartsOfACompoundOrAnOf() {
        EntityAliases aliases = aliases(
                "GATT",
                12,
                "General Agreement on Tariffs and Trade",
                3,
                "CPJ",
                4,
                "Committee to Protect Journalists",
                2,
                "ASEAN",
                9,
                "Association of Southeast Asian Nations",
                2,
                "PSA",
                5,
                "Pacific Southwest Airlines",
                3,
                "APEC",
                6,
                "Asia-Pacific Economic Cooperation",
                2,
                "OECD",
                8,
                "Organisation for Economic Co-operation and Development",
                3,
                "BOJ",
                7,
                "Bank of Japan",
                20);
        assertEquals("General Agreement on Tariffs and Trade", aliases.canonical(FacetField.ORG, "GATT"));
        assertEquals("Committee to Protect Journalists", aliases.canonical(FacetField.ORG, "CPJ"));
        assertEquals("Association of Southeast Asian Nations", aliases.canonical(FacetField.ORG, "ASEAN"));
        assertEquals("Pacific Southwest Airlines", aliases.canonical(FacetField.ORG, "PSA"), "or one of them");
        assertEquals("Asia-Pacific Economic Cooperation", aliases.canonical(FacetField.ORG, "APEC"));
        assertEquals(
                "Organisation for Economic Co-operation and Development",
                aliases.canonical(FacetField.ORG, "OECD"),
                "or a hyphenated word once");
        assertEquals("Bank of Japan", aliases.canonical(FacetField.ORG, "BOJ"));
    }

    @Test
    void anAcronymThatTakesMoreThanInitialsJoinsTheNameThatSpellsItWhereTwoArticlesNameBoth() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("ICCO", "International Cocoa Organization"), 30L,
                Set.of("UNCTAD", "United Nations Conference on Trade and Development"), 6L,
                Set.of("TAZARA", "Tanzania-Zambia Railway Authority"), 2L,
                Set.of("CCTV", "China Central Television"), 2L,
                Set.of("BIL", "Brierley Investments Ltd"), 4L,
                Set.of("FAI", "Faroe Islands"), 1L,
                Set.of("OAPEC", "Organization of Petroleum Exporting Countries"), 5L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "ICCO",
                40,
                "International Cocoa Organization",
                35,
                "UNCTAD",
                10,
                "United Nations Conference on Trade and Development",
                8,
                "TAZARA",
                2,
                "Tanzania-Zambia Railway Authority",
                2,
                "CCTV",
                3,
                "China Central Television",
                2,
                "BIL",
                7,
                "Brierley Investments Ltd",
                17,
                "FAI",
                2,
                "Faroe Islands",
                3,
                "OAPEC",
                5,
                "Organization of Petroleum Exporting Countries",
                150);
        assertEquals(
                "International Cocoa Organization", aliases.canonical(FacetField.ORG, "ICCO"), "a later consonant");
        assertEquals(
                "United Nations Conference on Trade and Development",
                aliases.canonical(FacetField.ORG, "UNCTAD"),
                "the letter of a minor word");
        assertEquals("Tanzania-Zambia Railway Authority", aliases.canonical(FacetField.ORG, "TAZARA"), "the first two");
        assertEquals("China Central Television", aliases.canonical(FacetField.ORG, "CCTV"));
        assertEquals(
                "Brierley Investments Ltd", aliases.canonical(FacetField.ORG, "BIL"), "the letter of a legal form");
        assertEquals("FAI", aliases.canonical(FacetField.ORG, "FAI"), "one article names both");
        assertEquals("OAPEC", aliases.canonical(FacetField.ORG, "OAPEC"), "no vowel from inside a word");
    }

    @Test
    void anAcronymTakesANameSpelledByItsInitialsBeforeOneSpelledWithMoreLetters() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("UKA", "UK Athletics"), 2L,
                Set.of("CMB", "Central Mortgage Bank"), 3L,
                Set.of("CMB", "Cambridge Bank"), 3L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "UKA",
                2,
                "UK Athletics",
                4,
                "Army (United Kingdom)",
                3,
                "CMB",
                5,
                "Central Mortgage Bank",
                4,
                "Cambridge Bank",
                10);
        assertEquals(
                "UK Athletics",
                aliases.canonical(FacetField.ORG, "UKA"),
                "the name its initials spell is not named with it");
        assertEquals("Central Mortgage Bank", aliases.canonical(FacetField.ORG, "CMB"), "not \"Cambridge Bank\"");
    }

    @Test
    void anAcronymMaySpellTheAOfAbAsItSpellsTheCOfCo() {
        EntityAliases aliases = aliases("SCA", 5, "Svenska Cellulosa AB", 3);
        assertEquals("Svenska Cellulosa AB", aliases.canonical(FacetField.ORG, "SCA"));
    }

    @Test
    void anAcronymJoinsTheExpansionNamedWithItThatOthersNamedWithItDoNotComeCloseTo() {
        Set<Set<String>> namedTogether = Set.of(
                Set.of("IMF", "International Monetary Fund"),
                Set.of("IMF", "Internatinal Monetary Fund"),
                Set.of("EC", "European Commission"),
                Set.of("EC", "Electoral Commission"));
        EntityAliases aliases = aliases(
                (first, second) -> namedTogether.contains(Set.of(first, second)) ? 1_000 : 0,
                "IMF",
                133,
                "International Monetary Fund",
                163,
                "Internatinal Monetary Fund",
                1,
                "Intrepid Museum Foundation",
                400,
                "EC",
                7,
                "European Commission",
                16,
                "Electoral Commission",
                15);
        assertEquals("International Monetary Fund", aliases.canonical(FacetField.ORG, "IMF"), "a misspelling is rare");
        assertEquals("EC", aliases.canonical(FacetField.ORG, "EC"), "two expansions close in use are named with it");
    }

    @Test
    void anAcronymJoinsAnExpansionOnlyWhereOneInFiveOfItsArticlesSpellItOut() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("NEC", "National Executive Committee"), 1L,
                Set.of("LSE", "London Stock Exchange"), 2L,
                Set.of("UN", "United Nations"), 1L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "NEC",
                10,
                "National Executive Committee",
                3,
                "LSE",
                10,
                "London Stock Exchange",
                20,
                "UN",
                6,
                "United Nations",
                14);
        assertEquals("NEC", aliases.canonical(FacetField.ORG, "NEC"), "one story in ten spells it out");
        assertEquals("London Stock Exchange", aliases.canonical(FacetField.ORG, "LSE"), "two in ten");
        assertEquals("UN", aliases.canonical(FacetField.ORG, "UN"), "one in six");
    }

    @Test
    void anAcronymMostlyWrittenBareJoinsTheMostUsedNameThatIntroducesItInOneInFiveOfItsArticles() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("NATO", "North Atlantic Treaty Organization"), 9L,
                Set.of("ABC", "Australian Broadcasting Corp"), 4L,
                Set.of("ABC", "American Broadcasting Cos"), 2L,
                Set.of("IEA", "International Energy Agency"), 2L,
                Set.of("WFP", "World Food Program"), 4L,
                Set.of("IOC", "International Olympic Committee"), 3L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "NATO",
                120,
                "North Atlantic Treaty Organization",
                14,
                "ABC",
                90,
                "Australian Broadcasting Corp",
                5,
                "American Broadcasting Cos",
                40,
                "IEA",
                60,
                "International Energy Agency",
                3,
                "WFP",
                70,
                "World Food Program",
                9,
                "IOC",
                50,
                "International Olympic Committee",
                20);
        assertEquals("North Atlantic Treaty Organization", aliases.canonical(FacetField.ORG, "NATO"));
        assertEquals("ABC", aliases.canonical(FacetField.ORG, "ABC"), "a more used name has its initials");
        assertEquals("IEA", aliases.canonical(FacetField.ORG, "IEA"), "two stories introduce it");
        assertEquals("World Food Program", aliases.canonical(FacetField.ORG, "WFP"), "4 of 9");
        assertEquals("IOC", aliases.canonical(FacetField.ORG, "IOC"), "3 of 20 is under one in five");
    }

    @Test
    void anAcronymJoinsItsExpansionOnlyWhereAnArticleNamesBoth() {
        Set<List<String>> namedTogether = Set.of(List.of("IMF", "International Monetary Fund Inc"));
        EntityAliases aliases = aliases(
                (first, second) -> namedTogether.contains(List.of(first, second)) ? 1_000 : 0,
                "NHS",
                17,
                "Norwood High School",
                1,
                "IMF",
                9,
                "International Monetary Fund",
                4,
                "International Monetary Fund Inc",
                1);
        assertEquals("NHS", aliases.canonical(FacetField.ORG, "NHS"), "no article names both");
        assertEquals("International Monetary Fund", aliases.canonical(FacetField.ORG, "IMF"), "one variant is enough");
    }

    @Test
    void aClippedFormJoinsTheNameItIsCutFromWhereOneInFiveOfItsArticlesNameBoth() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("Cen", "Central Reserve Authority"), 30L,
                Set.of("Cen", "Central Exchange Office"), 3L,
                Set.of("Ost", "Ostland Fisheries Board"), 2L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "Cen",
                100,
                "Central Reserve Authority",
                80,
                "Central Exchange Office",
                40,
                "Ost",
                20,
                "Ostland Fisheries Board",
                9);
        assertEquals("Central Reserve Authority", aliases.canonical(FacetField.ORG, "Cen"));
        assertEquals("Central Exchange Office", aliases.canonical(FacetField.ORG, "Central Exchange Office"));
        assertEquals("Ost", aliases.canonical(FacetField.ORG, "Ost"), "two of its twenty articles name both");
    }

    @Test
    void oneSingularJoinsAPluralTheFirstOfItsSpellings() {
        EntityAliases aliases = aliases("Boxes", 10, "Box", 4, "Boxe", 2);
        assertEquals("Boxes", aliases.canonical(FacetField.ORG, "Box"));
        assertEquals("Boxe", aliases.canonical(FacetField.ORG, "Boxe"));
    }

    @Test
    void aPartysNicknameJoinsItsNameWhereAnArticleNamesBoth() {
        Set<Set<String>> namedTogether = Set.of(
                Set.of("Tories", "Conservative Party"),
                Set.of("Tory", "Tories"),
                Set.of("GOP", "Republicans"),
                Set.of("Grand Old Party", "Republicans"));
        EntityAliases aliases = aliases(
                (first, second) -> namedTogether.contains(Set.of(first, second)) ? 40 : 0,
                "Tories",
                176,
                "Tory",
                3,
                "Conservative Party",
                20,
                "GOP",
                5,
                "Republicans",
                90,
                "Grand Old Party",
                1,
                "Labour",
                300);
        assertEquals("Conservative Party", aliases.canonical(FacetField.ORG, "Tories"), "the name, not the nickname");
        assertEquals("Conservative Party", aliases.canonical(FacetField.ORG, "Tory"));
        assertEquals("Republicans", aliases.canonical(FacetField.ORG, "GOP"));
        assertEquals("Republicans", aliases.canonical(FacetField.ORG, "Grand Old Party"));
        assertEquals("Labour", aliases.canonical(FacetField.ORG, "Labour"));
        assertTrue(aliases.mergeReasons(FacetField.ORG, "Conservative Party").stream()
                .anyMatch(reason -> reason.reason().contains("nickname")));
    }

    @Test
    void aNameOfTwoWordsOrMoreAfterACountrysCodeIsTheNameAloneWhereAnArticleNamesBoth() {
        Set<Set<String>> namedTogether = Set.of(
                Set.of("US Federal Reserve", "Federal Reserve"),
                Set.of("UK Department of Trade and Industry", "Department of Trade and Industry"),
                Set.of("U.S Security Council", "Security Council"),
                Set.of("UK Continental", "Continental"),
                Set.of("BP Oil Products", "Oil Products"),
                Set.of("US District Court", "District Court"));
        EntityAliases aliases = aliases(
                (first, second) -> namedTogether.contains(Set.of(first, second)) ? 2 : 0,
                "US Federal Reserve",
                29,
                "Federal Reserve",
                352,
                "Federal Reserve Board",
                40,
                "UK Department of Trade and Industry",
                1,
                "Department of Trade and Industry",
                21,
                "U.S Security Council",
                3,
                "Security Council",
                3,
                "UK Continental",
                2,
                "Continental",
                36,
                "BP Oil Products",
                3,
                "Oil Products",
                5,
                "US District Court",
                29,
                "District Court",
                16,
                "US Court of Appeal",
                1,
                "Court of Appeal",
                4);
        assertEquals("Federal Reserve", aliases.canonical(FacetField.ORG, "US Federal Reserve"));
        assertEquals(
                "Department of Trade and Industry",
                aliases.canonical(FacetField.ORG, "UK Department of Trade and Industry"));
        assertEquals("Security Council", aliases.canonical(FacetField.ORG, "U.S Security Council"), "a tie");
        assertEquals("UK Continental", aliases.canonical(FacetField.ORG, "UK Continental"), "one word after the code");
        assertEquals("BP Oil Products", aliases.canonical(FacetField.ORG, "BP Oil Products"), "no country's code");
        assertEquals("US District Court", aliases.canonical(FacetField.ORG, "US District Court"), "used less alone");
        assertEquals("US Court of Appeal", aliases.canonical(FacetField.ORG, "US Court of Appeal"), "never together");
        assertTrue(aliases.mergeReasons(FacetField.ORG, "Federal Reserve").stream()
                .anyMatch(reason -> reason.reason().contains("country's code")));
    }

    @Test
    void aNameAfterACountrysCodeIsTheNameAloneWhereAnArticleNamesItWithTheNamesAcronym() {
        Set<Set<String>> namedTogether = Set.of(
                Set.of("US Securities and Exchange Commission", "SEC"),
                Set.of("Securities and Exchange Commission", "SEC"),
                Set.of("US Court of Appeal", "UK Court of Appeal"),
                Set.of("UK Court of Appeal", "Court of Appeal"));
        EntityAliases aliases = aliases(
                (first, second) -> namedTogether.contains(Set.of(first, second)) ? 100 : 0,
                "US Securities and Exchange Commission",
                24,
                "Securities and Exchange Commission",
                420,
                "SEC",
                210,
                "US Court of Appeal",
                2,
                "UK Court of Appeal",
                3,
                "Court of Appeal",
                40);
        assertEquals(
                "Securities and Exchange Commission",
                aliases.canonical(FacetField.ORG, "US Securities and Exchange Commission"));
        assertTrue(aliases.mergeReasons(FacetField.ORG, "Securities and Exchange Commission").stream()
                .anyMatch(reason -> reason.reason().contains("names it with \"SEC\"")));
        assertEquals("Court of Appeal", aliases.canonical(FacetField.ORG, "UK Court of Appeal"));
        assertEquals(
                "US Court of Appeal",
                aliases.canonical(FacetField.ORG, "US Court of Appeal"),
                "another country's court is no evidence");
    }

    @Test
    void aNicknameNamedApartFromThePartyStaysItself() {
        EntityAliases aliases = aliases((first, second) -> 0, "Tories", 7, "Conservatives", 39);
        assertEquals("Tories", aliases.canonical(FacetField.ORG, "Tories"));
    }

    @Test
    void thePluralNamesTheMergeUnlessTheSingularIsUsedInMoreThanTwiceAsManyArticles() {
        EntityAliases aliases = aliases("Whig", 100, "Whigs", 60, "Black Cap", 130, "Black Caps", 60);
        assertEquals("Whigs", aliases.canonical(FacetField.ORG, "Whig"), "100 is less than twice 60");
        assertEquals("Black Cap", aliases.canonical(FacetField.ORG, "Black Caps"), "130 is more");
    }

    @Test
    void aNameOfSeveralClippedWordsJoinsTheNameOfAsManyWordsItIsCutFrom() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("Lib Dems", "Liberal Democrats"), 12L,
                Set.of("Nat Agrarian", "National Agrarian Front"), 9L,
                Set.of("Nat Agrarian", "National Agrarian"), 9L,
                Set.of("Soc Dem", "Social Democratic Union"), 9L,
                Set.of("Gran Vista", "Grand Vista"), 9L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "Lib Dems",
                40,
                "Liberal Democrats",
                50,
                "Nat Agrarian",
                20,
                "National Agrarian",
                30,
                "National Agrarian Front",
                30,
                "Soc Dem",
                10,
                "Social Democratic Union",
                30,
                "Gran Vista",
                10,
                "Grand Vista",
                12);
        assertEquals(
                "Liberal Democrats", aliases.canonical(FacetField.ORG, "Lib Dems"), "each word cut, in the plural");
        assertEquals("National Agrarian", aliases.canonical(FacetField.ORG, "Nat Agrarian"), "a word kept whole");
        assertEquals("Soc Dem", aliases.canonical(FacetField.ORG, "Soc Dem"), "no name of as many words");
        assertEquals("Gran Vista", aliases.canonical(FacetField.ORG, "Gran Vista"), "a letter more is no cut");
        assertTrue(aliases.mergeReasons(FacetField.ORG, "Liberal Democrats")
                .getFirst()
                .reason()
                .contains("cut short"));
    }

    @Test
    void aPartysMembersAndItsAdjectiveAreOneWhereAnArticleNamesBoth() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("Democrats", "Democratic Party"), 4L,
                Set.of("Democrats", "Democrat"), 2L,
                Set.of("Technocrats", "Technocratic Party"), 3L,
                Set.of("Technocrats", "Technocrat"), 3L,
                Set.of("Autocrats", "Autocratic League"), 0L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "Democrats",
                60,
                "Democrat",
                10,
                "Democratic Party",
                25,
                "Technocrats",
                5,
                "Technocrat",
                3,
                "Technocratic Party",
                50,
                "Autocrats",
                5,
                "Autocratic League",
                5);
        assertEquals("Democrats", aliases.canonical(FacetField.ORG, "Democratic Party"));
        assertEquals("Democrats", aliases.canonical(FacetField.ORG, "Democrat"), "the singular as well");
        assertEquals("Technocratic Party", aliases.canonical(FacetField.ORG, "Technocrats"), "the most used wins");
        assertEquals("Technocratic Party", aliases.canonical(FacetField.ORG, "Technocrat"));
        assertEquals("Autocrats", aliases.canonical(FacetField.ORG, "Autocrats"), "no article names both");
        assertTrue(aliases.mergeReasons(FacetField.ORG, "Democrats").stream()
                .anyMatch(merge -> merge.reason().contains("adjective")));
    }

    @Test
    void aHyphenedNameAnEndingAOneWordNameCapitalsOrAShortNameAreNoClipping() {
        EntityAliases aliases = aliases(
                "Marlow",
                10,
                "Marlow-Pike Co",
                10,
                "Intel",
                10,
                "Intelsat",
                10,
                "Ruda",
                10,
                "RUDAN Holdings",
                10,
                "Dorn",
                10,
                "Dornier Aircraft Works",
                20,
                "Dorn Energy Co",
                10,
                "Ostland",
                10,
                "Ostlandic Rights Council",
                10);
        for (String name : List.of("Marlow", "Intel", "Ruda", "Ostland")) {
            assertEquals(name, aliases.canonical(FacetField.ORG, name));
        }
        assertEquals("Dorn Energy Co", aliases.canonical(FacetField.ORG, "Dorn"), "a whole word is a short name");
    }

    @Test
    void britishAndAmericanSpellingsOfANameAreOne() {
        EntityAliases aliases = aliases(
                "World Health Organisation",
                9,
                "World Health Organization",
                4,
                "Lincoln Centre for the Performing Arts",
                2,
                "Lincoln Center for the Performing Arts",
                3,
                "Ministry of Defence",
                6,
                "Defense Ministry",
                2,
                "Labour Party",
                8,
                "Labor Party",
                5);
        assertEquals("World Health Organisation", aliases.canonical(FacetField.ORG, "World Health Organization"));
        assertEquals(
                "Lincoln Center for the Performing Arts",
                aliases.canonical(FacetField.ORG, "Lincoln Centre for the Performing Arts"));
        assertEquals("Ministry of Defence", aliases.canonical(FacetField.ORG, "Defense Ministry"));
        assertEquals("Labor Party", aliases.canonical(FacetField.ORG, "Labor Party"), "two parties");
    }

    @Test
    void anAcronymMaySpellTheCompanyWordOfANameButNotItsOtherLegalForms() {
        Set<String> namedOnce = Set.of("PPL", "HSI");
        EntityAliases aliases = aliases(
                (first, second) -> namedOnce.contains(first) || namedOnce.contains(second) ? 1 : 1_000,
                "BBC",
                30,
                "British Broadcasting Corporation",
                9,
                "RLC",
                4,
                "Resolution Lending Co",
                2,
                "PPL",
                5,
                "Pacific Paper Ltd",
                3,
                "HSI",
                6,
                "Harbour Shipping Inc",
                4);
        assertEquals("British Broadcasting Corporation", aliases.canonical(FacetField.ORG, "BBC"));
        assertEquals("Resolution Lending Co", aliases.canonical(FacetField.ORG, "RLC"));
        assertEquals("PPL", aliases.canonical(FacetField.ORG, "PPL"), "initials leave out Ltd");
        assertEquals("HSI", aliases.canonical(FacetField.ORG, "HSI"), "initials leave out Inc");
    }

    @Test
    void aFullNameThatTookItsAcronymCanStillTakeItsShortName() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("DEC", "Digital Equipment Corp"), 14L,
                Set.of("Digital", "Digital Equipment Corp"), 6L,
                Set.of("NW", "Northern Water Ltd"), 3L,
                Set.of("Northern", "Northern Water Ltd"), 1L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "DEC",
                40,
                "Digital Equipment Corp",
                22,
                "Digital",
                8,
                "NW",
                9,
                "Northern Water Ltd",
                5,
                "Northern",
                7);
        assertEquals("Digital Equipment Corp", aliases.canonical(FacetField.ORG, "DEC"));
        assertEquals("Digital Equipment Corp", aliases.canonical(FacetField.ORG, "Digital"));
        assertEquals("Northern Water Ltd", aliases.canonical(FacetField.ORG, "NW"));
        assertEquals("Northern", aliases.canonical(FacetField.ORG, "Northern"), "1 of its 7 articles names the firm");
    }

    @Test
    void aNameBeginningWithAJoinedAcronymOrACountrysCodeJoinsTheNameThatSpellsItOut() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(Set.of("EC", "European Community"), 40L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "EC",
                120,
                "European Community",
                60,
                "EC Commission",
                69,
                "European Community Commission",
                15,
                "EC Council of Ministers",
                6,
                "European Community's Council of Ministers",
                2,
                "US District Court",
                29,
                "United States District Court",
                1,
                "CBS Inc",
                24,
                "Central Bancshares of the South Inc",
                1,
                "AE Plc",
                3,
                "United Arab Emirates",
                9);
        assertEquals("European Community Commission", aliases.canonical(FacetField.ORG, "EC Commission"));
        assertEquals(
                "European Community's Council of Ministers",
                aliases.canonical(FacetField.ORG, "EC Council of Ministers"));
        assertEquals("United States District Court", aliases.canonical(FacetField.ORG, "US District Court"));
        assertEquals("CBS Inc", aliases.canonical(FacetField.ORG, "CBS Inc"), "no article joins CBS to that name");
        assertEquals(
                "AE Plc", aliases.canonical(FacetField.ORG, "AE Plc"), "a legal form alone after a code is a firm");
    }

    @Test
    void aShortNameJoinsTheOneFullNameWithALegalFormThatMostOfItsArticlesAlsoName() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("Ford", "Ford Motor Co"), 47L,
                Set.of("Cargill", "Cargill UK Ltd"), 9L,
                Set.of("Nikko", "Nikko Securities Co (Europe) Ltd"), 5L,
                Set.of("BBC", "BBC News"), 10L,
                Set.of("Valero", "Valero Energy Corp"), 6L,
                Set.of("Valero", "Valero Natural Gas Partners LP"), 6L,
                Set.of("Dana Corp", "Dana Credit Corp"), 5L,
                Set.of("Moody", "Moody's Investors Service Inc"), 120L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "Ford",
                64,
                "Ford Motor Co",
                88,
                "Cargill",
                32,
                "Cargill UK Ltd",
                10,
                "Nikko",
                6,
                "Nikko Securities Co (Europe) Ltd",
                11,
                "BBC",
                12,
                "BBC News",
                14,
                "Valero",
                9,
                "Valero Energy Corp",
                8,
                "Valero Natural Gas Partners LP",
                9,
                "Dana Corp",
                5,
                "Dana Credit Corp",
                5,
                "Moody",
                172,
                "Moody's Investors Service Inc",
                154);
        assertEquals("Ford Motor Co", aliases.canonical(FacetField.ORG, "Ford"));
        assertEquals("Cargill", aliases.canonical(FacetField.ORG, "Cargill"), "9 of 32 articles name the unit");
        assertEquals("Nikko", aliases.canonical(FacetField.ORG, "Nikko"), "a bracket names a unit");
        assertEquals("BBC", aliases.canonical(FacetField.ORG, "BBC"), "no legal form");
        assertEquals("Valero", aliases.canonical(FacetField.ORG, "Valero"), "two full names fit");
        assertEquals("Dana Corp", aliases.canonical(FacetField.ORG, "Dana Corp"), "a full name of its own");
        assertEquals(
                "Moody's Investors Service Inc",
                aliases.canonical(FacetField.ORG, "Moody"),
                "the short name is written without the possessive");
        assertTrue(aliases.mergeReasons(FacetField.ORG, "Ford Motor Co")
                .getFirst()
                .reason()
                .contains("starts with"));
    }

    @Test
    void aNameBetweenAShortNameAndTheFullNameItJoinedJoinsItToo() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("Shearson", "Shearson Lehman Brothers Inc"), 30L,
                Set.of("Shearson Lehman", "Shearson Lehman Brothers Inc"), 5L,
                Set.of("Moody", "Moody's Investors Service Inc"), 120L,
                Set.of("Moody's Investors", "Moody's Investors Service Inc"), 4L,
                Set.of("Drexel", "Drexel Burnham Lambert Inc"), 3L,
                Set.of("Drexel Burnham", "Drexel Burnham Lambert Inc"), 3L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "Shearson",
                38,
                "Shearson Lehman",
                25,
                "Shearson Lehman Brothers Inc",
                83,
                "Moody",
                172,
                "Moody's Investors",
                11,
                "Moody's Investors Service Inc",
                154,
                "Drexel",
                18,
                "Drexel Burnham",
                11,
                "Drexel Burnham Lambert Inc",
                103);
        assertEquals("Shearson Lehman Brothers Inc", aliases.canonical(FacetField.ORG, "Shearson Lehman"));
        assertEquals("Moody's Investors Service Inc", aliases.canonical(FacetField.ORG, "Moody's Investors"));
        assertEquals(
                "Drexel Burnham",
                aliases.canonical(FacetField.ORG, "Drexel Burnham"),
                "the shorter name's articles seldom name the full one, so it joined nothing");
        assertTrue(aliases.mergeReasons(FacetField.ORG, "Shearson Lehman Brothers Inc").stream()
                .anyMatch(merge -> merge.reason().contains("\"Shearson Lehman\" starts with \"Shearson\"")));
    }

    @Test
    void aShortNameJoinsTheNameOfOneMoreWordWithoutALegalFormThatMostOfItsArticlesAlsoName() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("Airbus", "Airbus Industrie"), 20L,
                Set.of("Lycos", "Lycos Europe"), 4L,
                Set.of("Delta", "Delta Airlines"), 4L,
                Set.of("Hanson", "Hanson Trust Plc"), 5L,
                Set.of("Hanson", "Hanson Industries"), 5L,
                Set.of("Brisbane", "Brisbane Water Board Authority"), 6L,
                Set.of("Valeo", "Valeo Components"), 6L,
                Set.of("LG", "LG Card"), 3L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "Airbus",
                30,
                "Airbus Industrie",
                30,
                "Lycos",
                4,
                "Lycos Europe",
                5,
                "Delta",
                10,
                "Delta Airlines",
                12,
                "Hanson",
                5,
                "Hanson Trust Plc",
                13,
                "Hanson Industries",
                5,
                "Brisbane",
                6,
                "Brisbane Water Board Authority",
                6,
                "Valeo",
                8,
                "Valeo Components",
                7,
                "LG",
                3,
                "LG Card",
                4);
        assertEquals("Airbus Industrie", aliases.canonical(FacetField.ORG, "Airbus"));
        assertEquals("Lycos", aliases.canonical(FacetField.ORG, "Lycos"), "a unit named by its continent");
        assertEquals("Delta", aliases.canonical(FacetField.ORG, "Delta"), "four in ten articles name both");
        assertEquals("Hanson Trust Plc", aliases.canonical(FacetField.ORG, "Hanson"), "a legal form first");
        assertEquals("Brisbane", aliases.canonical(FacetField.ORG, "Brisbane"), "two more words");
        assertEquals("Valeo", aliases.canonical(FacetField.ORG, "Valeo"), "a unit is named less than its parent");
        assertEquals("LG", aliases.canonical(FacetField.ORG, "LG"), "an acronym's unit");
    }

    @Test
    void aShortNameJoinsTheOneFullNameThatEndsInItAfterOneWord() {
        Map<Set<String>, Long> articlesNamingBoth = Map.of(
                Set.of("Kodak", "Eastman Kodak Co"), 17L,
                Set.of("Penney", "JC Penney Co Inc"), 4L,
                Set.of("Southern Pacific", "Santa Fe Southern Pacific Corp"), 3L,
                Set.of("Textron", "Bell Helicopter Textron Inc"), 2L,
                Set.of("Edison", "Boston Edison Co"), 4L,
                Set.of("Edison", "Ohio Edison Co"), 4L,
                Set.of("Nabisco", "Nabisco Brands Inc"), 4L,
                Set.of("Nabisco", "RJR Nabisco Inc"), 4L,
                Set.of("Bull", "Honeywell Bull Inc"), 3L,
                Set.of("Disney", "Walt Disney Co"), 7L);
        EntityAliases aliases = aliases(
                (first, second) -> articlesNamingBoth.getOrDefault(Set.of(first, second), 0L),
                "Kodak",
                17,
                "Eastman Kodak Co",
                22,
                "Penney",
                4,
                "JC Penney Co Inc",
                10,
                "Southern Pacific",
                3,
                "Santa Fe Southern Pacific Corp",
                15,
                "Textron",
                9,
                "Bell Helicopter Textron Inc",
                12,
                "Edison",
                6,
                "Boston Edison Co",
                8,
                "Ohio Edison Co",
                7,
                "Nabisco",
                4,
                "Nabisco Brands Inc",
                7,
                "RJR Nabisco Inc",
                21,
                "Bull",
                5,
                "Bull SA",
                1,
                "Honeywell Bull Inc",
                7,
                "Disney",
                7,
                "Disney Co",
                1,
                "Walt Disney Co",
                18);
        assertEquals("Eastman Kodak Co", aliases.canonical(FacetField.ORG, "Kodak"));
        assertEquals("JC Penney Co Inc", aliases.canonical(FacetField.ORG, "Penney"));
        assertEquals(
                "Southern Pacific",
                aliases.canonical(FacetField.ORG, "Southern Pacific"),
                "two words before it are a name of their own");
        assertEquals("Textron", aliases.canonical(FacetField.ORG, "Textron"), "2 of 9 articles name the unit");
        assertEquals("Edison", aliases.canonical(FacetField.ORG, "Edison"), "two full names fit");
        assertEquals("Nabisco Brands Inc", aliases.canonical(FacetField.ORG, "Nabisco"), "a name it starts is first");
        assertEquals("Bull", aliases.canonical(FacetField.ORG, "Bull"), "written with a legal form of its own");
        assertEquals(
                "Walt Disney Co", aliases.canonical(FacetField.ORG, "Disney"), "written with the full name's form");
        assertTrue(aliases.mergeReasons(FacetField.ORG, "Eastman Kodak Co")
                .getFirst()
                .reason()
                .contains("ends in \"Kodak\""));
    }

    @Test
    void aDepartmentNamedByItsFieldIsNoFirmOrBoardOfThatWord() {
        EntityAliases aliases = aliases(
                "Treasury", 419,
                "treasury", 2,
                "Treasury Corp", 3,
                "Treasury Board", 4,
                "Energy", 26,
                "Energy Holdings", 2,
                "Energy Holdings Inc", 1,
                "Labour", 62,
                "Labour Party", 40,
                "Fiat", 20,
                "Fiat SpA", 4);
        assertEquals("Treasury", aliases.canonical(FacetField.ORG, "treasury"));
        assertEquals("Treasury Corp", aliases.canonical(FacetField.ORG, "Treasury Corp"));
        assertEquals("Treasury Board", aliases.canonical(FacetField.ORG, "Treasury Board"));
        assertEquals("Energy Holdings", aliases.canonical(FacetField.ORG, "Energy Holdings Inc"));
        assertEquals("Energy", aliases.canonical(FacetField.ORG, "Energy"));
        assertEquals("Labour", aliases.canonical(FacetField.ORG, "Labour Party"), "a party is no field of government");
        assertEquals("Fiat", aliases.canonical(FacetField.ORG, "Fiat SpA"));
    }

    @Test
    void aBodyWithItsCountryInBracketsIsSpelledOutWithTheCountryFirstAndIsNoOtherCountrysBody() {
        EntityAliases aliases = aliases(
                "USDA", 213,
                "Agriculture Department (United States)", 286,
                "Finance Ministry (Japan)", 60,
                "Finance Ministry (Brazil)", 10,
                "Finance Ministry", 74,
                "MOF", 12);
        assertEquals("Agriculture Department (United States)", aliases.canonical(FacetField.ORG, "USDA"));
        assertEquals("Finance Ministry (Brazil)", aliases.canonical(FacetField.ORG, "Finance Ministry (Brazil)"));
        assertEquals("Finance Ministry", aliases.canonical(FacetField.ORG, "Finance Ministry"));
        assertEquals("Finance Ministry (Japan)", aliases.canonical(FacetField.ORG, "MOF"), "the most used of the two");
    }

    @Test
    void aGovernmentBodyWrittenEitherWayIsOne() {
        EntityAliases aliases = aliases(
                "Finance Ministry", 189,
                "Ministry of Finance", 14,
                "US Agriculture Department", 240,
                "US Department of Agriculture", 15,
                "Department of the Treasury", 1,
                "Treasury Department", 23,
                "Office for Budget Responsibility", 6,
                "Budget Responsibility Office", 2,
                "Bank of Tokyo", 25,
                "Tokyo Bank", 3,
                "Council of State", 2,
                "State Council", 4);
        assertEquals("Finance Ministry", aliases.canonical(FacetField.ORG, "Ministry of Finance"));
        assertEquals("US Agriculture Department", aliases.canonical(FacetField.ORG, "US Department of Agriculture"));
        assertEquals("Treasury Department", aliases.canonical(FacetField.ORG, "Department of the Treasury"));
        assertEquals(
                "Office for Budget Responsibility", aliases.canonical(FacetField.ORG, "Budget Responsibility Office"));
        assertEquals("Tokyo Bank", aliases.canonical(FacetField.ORG, "Tokyo Bank"));
        assertEquals("State Council", aliases.canonical(FacetField.ORG, "State Council"));
    }

    @Test
    void anAcronymSpellsEveryLetterOfAShortWordInCapitals() {
        EntityAliases aliases = aliases(
                "USDA", 213,
                "US Agriculture Department", 240,
                "US Department of Agriculture", 15,
                "UKAEA", 4,
                "UK Atomic Energy Authority", 3);
        assertEquals("US Agriculture Department", aliases.canonical(FacetField.ORG, "USDA"));
        assertEquals("UK Atomic Energy Authority", aliases.canonical(FacetField.ORG, "UKAEA"));
    }

    @Test
    void namesSpellingAnAcronymByTheirFirstLettersComeFirst() {
        EntityAliases aliases = aliases(
                "USM", 5,
                "Unlisted Securities Market", 1,
                "US Mint", 6,
                "US Microchip", 2,
                "US Minerals", 2,
                "US Measures", 2,
                "US Marines", 2);
        assertEquals("Unlisted Securities Market", aliases.canonical(FacetField.ORG, "USM"));
    }

    @Test
    void namesThatOnlyShareWordsStayApart() {
        EntityAliases aliases =
                aliases("Bank of England", 5, "Bank of Japan", 5, "American Express", 3, "American Airlines", 3);
        assertEquals("Bank of Japan", aliases.canonical(FacetField.ORG, "Bank of Japan"));
        assertEquals("American Airlines", aliases.canonical(FacetField.ORG, "American Airlines"));
    }

    @Test
    void eachMergeSaysWhy() {
        for (AutomaticMerge merge :
                OrganizationVariants.automatic(Map.of("IMF", 2L, "International Monetary Fund", 1L), ALWAYS_TOGETHER)) {
            assertTrue(merge.reason().contains("initials"), merge.reason());
        }
        EntityAliases aliases = new EntityAliases(
                OrganizationVariants.automatic(Map.of("IMF", 2L, "International Monetary Fund", 1L), ALWAYS_TOGETHER),
                List.of(),
                NameAliases.NONE);
        assertEquals(
                List.of(new MergeReason(
                        "IMF",
                        "merged because \"IMF\" is made of the initials of \"International Monetary Fund\","
                                + " which at least one in five of its articles also name, and no other name with those"
                                + " initials that they name is close in use")),
                aliases.mergeReasons(FacetField.ORG, "International Monetary Fund"));
    }

    @Test
    void aCuratorsSplitUndoesAnAutomaticMerge() {
        List<AutomaticMerge> merges =
                OrganizationVariants.automatic(Map.of("Texaco", 2L, "Texaco Inc", 1L), ALWAYS_TOGETHER);
        CurationChange split = new CurationChange(
                1, java.time.Instant.EPOCH, CurationAction.SPLIT, FacetField.ORG, "Texaco Inc", null);
        EntityAliases aliases = new EntityAliases(merges, List.of(split), NameAliases.NONE);
        assertEquals("Texaco Inc", aliases.canonical(FacetField.ORG, "Texaco Inc"));
        assertEquals(List.of(), aliases.mergeReasons(FacetField.ORG, "Texaco"));
    }

    @Test
    void theRulesAskAllTheirQuestionsInTwoCallsWithTheSameAnswersAsPairByPair() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("OPEC", 40L);
        counts.put("Organization of Petroleum Exporting Countries", 12L);
        counts.put("IMF", 30L);
        counts.put("International Monetary Fund", 9L);
        counts.put("Tories", 8L);
        counts.put("Tory", 3L);
        counts.put("Ford", 20L);
        counts.put("Ford Motor Co", 25L);
        counts.put("Ford Motor Credit Co", 4L);
        List<Map<String, ? extends Collection<String>>> calls = new ArrayList<>();
        OrganizationVariants.NamedTogether pairByPair = (first, second) -> 1_000;
        OrganizationVariants.NamedTogether batched = new OrganizationVariants.NamedTogether() {
            @Override
            public long articles(String first, String second) {
                throw new AssertionError("asked pair by pair: " + first + ", " + second);
            }

            @Override
            public Map<String, Map<String, Long>> articles(Map<String, ? extends Collection<String>> secondsOfFirst) {
                calls.add(secondsOfFirst);
                return pairByPair.articles(secondsOfFirst);
            }
        };

        List<AutomaticMerge> merges = OrganizationVariants.automatic(counts, batched);

        assertEquals(OrganizationVariants.automatic(counts, pairByPair), merges);
        assertEquals(4, merges.size(), merges.toString());
        assertEquals(2, calls.size(), "acronyms and plurals in one call, then short names: " + calls);
        assertTrue(calls.getFirst().containsKey("OPEC") && calls.getFirst().containsKey("Tories"), calls.toString());
        assertEquals(Set.of("Ford"), calls.getLast().keySet());
    }

    @Test
    void aNameMisspeltByOneLetterIsTheNameItMisspells() {
        EntityAliases aliases = aliases(
                "Morgan Stanley and Co Inc",
                90,
                "Morgan Stanley",
                21,
                "Morgan Stanely and Co Inc",
                3,
                "Chrysler Corp",
                80,
                "Chrylser Corp",
                1,
                "Treasury",
                90,
                "Treasure",
                1);
        assertEquals("Morgan Stanley and Co Inc", aliases.canonical(FacetField.ORG, "Morgan Stanely and Co Inc"));
        assertEquals("Chrysler Corp", aliases.canonical(FacetField.ORG, "Chrylser Corp"));
        assertEquals("Treasure", aliases.canonical(FacetField.ORG, "Treasure"));
        assertTrue(
                aliases.mergeReasons(FacetField.ORG, "Morgan Stanley and Co Inc").stream()
                        .anyMatch(merge -> merge.reason().contains("\"Morgan Stanely and Co Inc\" misspells")),
                aliases.mergeReasons(FacetField.ORG, "Morgan Stanley and Co Inc")
                        .toString());
    }

    @Test
    void aMisspellingUsedAsOftenAsTheNameIsNoLabel() {
        EntityAliases aliases = aliases(
                "Salomon Brothers",
                4,
                "Salomon Brothers Inc",
                4,
                "Salomon Brothers Corp",
                4,
                "Salmon Brothers Holdings Inc",
                4);
        assertEquals("Salomon Brothers Corp", aliases.canonical(FacetField.ORG, "Salmon Brothers Holdings Inc"));
    }

    @Test
    void aNameWrittenInLowerCaseIsNoLabelBesideOneWithCapitals() {
        EntityAliases aliases = aliases("finance ministry", 5, "Finance Ministry", 2);

        assertEquals("Finance Ministry", aliases.canonical(FacetField.ORG, "finance ministry"));
    }

    @Test
    void aFullStopASentenceLeftOnANameLosesATie() {
        EntityAliases aliases = aliases("Tessaly Semiconductor Corp.", 3, "Tessaly Semiconductor Corp", 3);

        assertEquals("Tessaly Semiconductor Corp", aliases.canonical(FacetField.ORG, "Tessaly Semiconductor Corp."));
    }
}
