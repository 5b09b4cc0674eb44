package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.config.NlpMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 10's examples, and others of the same kinds, through the real extractor, index and HTTP API: spellings of
 * one person found by any of them and with the reason of the merge, different people kept apart, old and foreign
 * place names found, historical states and dateline abbreviations resolved, common-noun phrases not taken for
 * places, organisation forms merged; on each {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EntityExamplesApiContract {

    private TestServer server;

    private static final String[][] ARTICLES = {
        {"g1", "Libya", "TRIPOLI - Libyan leader Muammar Gaddafi met envoys on Monday, officials said."},
        {"g2", "Libya talks", "Libyan leader Moammar Gadhafi said on Tuesday that talks would go on."},
        {"a1", "Arafat", "PLO chairman Yasser Arafat arrived in Cairo on Monday."},
        {"a2", "Arafat again", "PLO leader Yasir Arafat said he would return to Tunis."},
        {"c1", "Apple", "Apple chief executive Tim Cook unveiled a phone on Monday."},
        {"c2", "Farm", "Farmer Tom Cook said the harvest in Iowa was late."},
        {"p1", "Mills", "BOMBAY, March 3 - Textile mills in Bombay reopened after a strike, the union said."},
        {"p2", "Trade", "Exporters in Calcutta and Madras said shipments rose in March."},
        {"p6", "China trade", "PEKING, March 3 - Chinese officials in Peking said trade grew."},
        {"p3", "Junta", "The military government of Burma said it would free prisoners."},
        {"p4", "Grain", "MOSCOW, March 3 - The Soviet Union bought more grain, trade sources said."},
        {"p5", "Tea", "Tea exports from Ceylon fell, traders in Colombo said."},
        {"w1", "Oil", "The White House said on Monday it was watching tanker traffic in the Gulf closely."},
        {"d1", "Fair", "HANOVER, West Germany, March 3 - The Hanover industry fair opened with many buyers."},
        {"d2", "Steel", "BIRMINGHAM, Ala., March 3 - A steel maker said output rose in the state."},
        {"d3", "Cotton", "FRESNO, Calif., March 3 - Cotton growers said prices fell."},
        {"x1", "China", "President Xi said on Monday that China would open its markets."},
        {"n1", "Talks", "Secretary of State George Shultz met Energy Minister Subroto. A Harris poll showed support."},
        {"n2", "Brokers", "Alex. Brown and Sons analyst Tom Smith and Touche Ross and Co said profits rose."},
        {"o1", "Texaco", "Texaco Inc said it would appeal the ruling, a spokesman said."},
        {"o2", "Texaco bid", "Texaco said on Tuesday that Pennzoil Co had rejected the offer."},
        {"o3", "Pennzoil", "Pennzoil said it would seek the full judgment against Texaco."},
        {"l1", "Brazil", "Brazilian President Luiz Inacio Lula da Silva met ministers on Monday."},
        {"l2", "Rates", "Lula said on Tuesday that Brazil would cut interest rates."},
        {"k1", "Talks", "Palestinian Prime Minister Ahmed Qurei said in Ramallah on Monday talks would go on."},
        {"k2", "Talks again", "Kurei said in Ramallah on Tuesday that the talks would not stop."},
        {
            "f1",
            "Brokers",
            "Frederick Meinke, analyst at E.F. Hutton, said the stock was cheap. Analyst Rosario Ilacqua of"
                    + " L.F. Rothschild agreed."
        },
        {"r1", "Calls", "The president held calls with Vladimir Putin and Volodymyr Zelenskyy, Meduza reports."},
        {"t1", "Canal", "Boats moved along the Amstel. Guests came across the Rotte and the Schie at dusk."},
        {"ge1", "Budget", "The governor of Georgia signed the state budget on Monday."},
        {"ge2", "Parliament", "Georgia's parliament approved the budget, and officials in Washington welcomed it."},
        {"ge3", "Talks", "Officials met in Tbilisi, Georgia, on Tuesday."},
        {"dw1", "Oil", "Growth in oil use in the Western industrialized countries is likely to slow, the agency said."},
        {"pt1", "Poll", "The Liberal Democrats, or Lib Dems, said Tory voters had left the Tories."},
        {"pt2", "Seats", "Lib Dem leader Aled Morrow said the Lib Dems won two seats; a Tory MP conceded."},
        {"pt3", "Senate", "Senate Republicans met Ada Ruiz, a Vermont Democrat, and other Democrats on Monday."},
        {"pt4", "Budget", "The Democratic Party said the Democrats in the House would oppose the budget."},
        {"pt5", "Manifesto", "The Conservatives published a manifesto, and Tories in the shires cheered."},
    };

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexAndServe() throws IOException {
        server = backend()
                .index("entity-examples", ExtractedArticles.extractOnce(NlpMode.FAST, ARTICLES))
                .serve();
    }

    @AfterAll
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everySpellingOfOnePersonFindsAllTheirArticles() throws Exception {
        assertEquals(List.of("g1", "g2"), ids("person=" + TestServer.encode("Moammar Gadhafi")));
        assertEquals(List.of("a1", "a2"), ids("person=" + TestServer.encode("Yasir Arafat")));
    }

    @Test
    void theQueryLanguageFindsAPersonsOtherSpellingAndAPlacesOldName() throws Exception {
        assertEquals(List.of("g1", "g2"), ids("q=" + TestServer.encode("person:Qaddafi")));
        assertEquals(List.of("p6"), ids("q=" + TestServer.encode("place:Peking")));
        assertEquals(List.of("p2"), ids("q=" + TestServer.encode("place:Calcutta")));
    }

    @Test
    void theProfileSaysWhyAVariantWasMerged() throws Exception {
        JsonNode profile =
                server.get("/api/entities/person/" + path("Muammar Gaddafi")).json();
        assertEquals(2, profile.get("articles").asLong());
        assertEquals(1, profile.get("merges").size(), profile.toString());
        JsonNode merge = profile.get("merges").get(0);
        String merged = merge.get("value").asText();
        assertTrue(List.of("Moammar Gadhafi", "Muammar Gaddafi").contains(merged), merged);
        assertFalse(merged.equals(profile.get("name").asText()), profile.toString());
        assertTrue(merge.get("reason").asText().startsWith("merged because"), merge.toString());
    }

    @Test
    void namesOneOrdinaryVowelApartAreTwoPeople() throws Exception {
        assertEquals(List.of("c1"), ids("person=" + TestServer.encode("Tim Cook")));
        assertEquals(List.of("c2"), ids("person=" + TestServer.encode("Tom Cook")));
    }

    @Test
    void oldAndForeignPlaceNamesFindTheirPlace() throws Exception {
        assertEquals(List.of("p1"), ids("place=Bombay"));
        assertEquals(List.of("p1"), ids("place=Mumbai"));
        assertEquals(List.of("p6"), ids("place=Beijing"));
        assertEquals(List.of("p2"), ids("place=Kolkata"));
        assertEquals(List.of("p3"), ids("country=Burma"));
        assertEquals(List.of("p3"), ids("country=Myanmar"));
        assertEquals(List.of("p5"), ids("country=Ceylon"));
        JsonNode box = server.get("/api/facets/place?prefix=Bombay").json().get("values");
        assertEquals("Mumbai", box.get(0).get("value").asText(), box.toString());
    }

    @Test
    void aProfileAskedForByAnOldNameIsThePlaceUnderItsNameToday() throws Exception {
        assertEquals(
                "Mumbai",
                server.get("/api/entities/place/Bombay").json().get("name").asText());
    }

    @Test
    void historicalStatesAndDatelineAbbreviationsGiveToday_sCountry() throws Exception {
        assertTrue(countries("p4").contains("Russia"), countries("p4").toString());
        assertEquals(List.of("p4"), ids("country=" + TestServer.encode("Soviet Union")));
        assertEquals(List.of("p4"), ids("country=USSR"));
        assertTrue(countries("d1").contains("Germany"), countries("d1").toString());
        assertFalse(countries("d1").contains("Jamaica"), countries("d1").toString());
        assertEquals(List.of("United States"), countries("d2"));
        assertEquals(List.of("United States"), countries("d3"));
        JsonNode box = server.get("/api/facets/country?prefix=US").json().get("values");
        assertEquals("United States", box.get(0).get("value").asText(), "a short other name typed whole: " + box);
    }

    @Test
    void commonNounPhrasesAreNoGazetteerPlaces() throws Exception {
        List<String> countries = countries("w1");
        assertFalse(countries.contains("Morocco"), countries.toString());
        assertFalse(countries.contains("Papua New Guinea"), countries.toString());
    }

    @Test
    void anOrganisationWithAndWithoutItsLegalFormIsOne() throws Exception {
        assertEquals(List.of("o1", "o2", "o3"), ids("org=Texaco"));
        assertEquals(List.of("o1", "o2", "o3"), ids("org=" + TestServer.encode("Texaco Inc")));
        assertEquals(List.of("o2", "o3"), ids("org=Pennzoil"));
    }

    @Test
    void aPartyNamedByItsMembersIsOneOrganisationHoweverItIsWritten() throws Exception {
        assertEquals(List.of("pt1", "pt2"), ids("org=" + TestServer.encode("Liberal Democrats")));
        assertEquals(List.of("pt1", "pt2"), ids("org=" + TestServer.encode("Lib Dems")));
        assertEquals(List.of("pt1", "pt2", "pt5"), ids("org=Conservatives"), "a Tory, the Tories, the Conservatives");
        assertEquals(List.of("pt1", "pt2", "pt5"), ids("org=Tories"));
        assertEquals(List.of("pt3", "pt4"), ids("org=Democrats"));
        assertEquals(List.of("pt3", "pt4"), ids("org=" + TestServer.encode("Democratic Party")));
        assertEquals(List.of("pt3"), ids("org=Republicans"));
        assertEquals(List.of("Aled Morrow"), values("pt2", "people"));
        assertEquals(List.of("Ada Ruiz"), values("pt3", "people"));
    }

    @Test
    void titlesFirmsAndPollsAreNoPeopleAndATitleAloneStillGivesThePerson() throws Exception {
        assertEquals(List.of("x1"), ids("person=Xi"));
        assertEquals(List.of("George Shultz", "Subroto"), sorted(values("n1", "people")));
        assertFalse(values("n1", "orgs").contains("State"), values("n1", "orgs").toString());
        assertEquals(List.of("Tom Smith"), values("n2", "people"));
        assertTrue(
                values("n2", "orgs").contains("Alex. Brown"),
                values("n2", "orgs").toString());
    }

    @Test
    void aNameUsedAloneFindsTheOnePersonItCanBeAndSaysWhy() throws Exception {
        assertEquals(List.of("l1", "l2"), ids("person=Lula"));
        assertEquals(List.of("l1", "l2"), ids("person=" + TestServer.encode("Luiz Inacio Lula da Silva")));
        assertEquals(List.of("k1", "k2"), ids("person=Kurei"));
        JsonNode profile =
                server.get("/api/entities/person/" + path("Ahmed Qurei")).json();
        assertEquals(2, profile.get("articles").asLong(), profile.toString());
        assertTrue(profile.get("merges").get(0).get("reason").asText().contains("transliteration"), profile.toString());
        assertTrue(
                profile.get("merges").get(0).get("reason").asText().endsWith("articles of each name \"Ramallah\""),
                profile.toString());
    }

    @Test
    void firmsOutletsAndThingsNamedLikePeopleAreNoPeople() throws Exception {
        assertEquals(List.of("Frederick Meinke", "Rosario Ilacqua"), sorted(values("f1", "people")));
        assertTrue(values("f1", "orgs").size() >= 2, values("f1", "orgs").toString());
        assertEquals(List.of("Vladimir Putin", "Volodymyr Zelenskyy"), sorted(values("r1", "people")));
        assertTrue(values("r1", "orgs").contains("Meduza"), values("r1", "orgs").toString());
        assertEquals(List.of(), values("t1", "people"));
    }

    @Test
    void aNameAStateSharesWithACountryFollowsItsContext() throws Exception {
        assertEquals(List.of("United States"), countries("ge1"));
        assertTrue(countries("ge2").contains("Georgia"), countries("ge2").toString());
        assertEquals(List.of("Georgia"), countries("ge3"));
        assertEquals(List.of(), countries("dw1"), "a direction word alone is no region of some country");
    }

    private List<String> values(String id, String field) throws Exception {
        List<String> values = new ArrayList<>();
        server.get("/api/articles/" + id).json().get(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    private List<String> ids(String query) throws Exception {
        TestServer.Response response = server.get("/api/search?size=50&" + query);
        assertEquals(200, response.status(), response.body());
        JsonNode page = response.json();
        List<String> ids = new ArrayList<>();
        page.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        ids.sort(null);
        return ids;
    }

    private List<String> countries(String id) throws Exception {
        List<String> countries = new ArrayList<>();
        server.get("/api/articles/" + id).json().get("countries").forEach(c -> countries.add(c.asText()));
        return countries;
    }

    private static String path(String name) {
        return TestServer.encode(name).replace("+", "%20");
    }
}
