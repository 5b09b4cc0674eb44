package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.enrich.places.Place.PlaceKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder on a tiny hand-made copy of the data files, in their real formats. */
class GazetteerBuilderTest {

    @TempDir
    static Path dir;

    private static byte[] resource;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void buildFromFixture() throws IOException {
        Files.writeString(dir.resolve("countryInfo.txt"), """
                # GeoNames country table
                #ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea\tPopulation\tContinent
                DE\tDEU\t276\tGM\tGermany\tBerlin\t357021\t82927922\tEU
                UA\tUKR\t804\tUP\tUkraine\tKyiv\t603700\t44622516\tEU
                US\tUSA\t840\tUS\tUnited States\tWashington\t9629091\t327167434\tNA
                RU\tRUS\t643\tRS\tRussia\tMoscow\t17100000\t144478050\tEU
                ZA\tZAF\t710\tSF\tSouth Africa\tPretoria\t1219912\t57779622\tAF
                CS\tSCG\t891\tYI\tSerbia and Montenegro\tBelgrade\t102350\t10829175\tEU
                GB\tGBR\t826\tUK\tUnited Kingdom\tLondon\t244820\t66488991\tEU
                """);
        Files.writeString(dir.resolve("admin1CodesASCII.txt"), """
                DE.02\tBavaria\tBavaria\t2951839
                UA.13\tKiev\tKiev\t703446
                RU.41\tKursk Oblast\tKursk Oblast\t538555
                US.TX\tTexas\tTexas\t4736286
                US.CA\tCalifornia\tCalifornia\t5332921
                US.NY\tNew York\tNew York\t5128638
                US.FL\tFlorida\tFlorida\t4155751
                US.LA\tLouisiana\tLouisiana\t4331033
                US.WA\tWashington\tWashington\t5815762
                GB.ENG\tEngland\tEngland\t6269131
                GB.NIR\tNorthern Ireland\tNorthern Ireland\t2641364
                GB.SCT\tScotland\tScotland\t2638360
                GB.WLS\tWales\tWales\t2634895
                """);
        // the second level of a country whose first has at most four parts (Texas' counties are left out)
        gzip("admin2Codes.txt.gz", """
                GB.ENG.G5\tKent\tKent\t3333158
                GB.ENG.O3\tBorough of Thurrock\tBorough of Thurrock\t3333203
                US.TX.201\tHarris County\tHarris County\t4696376
                GB.ENG\tNo Second Level\tNo Second Level\t1
                """);
        gzip(
                "cities15000.txt.gz",
                city("703448", "Kyiv", "Kyiv", "IEV,Kiev,Kijów,Київ,kyiv city", "PPLC", "UA", "12", "2797553")
                        + city("2867714", "Munich", "Munich", "MUC,München,Munchen", "PPLA", "DE", "02", "1260391")
                        + city("4717560", "Paris", "Paris", "PRX,Paris", "PPLA2", "US", "TX", "24782")
                        + city("2950000", "Schwabing", "Schwabing", "", "PPLX", "DE", "02", "100000")
                        // towns named like continents, now or formerly
                        + city("4500000", "Asia", "Asia", "", "PPL", "US", "TX", "23000")
                        + city("4500001", "Mahdiya", "Mahdiya", "Africa,Mehdiya", "PPLA2", "US", "TX", "52000")
                        + city("5799841", "Kent", "Kent", "", "PPL", "US", "WA", "136588")
                        // great cities with two-letter names, one of which is also their state's
                        + city("5368361", "Los Angeles", "Los Angeles", "LAX,L.A.,LA", "PPLA2", "US", "CA", "3820914")
                        + city("5128581", "New York City", "New York City", "NYC,NY", "PPL", "US", "NY", "8804190")
                        + city("5393212", "Santa Monica", "Santa Monica", "SM", "PPL", "US", "CA", "93076"));
        gzip("countries.json.gz", """
                [{"name": {"common": "United States", "official": "United States of America"}, "cca2": "US",
                  "altSpellings": ["US", "USA", "United States of America"], "region": "Americas",
                  "subregion": "North America", "demonyms": {"eng": {"f": "American", "m": "American"}}},
                 {"name": {"common": "Ukraine", "official": "Ukraine"}, "cca2": "UA", "altSpellings": ["UA", "Ukrayina"],
                  "region": "Europe", "subregion": "Eastern Europe",
                  "demonyms": {"eng": {"f": "Ukrainian", "m": "Ukrainian"}}},
                 {"name": {"common": "South Africa", "official": "Republic of South Africa"}, "cca2": "ZA",
                  "altSpellings": ["ZA"], "region": "Africa", "subregion": "Southern Africa"},
                 {"name": {"common": "Vietnam", "official": "Socialist Republic of Vietnam"}, "cca2": "VN",
                  "altSpellings": ["VN"], "region": "Asia", "subregion": "South-Eastern Asia"}]
                """);
        gzip("country_aliases.csv.gz", """
                iso3c,iso2c,language,is_official_language,label,label_type
                USA,US,en,true,the US,alias
                USA,US,en,true,U.S.,alias
                USA,US,en,true,America,alias
                USA,US,en,true,the States,alias
                USA,US,en-gb,false,"States, United",alias
                USA,US,de,false,Vereinigte Staaten,official
                UKR,UA,en,false,ua,alias
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(new GazetteerBuilder.Summary(6, 13, 2, 10, 8), GazetteerBuilder.build(dir, out));
        resource = out.toByteArray();
        gazetteer = Gazetteer.read(new ByteArrayInputStream(resource));
    }

    private static String city(
            String id,
            String name,
            String ascii,
            String alternates,
            String feature,
            String country,
            String admin1,
            String population) {
        return String.join(
                        "\t",
                        id,
                        name,
                        ascii,
                        alternates,
                        "50.4",
                        "30.5",
                        "P",
                        feature,
                        country,
                        "",
                        admin1,
                        "",
                        "",
                        "",
                        population,
                        "",
                        "179",
                        "Europe/Kyiv",
                        "2025-11-19")
                + "\n";
    }

    /** The first place of that kind the name finds. */
    private static Place first(String name, PlaceKind kind) {
        return gazetteer.candidates(name).stream()
                .map(Gazetteer.Candidate::place)
                .filter(place -> place.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static void gzip(String name, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> names(String lookup) {
        return gazetteer.candidates(lookup).stream().map(c -> c.place().name()).toList();
    }

    @Test
    void citiesAreFoundByTheirLatinAlternateNames() {
        assertTrue(names("Kiev").contains("Kyiv"), names("Kiev").toString());
        assertEquals(List.of("Munich"), names("München"));
        assertEquals(List.of("Munich"), names("MUNCHEN"));
    }

    @Test
    void theSecondLevelOfACountryWithFewFirstLevelRegionsIsKept() {
        Place kent = first("Kent", PlaceKind.REGION);
        assertEquals(new Place("Kent", PlaceKind.REGION, "GB", "GB.ENG", 0, "ADM2"), kent);
        assertTrue(kent.isSecondLevelRegion());
        assertEquals(List.of("Thurrock"), names("Borough of Thurrock"), "named as news writes it");
        assertEquals(List.of(), names("Harris County"), "Texas is one of more than four first-level regions");
        assertEquals(List.of(), names("No Second Level"), "a code without its second level is skipped");
    }

    @Test
    void airportCodesAndOtherScriptsAreLeftOut() {
        assertEquals(List.of(), names("IEV"));
        assertEquals(List.of(), names("Київ"));
        assertEquals(List.of(), names("MUC"));
    }

    @Test
    void twoCapitalsNameAGreatCityOnlyAsWrittenAndOnlyWhereTheyNameNoArea() {
        assertEquals(List.of("Los Angeles"), names("LA"));
        assertEquals(List.of("Los Angeles"), names("L.A."));
        assertEquals(List.of("Louisiana"), names("La."), "the wire's abbreviation of the state");
        assertEquals(List.of("Louisiana"), names("La"));
        assertEquals(List.of("New York"), names("NY"), "the state's abbreviation, though the city's too");
        assertEquals(List.of(), names("SM"), "a town too small to be known by its initials");
        assertEquals(List.of(), names("LAX"), "an airport code");
    }

    @Test
    void aRegionNamedAfterTwoLandsAnswersToTheFirst() {
        assertEquals(Optional.of("Newfoundland"), RegionSource.firstOfTwo("Newfoundland and Labrador"));
        assertEquals(Optional.of("Sistan"), RegionSource.firstOfTwo("Sistan and Baluchestan"));
        assertEquals(Optional.empty(), RegionSource.firstOfTwo("Central and Western"), "a word that only points");
        assertEquals(Optional.empty(), RegionSource.firstOfTwo("Bavaria"));
    }

    @Test
    void obsoleteCountriesAreLeftOut() {
        assertEquals(List.of(), names("Serbia and Montenegro"));
    }

    @Test
    void aSectionOfACityIsKeptAsSuchInItsRegion() {
        Place schwabing = gazetteer.candidates("Schwabing").getFirst().place();
        assertEquals("Schwabing", schwabing.name());
        assertEquals("DE.02", schwabing.regionCode());
        assertTrue(schwabing.isCitySection());
    }

    @Test
    void countriesGetTheirEnglishAliasesButNotAmbiguousOnes() {
        for (String alias : List.of("US", "U.S.", "USA", "America", "United States of America")) {
            assertEquals(List.of("United States"), names(alias), alias);
        }
        assertEquals(List.of(), names("States"));
        assertEquals(List.of(), names("Vereinigte Staaten"));
        assertEquals(List.of(), names("ua"));
    }

    @Test
    void demonymsAreKeptApartFromNames() {
        assertTrue(gazetteer.isDemonym("Ukrainians"));
        assertTrue(gazetteer.isDemonym("American"));
        assertEquals(List.of(), names("American"));
        assertFalse(gazetteer.isDemonym("Ukraine"));
    }

    @Test
    void regionsKeepTheirCountryAndAShortName() {
        Place kursk = gazetteer.candidates("Kursk").getFirst().place();
        assertEquals(new Place("Kursk Oblast", PlaceKind.REGION, "RU", "RU.41", 0, null), kursk);
        assertEquals(List.of("Kyiv Oblast"), names("Kyiv Oblast"));
    }

    @Test
    void aRegionCountsThePeopleOfTheTownsListedInIt() {
        assertEquals(1_260_391 + 100_000, first("Bavaria", PlaceKind.REGION).population(), "Munich and Schwabing");
        assertEquals(24_782 + 23_000 + 52_000, first("Texas", PlaceKind.REGION).population());
        assertEquals(0, first("Florida", PlaceKind.REGION).population(), "no town listed there");
    }

    @Test
    void citiesKeepCountryRegionPopulationFeatureAndHowManyNamesTheyHave() {
        assertEquals(
                new Place("Paris", PlaceKind.CITY, "US", "US.TX", 24782, "PPLA2", 2),
                gazetteer.candidates("Paris").getFirst().place());
    }

    @Test
    void aCitysNamesAreCountedInEveryScriptThoughOnlyLatinOnesAreKept() {
        Place kyiv = first("Kyiv", PlaceKind.CITY);
        assertEquals(5, kyiv.nameCount());
        assertEquals(0, gazetteer.candidates("Schwabing").getFirst().place().nameCount());
    }

    @Test
    void partsOfTheWorldAreKnownInTheFormsNewsWritesThem() {
        for (String name : List.of(
                "Africa",
                "Americas",
                "the Americas",
                "Asia",
                "Europe",
                "North America",
                "Northern America",
                "Eastern Europe",
                "East Europe",
                "Southern Africa",
                "South-Eastern Asia",
                "Southeast Asia",
                "South-East Asia",
                "South East Asia",
                "Southeastern Asia")) {
            assertTrue(gazetteer.isWorldRegion(name), name);
        }
        assertFalse(gazetteer.isWorldRegion("Ukraine"));
        assertFalse(gazetteer.isWorldRegion("Central Europe"), "no country of the data is filed under it");
    }

    @Test
    void aPartOfTheWorldIsNoTownOfItsNameNowOrFormerly() {
        assertEquals(List.of(), names("Asia"));
        assertEquals(List.of(), names("Africa"));
        assertEquals(List.of("Mahdiya"), names("Mehdiya"));
        assertEquals(List.of("Mehdiya"), gazetteer.otherNames("Mahdiya"));
    }

    @Test
    void aFormOfAPartOfTheWorldThatNamesACountryStaysTheCountry() {
        assertFalse(gazetteer.isWorldRegion("South Africa"));
        assertEquals(List.of("South Africa"), names("South Africa"));
    }

    @Test
    void theResourceIsCommentedGzippedTextThatCreditsGeoNames() throws IOException {
        String text = new String(
                new GZIPInputStream(new ByteArrayInputStream(resource)).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Lede gazetteer"), text);
        assertTrue(text.contains("GeoNames (https://www.geonames.org/), CC BY 4.0"), text);
        assertTrue(text.contains("C\tUS\tUnited States\t327167434\t"), text);
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        GazetteerBuilder.build(dir, again);
        assertTrue(Arrays.equals(resource, again.toByteArray()));
    }
}
