package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.ArticlePlaces;
import dev.lede.enrich.places.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalBodiesTest {

    private static final ArticlePlaces NO_PLACES = ArticlePlaces.NONE;

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    /** A story filed from a place in the first country, that names every country itself. */
    private static ArticlePlaces filedFrom(String dateline, String... countries) {
        return new ArticlePlaces(
                List.of(dateline), List.of(countries), dateline, List.of(), countries[0], List.of(countries));
    }

    private static List<String> qualify(String text, ArticlePlaces places, String... organizations) {
        return NationalBodies.qualify(List.of(organizations), text, places, gazetteer, Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Officials at Iraq's Defence Ministry said the front was calm. | Defence Ministry | Defence Ministry (Iraq)",
                "A Japanese Finance Ministry official declined to comment. | Finance Ministry | Finance Ministry (Japan)",
                "the U.S. Treasury said on Friday. | Treasury | Treasury (United States)",
                "said Treasury Under Secretary John Taylor. | Treasury | Treasury (United States)",
                "the Fed and the (U.S.) Treasury met on Friday. | Treasury | Treasury (United States)",
                "Papua New Guinea's Central Bank cut its rate. | Central Bank | Central Bank (Papua New Guinea)",
                "the West German Economics Ministry said. | Economics Ministry | Economics Ministry (Germany)",
                "a statement by the Iranian Army and the Guards said. | Army | Army (Iran)",
            })
    void aBodyTheTextQualifiesWithACountryIsThatCountrys(String text, String body, String qualified) {
        String story = text + " Later the " + body + " added that it would say no more.";
        ArticlePlaces severalCountries =
                new ArticlePlaces(List.of(), List.of("Brazil", "Chile", "Peru"), null, List.of());
        assertEquals(List.of(qualified, "Harlow Mills"), qualify(story, severalCountries, body, "Harlow Mills"));
    }

    @Test
    void aBodyOfAStoryFiledFromACountryThatNamesNoOtherIsThatCountrys() {
        String story = "TOKYO, March 3 - The Finance Ministry said the trade surplus narrowed in February.";
        assertEquals(
                List.of("Finance Ministry (Japan)"), qualify(story, filedFrom("Tokyo", "Japan"), "Finance Ministry"));
        assertEquals(
                List.of("Finance Ministry (Japan)"),
                qualify(story, filedFrom("Tokyo", "Japan"), "Ministry of Finance"),
                "written either way, the body is one value");
    }

    @Test
    void aBodyOfAStoryThatNamesSeveralCountriesOrHasNoDatelineAndDoesNotQualifyItStaysBare() {
        String story = "Parliament will study the trade accord, which Japan and Brazil discussed.";
        assertEquals(List.of("Parliament"), qualify(story, filedFrom("Tokyo", "Japan", "Brazil"), "Parliament"));
        ArticlePlaces noDateline = new ArticlePlaces(List.of(), List.of("Iraq"), null, List.of());
        assertEquals(
                List.of("Parliament"),
                qualify("The prime minister told Parliament the war in Iraq was legal.", noDateline, "Parliament"));
    }

    @Test
    void anArchivesHomeCountryOwnsTheBodiesItsUndatedStoriesLeaveUnqualified() {
        ArticlePlaces aboutIraq = new ArticlePlaces(List.of(), List.of("Iraq"), null, List.of());
        String story = "The prime minister told Parliament and the Cabinet the war in Iraq was legal, and the Treasury"
                + " set aside the money.";
        assertEquals(
                List.of("Parliament (United Kingdom)", "Cabinet (United Kingdom)", "Treasury (United Kingdom)"),
                qualifyAtHome("GB", story, aboutIraq, "Parliament", "Cabinet", "Treasury"));
        assertEquals(
                List.of("Cabinet (Ireland)", "Supreme Court (Ireland)"),
                qualifyAtHome(
                        "IE",
                        "The Cabinet will appeal to the Supreme Court.",
                        ArticlePlaces.NONE,
                        "Cabinet",
                        "Supreme Court"));
    }

    @Test
    void aHomeCountryDecidesNothingTheStoryDecidesOrThatTheCountryLacks() {
        ArticlePlaces aboutIraq = new ArticlePlaces(List.of(), List.of("Iraq"), null, List.of());
        assertEquals(
                List.of("Parliament (Iraq)"),
                qualifyAtHome("GB", "Iraq's Parliament met. Parliament then rose.", aboutIraq, "Parliament"));
        assertEquals(
                List.of("Congress"),
                qualifyAtHome("GB", "Congress is to vote on the bill.", ArticlePlaces.NONE, "Congress"),
                "Britain has no Congress");
        assertEquals(
                List.of("Congress (United States)"),
                qualifyAtHome("US", "Congress is to vote on the bill.", ArticlePlaces.NONE, "Congress"));
        assertEquals(
                List.of("Parliament"),
                qualifyAtHome(
                        "GB",
                        "MOSCOW - Parliament passed the budget, which Germany and France welcomed.",
                        filedFrom("Moscow", "Russia", "Germany", "France"),
                        "Parliament"),
                "a story filed abroad is no home story");
        assertEquals(
                List.of("Parliament (United Kingdom)"),
                qualifyAtHome(
                        "GB",
                        "LONDON - Parliament passed the bill, which Germany and France welcomed.",
                        filedFrom("London", "United Kingdom", "Germany", "France"),
                        "Parliament"));
    }

    @Test
    void aHomeCountryLeavesTheCountrysOfficeOfAnotherCountryAndAnAmericanDepartment() {
        ArticlePlaces aboutNorway = new ArticlePlaces(List.of(), List.of("Norway"), null, List.of());
        assertEquals(
                List.of("Supreme Court"),
                qualifyAtHome(
                        "GB",
                        "Norway's music sites face fines after the country's Supreme Court ruled.",
                        aboutNorway,
                        "Supreme Court"));
        assertEquals(
                List.of("Supreme Court (United Kingdom)"),
                qualifyAtHome(
                        "GB",
                        "Ministers said the country's Supreme Court would sit from 2009.",
                        NO_PLACES,
                        "Supreme Court"));
        assertEquals(
                qualify("The Department of Defense denied it.", NO_PLACES, "Department of Defense"),
                qualifyAtHome("GB", "The Department of Defense denied it.", NO_PLACES, "Department of Defense"));
        assertEquals(
                List.of("Employment Department (United Kingdom)"),
                qualifyAtHome(
                        "GB", "He worked at the Department of Employment.", NO_PLACES, "Department of Employment"));
    }

    private static List<String> qualifyAtHome(
            String homeCountry, String text, ArticlePlaces places, String... organizations) {
        return NationalBodies.qualify(List.of(organizations), text, places, gazetteer, Optional.of(homeCountry));
    }

    @Test
    void aChamberOnlySomeCountriesHaveIsTheOneOfTheStorysCountriesThatHasIt() {
        String story = "The accord is to be presented to Congress in October, Canadian and U.S. officials said.";
        assertEquals(
                List.of("Congress (United States)"),
                qualify(story, filedFrom("Ottawa", "Canada", "United States"), "Congress"));
        ArticlePlaces noDateline =
                new ArticlePlaces(List.of(), List.of("United Kingdom", "United States"), null, List.of());
        assertEquals(
                List.of("Senate (United States)"),
                qualify("The Senate voted on the bill, London and Washington said.", noDateline, "Senate"));
        assertEquals(
                List.of("Senate (Italy)"),
                qualify("The Senate passed the budget.", filedFrom("Rome", "Italy", "Japan"), "Senate"));
    }

    @Test
    void aReserveBankIsThatOfTheStorysOneCountryWithOneAndCustomsThatOfItsOneCountry() {
        String story = "The Reserve Bank said the current account deficit narrowed, in Australian dollar terms.";
        assertEquals(
                List.of("Reserve Bank (Australia)"),
                qualify(story, filedFrom("Sydney", "Australia", "United States"), "Reserve Bank"));
        assertEquals(
                List.of("Reserve Bank (New Zealand)"),
                qualify(story, filedFrom("Wellington", "New Zealand", "Australia"), "Reserve Bank"));
        assertEquals(
                List.of("Reserve Bank"),
                qualify(
                        "The Reserve Bank of St. Louis agreed.",
                        filedFrom("Little Rock", "United States"),
                        "Reserve Bank"));
        String customs = "PEKING, June 2 - Customs figures showed imports rose in May.";
        assertEquals(List.of("Customs (China)"), qualify(customs, filedFrom("Peking", "China"), "Customs"));
    }

    @Test
    void theTreasuryOrFinanceMinistryOfAStoryIsThatOfItsOneCountryWithOne() {
        ArticlePlaces usAndJapan = new ArticlePlaces(List.of(), List.of("United States", "Japan"), null, List.of());
        String story = "The Treasury and the Finance Ministry both watched the dollar fall against the yen.";
        assertEquals(
                List.of("Treasury (United States)", "Finance Ministry (Japan)"),
                qualify(story, usAndJapan, "Treasury", "Ministry of Finance"));
        ArticlePlaces britainUsAndJapan =
                new ArticlePlaces(List.of(), List.of("United Kingdom", "United States", "Japan"), null, List.of());
        assertEquals(
                List.of("Treasury", "Finance Ministry (Japan)"),
                qualify(story, britainUsAndJapan, "Treasury", "Finance Ministry"),
                "Britain's and the United States' finance offices are both the Treasury");
        assertEquals(
                List.of("Treasury"),
                qualify("TOKYO - Treasury bond prices fell.", filedFrom("Tokyo", "Japan"), "Treasury"),
                "Japan has no Treasury, though the story was filed there");
    }

    /**
     * A story filed from a place in the first named country, whose other countries the story reaches only through
     * their cities.
     */
    private static ArticlePlaces filedFromNaming(String dateline, List<String> named, String... reachedThroughCities) {
        List<String> countries = new ArrayList<>(named);
        countries.addAll(List.of(reachedThroughCities));
        return new ArticlePlaces(List.of(dateline), countries, dateline, List.of(), named.getFirst(), named);
    }

    @Test
    void aCountryTheStoryReachesOnlyThroughACityDoesNotMakeItsOfficesAmbiguous() {
        String accord = "Treasury Secretary James Baker said the U.S. stood by the accord reached in Paris.";
        assertEquals(
                List.of("Treasury (United States)"),
                qualify(accord, filedFromNaming("Washington", List.of("United States"), "France"), "Treasury"));

        String talks = "TOKYO - The Foreign Ministry said the talks in Washington went well.";
        assertEquals(
                List.of("Foreign Ministry (Japan)"),
                qualify(talks, filedFromNaming("Tokyo", List.of("Japan"), "United States"), "Foreign Ministry"));
    }

    @Test
    void aChamberSeveralOrNoneOfTheStorysCountriesHaveStaysBare() {
        assertEquals(
                List.of("Senate"),
                qualify(
                        "He told a Senate committee he stood by the accord.",
                        filedFrom("London", "United Kingdom", "France", "United States"),
                        "Senate"),
                "France and the United States have a Senate, and Britain, where the story was filed, has none");
        ArticlePlaces noDateline = new ArticlePlaces(List.of(), List.of("France", "United States"), null, List.of());
        assertEquals(
                List.of("Senate"),
                qualify("He told a Senate committee he stood by the accord.", noDateline, "Senate"),
                "both have a Senate, and the story was filed from neither");
        assertEquals(
                List.of("Congress"),
                qualify("Protectionist bills in Congress worry exporters.", filedFrom("Tokyo", "Japan"), "Congress"),
                "Japan has no Congress, though the story was filed there and names no other country");
    }

    @Test
    void anOfficeSeveralOfTheStorysCountriesHaveIsThatOfTheOneItWasFiledFrom() {
        assertEquals(
                List.of("Congress (Philippines)"),
                qualify(
                        "The government will wait for the new Congress to convene, U.S. bankers were told.",
                        filedFrom("Manila", "Philippines", "United States"),
                        "Congress"));
        assertEquals(
                List.of("Senate (United States)", "Treasury (United States)"),
                qualify(
                        "The Senate will vote on the Treasury's bill to tax Dutch bondholders.",
                        filedFrom("Washington", "United States", "Netherlands"),
                        "Senate",
                        "Treasury"));
    }

    @Test
    void aMinistryIsNoneOfTheUnitedStates() {
        String story = "The Trade Ministry welcomed the accord, officials in Washington said.";
        assertEquals(
                List.of("Trade Ministry (Japan)"),
                qualify(story, filedFrom("Washington", "United States", "Japan"), "Trade Ministry"));
        assertEquals(
                List.of("Foreign Ministry"),
                qualify(
                        "The Foreign Ministry said the envoy had left.",
                        filedFrom("Washington", "United States"),
                        "Foreign Ministry"),
                "the United States' foreign office is the State Department");
        ArticlePlaces britainAndIraq = new ArticlePlaces(List.of(), List.of("United Kingdom", "Iraq"), null, List.of());
        assertEquals(
                List.of("Foreign Office (United Kingdom)"),
                qualify("The Foreign Office advised against travel to Iraq.", britainAndIraq, "Foreign Office"),
                "Britain's and Germany's foreign offices are called so, no ministry");
        assertEquals(
                List.of("Industry Ministry (Iran)"),
                qualify(
                        "IRNA, monitored in London, quoted an Industry Ministry official.",
                        filedFrom("London", "United Kingdom", "Iran"),
                        "Industry Ministry"),
                "Britain's industry office is a department");
        assertEquals(
                List.of("Defence Ministry (United Kingdom)"),
                qualify(
                        "The Defence Ministry ordered frigates, Libya was told.",
                        filedFrom("London", "United Kingdom", "Libya"),
                        "Defence Ministry"));
    }

    @Test
    void theCentralBankIsNoneOfACountryWhoseCentralBankGoesByAnotherName() {
        String story = "The Central Bank said reserves rose, though exports to Japan and the United States fell.";
        assertEquals(
                List.of("Central Bank (Taiwan)"),
                qualify(story, filedFrom("Taipei", "Taiwan", "United States", "Japan"), "Central Bank"));
        assertEquals(
                List.of("Central Bank"),
                qualify(
                        "Talks resume in New York when Central Bank Governor Francisco Gros arrives from Brazil and"
                                + " Ecuador's team from Quito.",
                        filedFrom("Los Angeles", "United States", "Brazil", "Ecuador"),
                        "Central Bank"),
                "the United States' is the Federal Reserve, and the story was filed from neither other country");
    }

    @Test
    void aDepartmentIsThatOfTheStorysOneCountryWhoseGovernmentHasDepartments() {
        String story = "The Commerce Department said Japan's chip makers were dumping.";
        assertEquals(
                List.of("Commerce Department (United States)"),
                qualify(story, filedFrom("Washington", "United States", "Japan"), "Commerce Department"));
        assertEquals(
                List.of("Commerce Department"),
                qualify(story, filedFrom("Tokyo", "Japan", "South Korea"), "Commerce Department"),
                "neither has departments");
        String minister = "A minister at the Department of Foreign Affairs said Ireland would sign.";
        assertEquals(
                List.of("Department of Foreign Affairs"),
                qualify(minister, filedFrom("Washington", "United States", "Ireland"), "Department of Foreign Affairs"),
                "the United States' foreign office is the State Department, and the story was not filed in Ireland");
        assertEquals(
                List.of("Foreign Affairs Department (Ireland)"),
                qualify(minister, filedFrom("Dublin", "Ireland", "United States"), "Department of Foreign Affairs"));
        assertEquals(
                List.of("Food Department (Sri Lanka)"),
                qualify("The Food Department bought rice.", filedFrom("Colombo", "Sri Lanka"), "Food Department"),
                "a story that names only the country it was filed from keeps its country");
        assertEquals(
                List.of("Foreign Department"),
                qualify(
                        "Kumakiri, Foreign Department head at the insurer, said London brokers were alert.",
                        filedFrom("Tokyo", "Japan", "United Kingdom"),
                        "Foreign Department"),
                "a department abroad is a country's only in a story filed there");
    }

    @Test
    void theTreasuryOfTheTreasurySecretaryIsTheUnitedStatesAndOfTheChiefSecretaryToItBritain() {
        assertEquals(
                List.of("Treasury (United States)"),
                qualify(
                        "Treasury Secretary James Baker was more enthusiastic than his European peers.",
                        filedFrom("London", "United Kingdom", "United States"),
                        "Treasury"));
        ArticlePlaces noCountries = new ArticlePlaces(List.of(), List.of(), null, List.of());
        assertEquals(
                List.of("Treasury (United Kingdom)"),
                qualify(
                        "Paul Boateng, Chief Secretary to the Treasury, is to step down at the election.",
                        noCountries,
                        "Treasury"));
        assertEquals(
                List.of("Treasury (United States)"),
                qualify(
                        "He briefed the Secretary of the Treasury before the Venice summit.",
                        filedFrom("Rome", "Italy", "United States"),
                        "Treasury"));
    }

    @Test
    void theStateDepartmentIsTheUnitedStatesWhereverTheStoryIsFiled() {
        assertEquals(
                List.of("State Department (United States)"),
                qualify(
                        "TOKYO - Japan was told of the visit, the State Department said.",
                        filedFrom("Tokyo", "Japan"),
                        "State Department"));
        assertEquals(
                List.of("State Department (United States)"),
                qualify("", NO_PLACES, "US State Department"),
                "written with its country, it is the same value");
    }

    @Test
    void theHouseIsTheChamberOfTheOneStoryCountryNewsCallSo() {
        ArticlePlaces usAndJapan = new ArticlePlaces(List.of(), List.of("Japan", "United States"), null, List.of());
        String tradeBill = "The White House said the House would vote on the trade bill that angered Japan. House"
                + " Speaker Jim Wright agreed. A Clearing House official said little.";
        String bothChambers = "Both House and Senate trade bills anger Japan, said a White House aide.";
        assertEquals(
                List.of("House of Representatives (United States)", "White House"),
                qualify(tradeBill, usAndJapan, "House", "White House"),
                "the White House and a clearing house are other names; Japan's chamber is its lower house");
        assertEquals(
                List.of("House of Representatives (United States)"),
                qualify(bothChambers, usAndJapan, "House"),
                "a word that begins a sentence begins no name");
        assertEquals(
                List.of("House of Commons (Canada)"),
                qualify(
                        "Mulroney told the House the oil company would be sold.",
                        filedFrom("Ottawa", "Canada"),
                        "House"));
        assertEquals(
                List.of("House of Representatives (Australia)"),
                qualify("The House passed the budget.", filedFrom("Canberra", "Australia", "Japan"), "House"));
    }

    @Test
    void theHouseTheTextQualifiesIsThatCountrysChamberOrAnotherBody() {
        ArticlePlaces usAndCanada = new ArticlePlaces(List.of(), List.of("Canada", "United States"), null, List.of());
        assertEquals(
                List.of("House of Representatives (United States)"),
                qualify(
                        "Canada objected after the U.S. House of Representatives passed the bill. The House",
                        usAndCanada,
                        "House",
                        "US House"),
                "however written, the chamber is one value");
        assertEquals(
                List.of("House of Representatives (United States)"),
                qualify("The U.S. House of Representatives voted.", usAndCanada, "House of Representatives"));
        assertEquals(
                List.of("House"),
                qualify(
                        "The bill passed the Texas House on Monday. The House vote was close.",
                        filedFrom("Houston", "United States"),
                        "House"),
                "a state's house is not the country's");
        assertEquals(
                List.of("House"),
                qualify("The House will vote in April.", usAndCanada, "House"),
                "both have a chamber called the House");
        assertEquals(
                List.of("House"),
                qualify(
                        "House of the Dead sold well in the US, and the Sydney Opera House hosted the launch.",
                        new ArticlePlaces(List.of(), List.of("United States"), null, List.of()),
                        "House"),
                "no House of the story is a chamber");
    }

    @Test
    void aBodyTheTextQualifiesWithSeveralCountriesStaysBare() {
        String story =
                "Japan's Finance Ministry and Brazil's Finance Ministry met. The Finance Ministry spokesman said.";
        assertEquals(List.of("Finance Ministry"), qualify(story, filedFrom("Tokyo", "Japan"), "Finance Ministry"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Deputies of the European Parliament voted on the budget.",
                "Ministers of the Nakasone Cabinet met on Tuesday.",
                "The firm took its case to the Texas Supreme Court last year.",
            })
    void aBodyTheTextQualifiesWithANameOfNoCountryStaysBare(String sentence) {
        String body = Stream.of("Cabinet", "Supreme Court", "Parliament")
                .filter(sentence::contains)
                .findFirst()
                .orElseThrow();
        String story = "STRASBOURG, June 18 - " + sentence + " The " + body + " will meet again.";
        assertEquals(List.of(body), qualify(story, filedFrom("Strasbourg", "France"), body));
    }

    @Test
    void aCountryEndingTheSentenceBeforeIsNoQualifier() {
        String story = "Rates fell in Japan. Treasury officials in Washington said they were watching.";
        assertEquals(
                List.of("Treasury (United States)"),
                qualify(story, filedFrom("Washington", "United States"), "Treasury"));
    }

    @Test
    void aWordThatOnlyBeginsTheSentenceIsNoQualifier() {
        String story =
                "BANGKOK, May 2 - Floods hit the north.\n    Senior Interior Ministry officials said roads were shut.";
        assertEquals(
                List.of("Interior Ministry (Thailand)"),
                qualify(story, filedFrom("Bangkok", "Thailand"), "Interior Ministry"));
    }

    @Test
    void aCityBeforeTheBodyDoesNotKeepItFromTheStorysCountry() {
        String story = "BONN, March 3 - A Bonn Finance Ministry spokesman said the Finance Ministry had no comment.";
        assertEquals(
                List.of("Finance Ministry (Germany)"),
                qualify(story, filedFrom("Bonn", "Germany"), "Finance Ministry"));
    }

    @ParameterizedTest
    @CsvSource({
        "US Treasury, Treasury (United States)",
        "US Department of Agriculture, Agriculture Department (United States)",
        "Dutch Central Bank, Central Bank (Netherlands)",
        "West German Finance Ministry, Finance Ministry (Germany)",
        "United Arab Emirates Central Bank, Central Bank (United Arab Emirates)",
        "Australian Reserve Bank, Reserve Bank (Australia)",
    })
    void aBodyNamedWithItsCountryIsWrittenAsEveryOtherStorysName(String name, String written) {
        assertEquals(List.of(written), qualify("", NO_PLACES, name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bank of Japan",
                "Finance Committee",
                "Ministry of International Trade and Industry",
                "Labour Party",
                "Bonn Finance Ministry",
                "Shearson Lehman Treasury",
                "Higashi Nippon House",
                "Tokyo Stock Exchange",
                "NAVY",
            })
    void aNameThatIsNoOfficeEveryCountryHasStaysAsItIs(String name) {
        assertEquals(List.of(name), qualify("TOKYO - The " + name + " said.", filedFrom("Tokyo", "Japan"), name));
    }

    @ParameterizedTest
    @CsvSource({
        "Finance Ministry, Finance Ministry",
        "Ministry of Finance, Finance Ministry",
        "Department of the Treasury, Treasury Department",
        "Foreign Trade Ministry, Foreign Trade Ministry",
        "Central Bank, Central Bank",
        "Home Office, Home Office",
    })
    void anOfficeIsNamedWithItsFieldFirst(String name, String office) {
        assertEquals(Optional.of(office), NationalBodies.office(name));
    }
}
