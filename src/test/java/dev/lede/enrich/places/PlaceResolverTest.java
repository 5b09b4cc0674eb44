package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolution against the gazetteer shipped in the resources. */
class PlaceResolverTest {

    private static Gazetteer gazetteer;
    private static PlaceResolver resolver;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
        resolver = new PlaceResolver(gazetteer);
    }

    private static ArticlePlaces resolve(String... mentions) {
        return resolver.resolve(List.of(mentions), null);
    }

    @Test
    void theCountriesAStoryNamesAreThoseOfItsDatelineItsCountryNamesAndItsDemonymsNotThoseOfItsCitiesAlone() {
        ArticlePlaces places = resolver.resolve(
                List.of("Paris", "Japan", "Rome"),
                new Dateline("Washington", null),
                "WASHINGTON - The accord reached in Paris holds, Japanese and Italian officials said. Japan agreed.");
        assertEquals("United States", places.datelineCountry());
        assertEquals(List.of("United States", "France", "Japan", "Italy"), places.countries());
        assertEquals(List.of("United States", "Japan", "Italy"), places.namedCountries());
        assertNull(resolve("Paris").datelineCountry(), "no dateline");
    }

    @Test
    void aHomeCountryReadsAStorysPlacesAsIfTheStoryNamedIt() {
        PlaceResolver british = new PlaceResolver(gazetteer, "GB");
        String text = "Villa lost at Villa Park, and Birmingham won.";
        List<String> mentions = List.of("Villa Park", "Birmingham");
        assertEquals(
                List.of("Illinois, United States", "England, United Kingdom"),
                british.resolve(mentions, null, text).regions(),
                "the gazetteer knows only the Villa Park in Illinois");
        assertEquals(
                List.of("Illinois, United States", "Alabama, United States"),
                resolver.resolve(mentions, null, text).regions());
        assertEquals(
                List.of("England, United Kingdom"),
                british.resolve(List.of("Westminster"), null, "Westminster voted.")
                        .regions());
        assertEquals(
                List.of("Colorado, United States"),
                resolver.resolve(List.of("Westminster"), null, "Westminster voted.")
                        .regions());

        ArticlePlaces filedAbroad = british.resolve(
                List.of("Denver", "Westminster"), new Dateline("Denver", null), "DENVER - Westminster voted.");
        assertEquals(List.of("Colorado, United States"), filedAbroad.regions());
        ArticlePlaces filedAtHome = british.resolve(
                List.of("London", "Westminster"), new Dateline("London", null), "LONDON - Westminster voted.");
        assertEquals(List.of("England, United Kingdom"), filedAtHome.regions());
    }

    @Test
    void twoCapitalsAreTheGreatCityTheyNameWhileTheWiresAbbreviationIsTheState() {
        assertEquals(List.of("Los Angeles"), resolve("LA").places(), "\"his LA home\"");
        assertEquals(List.of("Los Angeles"), resolve("L.A.").places(), "\"Walker Associates Inc of L.A.\"");
        assertEquals(List.of("Hong Kong", "Kuala Lumpur"), resolve("HK", "KL").places());
        assertEquals(List.of("Louisiana"), resolve("La.").places());
        assertEquals(List.of("Louisiana, United States"), resolve("La.").regions());
        assertEquals(List.of("New York"), resolve("NY").places(), "the state's abbreviation, not the city's");
    }

    @Test
    void aTownIsOnlyOneInTheAreaTheStoryWritesAfterIt() {
        ArticlePlaces covington = resolver.resolve(
                List.of("Covington", "La."), null, "It will close its mill in Covington, La., next month.");
        assertEquals(List.of("Covington", "Louisiana"), covington.places(), "no Covington in Louisiana is listed");
        assertEquals(List.of("Louisiana, United States"), covington.regions(), "not Kentucky's Covington");
        ArticlePlaces kentucky =
                resolver.resolve(List.of("Covington"), null, "It will close its mill in Covington, Ky., next month.");
        assertEquals(List.of("Kentucky, United States"), kentucky.regions());
        ArticlePlaces london =
                resolver.resolve(List.of("London", "Ontario"), null, "The firm of London, Ontario, said.");
        assertEquals(List.of("Canada"), london.countries());
        ArticlePlaces dusseldorf =
                resolver.resolve(List.of("Dusseldorf"), null, "Henkel of Dusseldorf, West\nGermany, said.");
        assertEquals(List.of("Düsseldorf"), dusseldorf.places(), "a former name of the country, across a line");
        ArticlePlaces states = resolver.resolve(
                List.of("New York", "California", "Ohio"), null, "New York, California, Ohio and Iowa voted.");
        assertTrue(states.places().contains("New York City"), "a list of states: " + states.places());
        ArticlePlaces possessive = resolver.resolve(
                List.of("New York", "Uruguay"), null, "He spoke in New York, Uruguay's foreign minister said.");
        assertTrue(possessive.places().contains("New York City"), "no address: " + possessive.places());
        ArticlePlaces cordoba = resolver.resolve(
                List.of("Cordoba", "La Pampa"), null, "Rain fell in Cordoba, La Pampa and Buenos Aires.");
        assertEquals(List.of("Argentina"), cordoba.countries(), "\"La\" of \"La Pampa\" is not Louisiana");
        ArticlePlaces list = resolver.resolve(
                List.of("Boston", "Texas", "Ohio"), null, "Boston, Texas and Ohio were the stops of the tour.");
        assertTrue(list.regions().contains("Massachusetts, United States"), "a list, not an address: " + list);
        ArticlePlaces cities =
                resolver.resolve(List.of("Moscow", "London"), null, "Moscow, London, Tokyo: the markets fell.");
        assertEquals(List.of("Russia", "United Kingdom"), cities.countries(), "a town after the comma is no area");
    }

    @Test
    void aPartOfAnAreaByItsDirectionIsInThatAreaAndKeepsItsName() {
        ArticlePlaces texas = resolve("West Texas");
        assertEquals(List.of("West Texas"), texas.places());
        assertEquals(List.of("United States"), texas.countries());
        assertEquals(List.of("Texas, United States"), texas.regions());
        assertEquals(List.of("Canada"), resolve("Eastern Canada").countries());
        assertEquals(List.of("United Kingdom"), resolve("North Wales").countries());
        assertEquals(List.of(), resolve("North Island").countries(), "\"Island\" is only another name of Iceland");
        assertEquals(List.of(), resolve("West Va").countries(), "\"Va\" is only an abbreviation of Virginia");
        assertEquals(List.of(), resolve("East Rutherford").countries(), "a town is no part of another town");
        assertEquals(List.of(), resolve("South Islands").countries(), "a word for a kind of place");
        assertEquals(List.of(), resolve("Central Jersey").countries(), "New Jersey's, not the island's");
    }

    @Test
    void aNameEnglishGivesACityOnlyWithAWordAddedIsTheRegions() {
        ArticlePlaces quebec = resolve("Quebec", "Ontario");
        assertEquals(List.of("Quebec", "Ontario"), quebec.places(), "the province, not Quebec City");
        assertEquals(List.of("Quebec, Canada", "Ontario, Canada"), quebec.regions());
        assertEquals(List.of("Quebec City"), resolve("Quebec City").places());
        assertEquals(List.of("Kursk"), resolve("Kursk").places());
        assertEquals(
                Optional.of(Place.PlaceKind.CITY),
                resolver.best("Kursk", PlaceResolver.Context.EMPTY).map(Place::kind),
                "the city, not Kursk Oblast");
    }

    @Test
    void aRegionNamedAsItsCountryIsNoRegionOfTheStory() {
        ArticlePlaces taipei = resolve("Taipei");
        assertEquals(List.of("Taiwan"), taipei.countries());
        assertEquals(List.of(), taipei.regions(), "GeoNames' region \"Taiwan\" says no more than the country");
        assertEquals(List.of(), resolve("Pointe-à-Pitre").regions(), "Guadeloupe's region \"Guadeloupe\"");
        assertEquals(List.of("Bavaria, Germany"), resolve("Munich").regions());
    }

    @Test
    void aSpellingOfACityKnownAbroadOutranksASmallerTownBearingTheName() {
        ArticlePlaces geneva = resolve("Geneva");
        assertEquals(List.of("Switzerland"), geneva.countries(), "Genève, not Geneva, Illinois");
        assertEquals(List.of("Geneva, Switzerland"), geneva.regions());
        assertEquals(List.of("Ukraine"), resolve("Odessa").countries(), "Odesa, not Odessa, Texas");
        assertEquals(List.of("Saudi Arabia"), resolve("Al Madinah").countries(), "Madinah, not a town in Iraq");
    }

    @Test
    void aCountryByItsEnglishOtherNameOutranksATownOfThatNameAbroad() {
        assertEquals(
                List.of("United Kingdom", "Netherlands", "Luxembourg", "United States"),
                resolve("UK", "Holland", "Luxembourg", "United States").places());
        assertEquals(
                List.of("Michigan, United States"),
                resolve("Holland", "Michigan").regions());
    }

    @Test
    void aCountryNamedInsideItsCapitalsNameStaysTheCountry() {
        assertEquals(
                List.of("Mexico City", "Mexico", "Puerto Vallarta"),
                resolve("Mexico City", "Mexico", "Puerto Vallarta").places());
    }

    @Test
    void aSpellingOfACityLittleKnownAbroadStillYieldsToATownBearingTheName() {
        assertEquals(List.of("United States"), resolve("Sparta").countries(), "Isparta, Turkey, is also Sparta");
        assertEquals(List.of("Colombia"), resolve("Padua").countries(), "Padova's English name is no spelling");
    }

    @Test
    void aTownBearingTheNameStillWinsInItsOwnCountrysStory() {
        assertEquals(
                List.of("Illinois, United States"),
                resolve("Geneva", "Illinois").regions());
        assertEquals(List.of("Texas, United States"), resolve("Odessa", "Texas").regions());
    }

    @Test
    void aCityKnownAbroadOutranksATownThatOnlyTheStorysCountryPointsTo() {
        assertEquals(List.of("Geneva, Switzerland"), resolve("Geneva", "U.S.").regions(), "not Geneva, Illinois");
        assertEquals(
                List.of("Veneto, Italy"), resolve("Venice", "United States").regions(), "not Venice, Florida");
        assertEquals(
                List.of("Massachusetts, United States"),
                resolve("Boston", "Britain").regions(),
                "not Boston, Lincolnshire");
    }

    @Test
    void aTownStaysTheStorysWhenTheStoryNamesOrMayNameARegionOfItsCountry() {
        assertEquals(
                List.of("Georgia, United States"),
                resolve("Athens", "Georgia", "U.S.").regions());
        assertEquals(List.of("United States"), resolve("Winchester", "Ohio").countries());
    }

    @Test
    void aCityKnownAbroadInTheStorysCountryKeepsItsName() {
        assertEquals(List.of("Lebanon"), resolve("Tripoli", "Lebanon").countries(), "not Tripoli, Libya");
    }

    @Test
    void kievAndKyivAreOnePlaceCalledKyiv() {
        assertEquals(List.of("Kyiv"), resolve("Kiev", "Kyiv", "KYIV").places());
    }

    @Test
    void muenchenIsMunichInGermany() {
        ArticlePlaces places = resolve("München");
        assertEquals(List.of("Munich"), places.places());
        assertEquals(List.of("Germany"), places.countries());
    }

    @Test
    void aCityCarriesItsFirstLevelRegionAndACountryCarriesNone() {
        ArticlePlaces places = resolve("Munich", "Germany", "Texas");
        assertEquals(List.of("Bavaria, Germany", "Texas, United States"), places.regions());
    }

    @Test
    void everyUsualNameOfTheUnitedStatesIsOnePlace() {
        ArticlePlaces places = resolve("U.S.", "US", "USA", "America", "United States", "United States of America");
        assertEquals(List.of("United States"), places.places());
        assertEquals(List.of("United States"), places.countries());
    }

    @Test
    void britainAndTheUkAreTheUnitedKingdom() {
        assertEquals(
                List.of("United Kingdom"),
                resolve("Britain", "UK", "U.K.", "Great Britain").places());
    }

    @Test
    void demonymsAreNotPlaces() {
        ArticlePlaces places = resolve("Ukrainian", "Russian", "Americans", "Ukraine");
        assertEquals(List.of("Ukraine"), places.places());
        assertEquals(List.of("Ukraine"), places.countries());
    }

    @Test
    void anAdjectiveOrPluralTheDemonymSourceLeavesOutIsNoPlaceEither() {
        ArticlePlaces places = resolve("Philippine", "Icelandic", "Kazakh", "Spaniards", "Manila");
        assertEquals(List.of("Manila"), places.places());
        assertEquals(List.of("Philippines"), places.countries());
    }

    @Test
    void theEnglishAdjectiveOfACountryPicksThePlaceOfItsCountry() {
        ArticlePlaces cordoba = resolver.resolve(List.of("Cordoba"), null, "Spaniards flocked to the old town.");
        assertEquals(List.of("Spain"), cordoba.countries());
        ArticlePlaces sanFernando =
                resolver.resolve(List.of("San Fernando"), null, "Philippine troops were sent to the town.");
        assertEquals(List.of("Philippines"), sanFernando.countries());
    }

    @Test
    void koreaWrittenAloneIsSouthKoreaAndNorthKoreaStaysItself() {
        assertEquals(List.of("South Korea"), resolve("Korea").countries());
        assertEquals(List.of("North Korea"), resolve("North Korea").countries());
    }

    @Test
    void aCountryNamedAsSuchIsItsOwnCountry() {
        assertEquals(
                List.of("Russia", "Saudi Arabia"),
                resolve("Russia", "Saudi Arabia").countries());
    }

    @Test
    void eachPlaceBringsItsCountryOnce() {
        ArticlePlaces places = resolve("Munich", "Berlin", "Kyiv", "Kursk");
        assertEquals(List.of("Munich", "Berlin", "Kyiv", "Kursk"), places.places());
        assertEquals(List.of("Germany", "Ukraine", "Russia"), places.countries());
    }

    @Test
    void aBareNameIsTheBiggestPlaceOfThatName() {
        assertEquals(List.of("France"), resolve("Paris").countries());
    }

    @Test
    void aNameSharedByPlacesGoesToTheOneInTheRegionTheArticleNames() {
        ArticlePlaces places = resolve("Paris", "Texas");
        assertEquals(List.of("Paris", "Texas"), places.places());
        assertEquals(List.of("United States"), places.countries());
    }

    @Test
    void aMereMentionOfACountryDoesNotOutweighAGreatCity() {
        assertTrue(resolve("United States", "Paris").countries().contains("France"));
    }

    @Test
    void aCityIsMeantRatherThanTheRegionNamedAfterIt() {
        assertEquals(List.of("Kursk"), resolve("Kursk").places());
        assertEquals(List.of("Washington"), resolve("Washington").places());
        assertEquals(List.of("United States"), resolve("Washington").countries());
    }

    @Test
    void aRegionWhoseTownsAreTooSmallToListYieldsToABigRegionOrATownOfItsName() {
        // municipalities of Puerto Rico are first-level regions named after their towns
        assertEquals(List.of("United States"), resolve("Florida").countries());
        assertEquals(List.of("California, United States"), resolve("Salinas").regions());
        assertEquals(List.of("Brazil"), resolve("Rio Grande").countries());
        assertEquals(List.of("Spain"), resolve("San Sebastian").countries());
    }

    @Test
    void aSmallRegionIsStillMeantInAStoryAboutItsCountry() {
        assertEquals(List.of("Puerto Rico"), resolve("Puerto Rico", "Florida").countries());
        assertEquals(List.of("Canada"), resolve("Yukon").countries());
    }

    @Test
    void aParishOfASmallCountryNamedAloneIsNoPlaceOutsideItsCountrysStory() {
        assertEquals(List.of(), resolve("Bride").countries());
        assertEquals(List.of(), resolve("St John").countries());
        assertEquals(List.of("Isle of Man"), resolve("Isle of Man", "Bride").countries());
        assertEquals(List.of("Jersey"), resolve("Jersey", "St John").countries());
    }

    @Test
    void aLargerCountrysRegionWithoutAListedTownKeepsItsName() {
        assertEquals(List.of("Canada"), resolve("Nunavut").countries());
        assertEquals(List.of("Afghanistan"), resolve("Paktika").countries());
    }

    @Test
    void aGreatCitysTransliterationWithoutItsFinalHIsItsSpelling() {
        ArticlePlaces places = resolve("Medina", "Jidda");
        assertEquals(List.of("Medina", "Jeddah"), places.places());
        assertEquals(List.of("Saudi Arabia"), places.countries());
    }

    @Test
    void regionsArePlacesWithTheirCountry() {
        ArticlePlaces places = resolve("Bavaria", "England");
        assertEquals(List.of("Bavaria", "England"), places.places());
        assertEquals(List.of("Germany", "United Kingdom"), places.countries());
    }

    @Test
    void georgiaIsTheStateInAnArticleAboutAtlanta() {
        assertEquals(List.of("United States"), resolve("Atlanta", "Georgia").countries());
        assertEquals(List.of("Georgia"), resolve("Georgia").countries());
    }

    @Test
    void aContinentIsNoTownThatSharesOrOnceBoreItsName() {
        ArticlePlaces places = resolve("Africa", "Asia", "Southeast Asia", "Kenya");
        assertEquals(List.of("Africa", "Asia", "Southeast Asia", "Kenya"), places.places());
        assertEquals(List.of("Kenya"), places.countries());
        assertEquals(List.of(), places.regions());
    }

    /** Every part of the world in the shipped gazetteer, in every form it lists, against every town and region. */
    @Test
    void noPartOfTheWorldResolvesToATownOrRegion() throws IOException {
        Gazetteer gazetteer = Gazetteer.load();
        List<String> forms = worldRegionForms();
        assertTrue(forms.size() > 20, forms.toString());
        for (String form : forms) {
            assertTrue(gazetteer.isWorldRegion(form), form);
            ArticlePlaces places = resolve(form);
            assertEquals(List.of(form), places.places(), form);
            assertEquals(List.of(), places.countries(), form);
        }
    }

    @Test
    void aTownIsNotFoundUnderItsFormerNameOrATranslationElsewhere() {
        ArticlePlaces rugby = resolve("Twickenham", "England");
        assertEquals(List.of("Twickenham", "England"), rugby.places());
        assertEquals(List.of("United Kingdom"), rugby.countries());
        assertEquals(
                List.of("United States"), resolve("White House", "Washington").countries());
    }

    /**
     * Every town of the shipped gazetteer under each of its other names that is no spelling of its own, nor the name
     * English news writes ({@link PlaceLabels}: "Bruges" for Brugge): alone, the name never finds the town.
     */
    @Test
    void noTownIsFoundAloneUnderANameThatIsNoSpellingOfItsOwn() throws IOException {
        int checked = 0;
        for (String[] town : records("P")) {
            String name = town[1];
            long population = Long.parseLong(town[4]);
            if (population >= PlaceResolver.GREAT_CITY_POPULATION || town[6].isEmpty()) {
                continue;
            }
            for (String other : town[6].split("\\|")) {
                if (!Spellings.areVariants(other, name)) {
                    checked++;
                    Optional<Place> found = resolver.best(other, PlaceResolver.Context.EMPTY);
                    assertFalse(
                            found.isPresent()
                                    && found.get().name().equals(name)
                                    && found.get().countryCode().equals(town[2])
                                    && found.get().population() == population
                                    && !PlaceKeys.of(gazetteer.label(found.get()))
                                            .equals(PlaceKeys.of(other)),
                            other + " → " + name + ", " + town[2]);
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    @Test
    void aCityIsFoundUnderItsNameInEnglishInAStoryAboutItsCountry() {
        assertEquals(
                List.of("Braunschweig", "Germany"),
                resolve("Brunswick", "Germany").places());
        assertEquals(List.of("Dunkirk", "France"), resolve("Dunkirk", "France").places());
        assertEquals(
                List.of("Oświęcim", "Poland"), resolve("Auschwitz", "Poland").places());
    }

    @Test
    void aGreatCityIsFoundAloneUnderItsFormerOrEnglishName() {
        assertEquals(List.of("Mumbai"), resolve("Bombay").places());
        assertEquals(List.of("Beijing"), resolve("Peking").places());
        assertEquals(List.of("Saint Petersburg"), resolve("Leningrad").places());
        assertEquals(List.of("Cologne"), resolve("Cologne").places());
        assertEquals(List.of("Gothenburg"), resolve("Gothenburg").places());
        assertEquals(List.of("Almaty"), resolve("Alma-Ata").places(), "a hyphenated name is one word");
        assertEquals(List.of("Casablanca"), resolve("Casablanca").places());
        assertEquals(List.of("White House"), resolve("White House").places(), "not Casablanca's name in English");
    }

    @Test
    void aTownIsShownByTheNameEnglishNewsWritesAndFoundByGeoNamesOne() {
        assertEquals(List.of("Geneva"), resolve("Genève").places(), "English has a name of its own");
        assertEquals(List.of("Mecca"), resolve("Makkah").places());
        assertEquals(List.of("Herat", "Rafah"), resolve("Herāt", "Rafaḩ").places(), "no transliteration marks");
        assertEquals(List.of("Zürich", "Kraków"), resolve("Zurich", "Krakow").places(), "a Latin script's own letters");
        assertEquals(List.of("Constanţa"), resolve("Constanta").places(), "a Romanian cedilla is a letter");
        assertEquals(List.of("Al Anbar, Iraq"), resolve("Fallujah").regions());
        assertEquals(List.of("Bruges"), resolve("Bruges").places(), "English's own name finds the town alone");
        assertEquals(List.of("Germany"), resolve("Hanover").countries(), "not the parish in Jamaica");
    }

    @Test
    void aCapitalsNameIsTheCapitalThoughItsCountryHasItAsAnAlias() {
        ArticlePlaces tunis = resolve("Tunis");
        assertEquals(List.of("Tunis"), tunis.places());
        assertEquals(List.of("Tunisia"), tunis.countries());
        assertEquals(List.of("Netherlands"), resolve("Holland").countries(), "no capital's name");
        assertEquals(resolve("Macao").places(), resolve("Macau").places(), "a city state's capital is the state");
    }

    @Test
    void aSpellingOfACitysNameFindsItAlone() {
        assertEquals(List.of("Basel"), resolve("Basle").places());
        assertEquals(List.of("Kharkiv"), resolve("Kharkov").places());
        assertEquals(List.of("Düsseldorf"), resolve("Duesseldorf").places());
        assertEquals(List.of("Frankfurt"), resolve("Frankfurt am Main").places());
        assertEquals(List.of("Saint-Étienne"), resolve("St Etienne").places());
    }

    /** Tags given with an article ("usa", "japan") read "Usa", which GeoNames also lists for a Japanese town. */
    @Test
    void aCountrysAbbreviationOutweighsATownsOtherNameInItsCountrysStory() {
        assertEquals(List.of("United States", "Japan"), resolve("Usa", "Japan").places());
    }

    @Test
    void aCountyIsNoTownAbroadNamedAfterIt() {
        ArticlePlaces hunt = resolve("Kent", "London");
        assertEquals(List.of("Kent", "London"), hunt.places());
        assertEquals(List.of("United Kingdom"), hunt.countries());
        assertEquals(List.of("England, United Kingdom"), hunt.regions());
        assertEquals(List.of("United Kingdom"), resolve("Cornwall").countries());
        assertEquals(List.of("Ireland"), resolve("Kilkenny", "Dublin").countries());
    }

    /** Every second-level region of the shipped gazetteer, named in a story with its country, lies in that country. */
    @Test
    void everySecondLevelRegionNamedWithItsCountryIsInIt() throws IOException {
        Gazetteer gazetteer = Gazetteer.load();
        List<String[]> regions = records("S");
        assertTrue(regions.size() > 300, "second-level regions: " + regions.size());
        for (String[] region : regions) {
            String country =
                    gazetteer.country(region[1].substring(0, 2)).orElseThrow().name();
            ArticlePlaces places = resolve(region[2], country);
            assertEquals(List.of(country), places.countries(), region[2] + ", " + country);
        }
    }

    /** A part of the world that is also a country's name is that country. */
    @Test
    void aPartOfTheWorldNamedLikeACountryIsTheCountry() {
        assertEquals(List.of("Micronesia"), resolve("Micronesia").countries());
        assertEquals(List.of("South Africa"), resolve("South Africa").countries());
    }

    private static List<String> worldRegionForms() throws IOException {
        return records("W").stream()
                .flatMap(fields -> Stream.concat(
                        Stream.of(fields[1]), fields[2].isEmpty() ? Stream.empty() : Stream.of(fields[2].split("\\|"))))
                .toList();
    }

    /** The fields of the shipped gazetteer's records of one kind ("P" for towns, "W" for parts of the world). */
    private static List<String[]> records(String kind) throws IOException {
        try (InputStream in = new GZIPInputStream(Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.startsWith(kind + "\t"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        }
    }

    @Test
    void placesTheGazetteerDoesNotKnowStayAsFound() {
        ArticlePlaces places = resolve("Middle East", "Kyiv");
        assertEquals(List.of("Middle East", "Kyiv"), places.places());
        assertEquals(List.of("Ukraine"), places.countries());
        assertNull(places.dateline());
    }

    @Test
    void aSectionOfACityCountsOnlyInAStoryAboutItsCountry() {
        assertEquals(
                List.of("New York, United States"),
                resolve("Harlem", "New York").regions());
        assertEquals(
                List.of("England, United Kingdom"),
                resolve("Chelsea", "England").regions());
        assertEquals(List.of(), resolve("Palm Beach").countries(), "a suburb of Sydney, in a story about nowhere");
        assertEquals(
                List.of("Jamaica", "United States"),
                resolve("Jamaica", "United States").countries());
    }

    @Test
    void aSectionKnownAbroadByItsOwnNameCountsAnywhere() {
        assertEquals(
                List.of("California, United States"),
                resolve("Hollywood").regions(),
                "Los Angeles' Hollywood, not the smaller town in Florida");
        assertEquals(List.of("England, United Kingdom"), resolve("Wimbledon").regions());
        assertEquals(
                List.of("California, United States"), resolve("Beverly Hills").regions());
    }

    @Test
    void aRegionKeepsItsOwnNameWhereATownOfTheNameHasAnEnglishOne() {
        ArticlePlaces montreal = resolve("Montreal");
        assertEquals(List.of("Quebec, Canada"), montreal.regions(), "the province, not \"Quebec City\"");
        assertEquals(List.of("Quebec City"), resolve("Quebec City").places());
        assertEquals(List.of("Quebec, Canada"), resolve("Quebec City").regions());
    }

    @Test
    void theStorysDemonymsPickThePlaceOfTheirCountry() {
        ArticlePlaces athens =
                resolver.resolve(List.of("Athens", "Chicago"), null, "The Greek sprinters missed a test in Chicago.");
        assertEquals(List.of("Greece", "United States"), athens.countries());
        ArticlePlaces geneva = resolver.resolve(List.of("Geneva"), null, "Swiss officials hosted the talks.");
        assertEquals(List.of("Switzerland"), geneva.countries());
        ArticlePlaces hanover = resolver.resolve(List.of("Hanover"), null, "German carmakers showed their models.");
        assertEquals(List.of("Germany"), hanover.countries());
    }

    @Test
    void aDemonymAddsNoPlaceOrCountryOfItsOwn() {
        ArticlePlaces places = resolver.resolve(List.of("Chicago"), null, "Greek officials flew to Chicago.");
        assertEquals(List.of("Chicago"), places.places());
        assertEquals(List.of("United States"), places.countries());
        ArticlePlaces unknown =
                resolver.resolve(List.of(), new Dateline("MARSABITO", null), "Kenyan police said on Monday.");
        assertEquals(List.of(), unknown.countries());
    }

    @Test
    void theDatelineIsTheFirstPlaceAndBringsItsCountry() {
        ArticlePlaces places = resolver.resolve(List.of("Ukraine"), new Dateline("WASHINGTON", null));
        assertEquals("Washington", places.dateline());
        assertEquals(List.of("Washington", "Ukraine"), places.places());
        assertEquals(List.of("United States", "Ukraine"), places.countries());
    }

    @Test
    void aDatelineQualifierNamesTheCountryOfAnUnknownTown() {
        ArticlePlaces places = resolver.resolve(List.of(), new Dateline("MARSABITO", "Kenya"));
        assertEquals("Marsabito", places.dateline());
        assertEquals(List.of("Marsabito"), places.places());
        assertEquals(List.of("Kenya"), places.countries());
    }

    @Test
    void aDatelineQualifierPicksThePlaceOfThatName() {
        ArticlePlaces places = resolver.resolve(List.of(), new Dateline("PARIS", "Texas"));
        assertEquals("Paris", places.dateline());
        assertEquals(List.of("United States"), places.countries());
    }

    @Test
    void wireAbbreviationsOfStatesQualifyADateline() {
        ArticlePlaces places = resolver.resolve(List.of(), new Dateline("SANTA CRUZ", "Calif."));
        assertEquals("Santa Cruz", places.dateline());
        assertEquals(List.of("United States"), places.countries());
        assertEquals(
                List.of("United States"),
                resolver.resolve(List.of(), new Dateline("COMMACK", "N.Y.")).countries());
    }

    @Test
    void aStateWrittenInItsOtherWireAbbreviationsIsThatState() {
        assertEquals(
                List.of("Pennsylvania"), resolver.resolve(List.of("Penn"), null).places());
        assertEquals(
                List.of("Pennsylvania"),
                resolver.resolve(List.of("Penna."), null).places());
        assertEquals(
                List.of("West Virginia"),
                resolver.resolve(List.of("W. Va"), null).places());
    }

    @Test
    void nothingToResolveGivesNothing() {
        assertEquals(ArticlePlaces.NONE, resolver.resolve(List.of(), null));
    }

    @Test
    void aRegionNamedWithoutItsKindNeedsItsCountryInTheArticle() {
        assertEquals(List.of("Gulf"), resolve("Gulf").places());
        assertEquals(List.of(), resolve("Gulf").countries());
        assertEquals(
                List.of("Papua New Guinea"), resolve("Papua New Guinea", "Gulf").countries());
        assertEquals(List.of("Papua New Guinea"), resolve("Gulf Province").countries());
    }

    @Test
    void aNameWrittenOnlyAfterTheIsACountryOrNeedsContext() {
        assertEquals(List.of("White House"), resolve("the White House").places());
        assertEquals(List.of(), resolve("the White House").countries());
        assertEquals(List.of("Netherlands"), resolve("the Netherlands").countries());
        assertEquals(List.of("Kharg Island"), resolve("Kharg island").places());
    }

    @Test
    void aNameAfterTheThatQualifiesTheNameAfterItNeedsNoContext() {
        String olympics = "Kenteris won gold at the Sydney Olympics and trained in Chicago.";
        assertEquals(
                List.of("Australia", "United States"),
                resolveIn(olympics, "Sydney", "Chicago").countries(),
                "the Olympics' \"the\", not Sidney, Ohio by its other name");
        assertEquals(
                List.of("France"),
                resolveIn("Shares of the Paris-based group fell.", "Paris").countries());
        assertEquals(
                List.of(), resolveIn("Barges sailed up the Sydney.", "Sydney").countries());
        String sea = "Gulf Canada dumped waste into the Beaufort Sea, and mud into the Beaufort at its rig.";
        assertEquals(List.of(), resolveIn(sea, "Beaufort").countries(), "the sea's name, no town in Malaysia");
    }

    @Test
    void aGreatPlaceAfterTheBeforeTheWordItQualifiesIsThePlace() {
        String accord = "Japan will seek to strengthen the Paris accord on currencies, officials said in Washington.";
        assertEquals(
                List.of("France", "United States"),
                resolveIn(accord, "Paris", "Washington").countries(),
                "not Paris, Texas, for want of France in the story");
        assertEquals(
                List.of("Switzerland"),
                resolveIn("Saab showed the car at the Geneva motor show.", "Geneva")
                        .countries());
        assertEquals(
                List.of("England, United Kingdom"),
                resolveIn("Bath must improve their offer to the England captain.", "England")
                        .regions(),
                "a great region as much as a great city");
        assertEquals(
                List.of("Ontario, Canada", "Quebec, Canada"),
                resolveIn("Shares fell on the Toronto and Montreal exchanges.", "Toronto", "Montreal")
                        .regions());
        assertEquals(
                List.of(),
                resolveIn(
                                "It sued in the Central District court, over the Oriental fruit fly.",
                                "Central District",
                                "Oriental")
                        .countries(),
                "no region named only by words of direction and district, Israel's or Morocco's");
        assertEquals(
                List.of(),
                resolveIn("Filed in the Central District of California.", "Central District")
                        .countries(),
                "\"of\" goes on with the name");
        String hotels = "He owns the Savoy, the Berkeley, and the Connaught in London.";
        assertEquals(
                List.of("United Kingdom"),
                resolveIn(hotels, "Berkeley", "London").countries(),
                "a name after \"the\" and before no word it qualifies is a common-noun phrase");
        assertEquals(
                List.of(),
                resolveIn("Lobbyists crowded the Hill yesterday.", "Hill").countries(),
                "no great city");
    }

    @Test
    void formerStatesGiveTodaysCountry() {
        assertEquals(List.of("Russia"), resolve("Soviet Union").countries());
        assertEquals(List.of("Russia"), resolve("USSR").countries());
        assertEquals(List.of("Germany"), resolve("West Germany").countries());
        assertEquals(List.of("Sri Lanka"), resolve("Ceylon").countries());
        assertEquals(List.of("Yemen"), resolve("Yemen Arab Republic").countries(), "North Yemen's official name");
        assertEquals(List.of("Canada"), resolve("Newfoundland").countries(), "Newfoundland and Labrador");
        assertEquals(List.of("Czechia"), resolve("Czechoslovakia").countries());
        assertEquals(List.of("Taiwan"), resolve("Formosa").countries());
        assertEquals(List.of("Kyrgyzstan"), resolve("Kirghizia").countries());
        assertEquals(List.of("Namibia"), resolve("South West Africa").places());
        assertEquals(
                List.of("Argentina"),
                resolve("Formosa", "Argentina").countries(),
                "Formosa is also a province of Argentina");
    }

    @Test
    void aDatelineQualifierIsReadAsARegion() {
        ArticlePlaces birmingham = resolver.resolve(List.of(), new Dateline("BIRMINGHAM", "Ala."));
        assertEquals(List.of("United States"), birmingham.countries());
        ArticlePlaces hanover = resolver.resolve(List.of(), new Dateline("HANOVER", "West Germany"));
        assertEquals(List.of("Germany"), hanover.countries());
    }

    @Test
    void aDatelinePlaceKnownOnlyOutsideItsQualifiersCountryIsNotThatPlace() {
        ArticlePlaces kenilworth = resolver.resolve(List.of(), new Dateline("KENILWORTH", "N.J."));
        assertEquals("Kenilworth", kenilworth.dateline());
        assertEquals(List.of("United States"), kenilworth.countries());
        ArticlePlaces stoke = resolver.resolve(List.of(), new Dateline("STOKE ON TRENT", "Ontario"));
        assertEquals(List.of("Canada"), stoke.countries());
        ArticlePlaces lima = resolver.resolve(List.of(), new Dateline("LIMA", "Ohio"));
        assertEquals(List.of("United States"), lima.countries());
    }

    @Test
    void aDatelinePlaceOutsideTheRegionItsQualifierNamesIsNotThatPlace() {
        ArticlePlaces southport = resolver.resolve(List.of(), new Dateline("SOUTHPORT", "Conn."));
        assertEquals("Southport", southport.dateline(), "GeoNames' other name of Kenosha, Wisconsin");
        assertEquals(List.of("United States"), southport.countries());
        assertEquals(List.of("Connecticut, United States"), southport.regions());
        ArticlePlaces monticello = resolver.resolve(List.of(), new Dateline("MONTICELLO", "N.Y."));
        assertEquals(List.of("New York, United States"), monticello.regions(), "not Godfrey, Illinois");
        ArticlePlaces portland = resolver.resolve(List.of(), new Dateline("PORTLAND", "Maine"));
        assertEquals(List.of("Maine, United States"), portland.regions(), "not the bigger Portland in Oregon");
    }

    @Test
    void aDatelineNamesATownByItsOwnNameNotByAnotherGeoNamesListsForIt() {
        ArticlePlaces greatNeck = resolver.resolve(List.of(), new Dateline("GREAT NECK", "N.Y."));
        assertEquals("Great Neck", greatNeck.dateline(), "GeoNames lists it among Copiague's names");
        assertEquals(List.of("New York, United States"), greatNeck.regions());
        ArticlePlaces totowa = resolver.resolve(List.of(), new Dateline("TOTOWA", "N.J."));
        assertEquals("Totowa", totowa.dateline(), "not Paterson");
        assertEquals(
                "Mumbai",
                resolver.resolve(List.of(), new Dateline("BOMBAY", null)).dateline());
        assertEquals(
                List.of("Russia"),
                resolver.resolve(List.of(), new Dateline("LENINGRAD", null)).countries());
    }

    @Test
    void theBodysMentionOfSuchADatelinePlaceDoesNotBringTheOtherPlaceBack() {
        ArticlePlaces places = resolver.resolve(
                List.of("Warrington", "Idaho"), new Dateline("WARRINGTON", "Pa."), "Warrington's unit sells in Idaho.");
        assertEquals(List.of("Warrington", "Idaho"), places.places());
        assertEquals(List.of("United States"), places.countries());
    }

    private static ArticlePlaces resolveIn(String text, String... mentions) {
        return resolver.resolve(
                List.of(mentions).stream()
                        .map(m -> PlaceNames.marked(m, text, gazetteer))
                        .toList(),
                null);
    }

    @Test
    void aNameAStateSharesWithACountryIsWhatTheNamesListedWithItAre() {
        assertEquals(
                List.of("Ukraine", "Georgia", "United States"),
                resolveIn(
                                "Ink was used in former Soviet republics, notably Ukraine and Georgia. US officials"
                                        + " in Washington praised it.",
                                "Ukraine",
                                "Georgia",
                                "Washington")
                        .countries());
        assertEquals(
                List.of("Samoa", "France", "Italy", "Georgia", "United States"),
                resolveIn(
                                "They play Samoa, France, Italy, Georgia and Chinese Taipei; the USA host.",
                                "Samoa",
                                "France",
                                "Italy",
                                "Georgia",
                                "USA")
                        .countries());
        assertEquals(
                List.of("Georgia, United States", "Alabama, United States"),
                resolveIn("Storms hit Georgia and Alabama, and Russia sent aid.", "Georgia", "Alabama", "Russia")
                        .regions());
    }

    @Test
    void theCountryOfTheStateListedWithItSaysNothing() {
        assertEquals(
                List.of("United States"),
                resolveIn("She lives in Georgia, USA.", "Georgia", "USA").countries());
        String address = "Vitro SA of Monterrey, Nuevo Leon, Mexico, plans a venture.";
        assertEquals(
                "Mexico", PlaceNames.marked("Mexico", address, gazetteer), "a region before a comma is an address");
        String renamed = "Its name was changed by the bank to \"Taipei, China.\"";
        assertEquals("Taipei", PlaceNames.marked("Taipei", renamed, gazetteer), "no country is called Taipei");
    }

    @Test
    void aNameAStateSharesWithACountryIsTheStateWhereItsWordsSaySo() {
        assertEquals(
                List.of("United States"),
                resolveIn("The governor of Georgia signed the bill. Exports to Japan rose.", "Georgia", "Japan")
                        .countries()
                        .subList(0, 1));
        assertEquals(
                List.of("Georgia, United States"),
                resolveIn("Georgia's legislature passed the bill.", "Georgia").regions());
        assertEquals(
                List.of("United States"),
                resolveIn("Senators from Georgia and Oklahoma objected.", "Georgia", "Oklahoma")
                        .countries());
    }

    @Test
    void aNameAStateSharesWithACountryIsTheCountryWhereItsWordsSaySo() {
        assertEquals(
                List.of("Georgia", "United States"),
                resolveIn("The Georgian president met officials in Washington.", "Georgia", "Washington")
                        .countries());
        assertEquals(
                List.of("Georgia", "United States"),
                resolveIn("Georgia's parliament voted as Washington watched.", "Georgia", "Washington")
                        .countries());
        assertEquals(
                List.of("Georgia"),
                resolveIn("Officials met in Tbilisi, Georgia.", "Tbilisi", "Georgia")
                        .countries());
    }

    @Test
    void contradictingWordsLeaveTheOtherPlacesToDecide() {
        assertEquals(
                List.of("United States"),
                resolveIn(
                                "The governor of Georgia met the Georgian president in Atlanta, Georgia.",
                                "Georgia",
                                "Atlanta")
                        .countries());
    }

    @Test
    void aDirectionWordAloneIsAPlaceOnlyInItsCountrysStory() {
        ArticlePlaces western = resolve("Western", "Central", "Europe");
        assertEquals(List.of("Europe"), western.places());
        assertEquals(List.of(), western.countries());
        assertEquals(List.of("Middle East"), resolve("Middle East").places());
    }

    @Test
    void aWordForAKindOfStateAloneIsNoPlaceButATownOfThatNameStays() {
        assertEquals(List.of("Saudi Arabia"), resolve("Kingdom", "Saudi Arabia").places());
        assertEquals(
                List.of("Wales"),
                resolve("the Principality", "Wales", "States", "County").places());
        ArticlePlaces union = resolver.resolve(List.of("Union"), new Dateline("UNION", "N.J."));
        assertEquals("Union", union.dateline());
        assertEquals(List.of("United States"), union.countries());
    }

    @Test
    void aDistrictNameManyTownsUseBringsNoFarAwayCity() {
        assertEquals(List.of("Kenya"), resolve("Mombasa", "Old Town").countries());
        assertEquals(List.of("Czechia"), resolve("Prague", "Old Town").countries());
        assertEquals(List.of("United Kingdom"), resolve("Edinburgh", "New Town").countries());
        assertEquals(List.of("Canada"), resolve("Toronto", "Downtown").countries());
        assertEquals(List.of("Kenya"), resolve("Nairobi", "Westside").countries());
        assertEquals(List.of("United States"), resolve("Chicago", "North Side").countries());
        assertEquals(
                List.of("Australia"),
                resolve("Sydney", "City Centre", "Chinatown", "Harbour").countries());
        assertEquals(
                List.of("Nigeria"),
                resolve("Lagos", "the Old City", "Waterfront").countries());
    }

    @Test
    void aCityKnownAbroadByTheNameWrittenIsWhatItMeans() {
        assertEquals(List.of("New Delhi"), resolve("New Delhi").places(), "the capital, not Delhi around it");
        assertEquals(
                List.of("New Delhi"), resolve("India", "New Delhi").places().subList(1, 2));
        assertEquals(List.of("United States"), resolve("Monterey").countries(), "not Monterrey, Mexico");
        assertEquals(List.of("Mexico"), resolve("Mexico", "Monterey").countries(), "a Mexican story's misspelling");
        assertEquals(List.of("Mumbai"), resolve("Bombay").places(), "no city known abroad is called Bombay");
    }

    @Test
    void theFeatureATownGrewByNamesNoTownOfItsOwn() {
        ArticlePlaces creek = resolve("Texas", "Creek");
        assertEquals(List.of("Texas", "Creek"), creek.places(), "GeoNames lists \"Creek\" among Baytown's names");
        assertEquals(List.of("Trenton"), resolve("Trenton").places());
        assertEquals(List.of("The Falls"), resolve("The Falls").places(), "another of Trenton's");
        assertEquals(List.of("Baytown"), resolve("Baytown").places());
        assertEquals(List.of("Junction City"), resolve("Junction City").places());
    }

    @Test
    void aDistrictNameStaysAsWrittenAndBringsNoCountryOfItsOwn() {
        ArticlePlaces alone = resolve("Old Town", "Downtown", "North Side");
        assertEquals(List.of("Old Town", "Downtown", "North Side"), alone.places());
        assertEquals(List.of(), alone.countries());
        assertEquals(List.of(), alone.regions());
    }

    @Test
    void aPlaceWhoseOwnNameIsDescriptiveIsFoundInItsCountrysStory() {
        assertEquals(
                List.of("Cayman Islands"),
                resolve("Cayman Islands", "North Side").countries());
        assertEquals(List.of("Jamaica"), resolve("Jamaica", "Old Harbour").countries());
    }

    @Test
    void realOtherNamesAndShortFormsStillResolve() {
        assertEquals(List.of("Mumbai"), resolve("Bombay").places());
        assertEquals(List.of("Beijing"), resolve("Peking").places());
        assertEquals(List.of("Ho Chi Minh City"), resolve("Saigon").places());
        assertEquals(List.of("Las Vegas"), resolve("Vegas").places());
        assertEquals(List.of("Saint Petersburg"), resolve("Leningrad").places());
        assertEquals(List.of("Kyiv"), resolve("Kiev").places());
    }
}
