package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BodiesTakenForPlacesTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    private static List<EntityMention> apply(String text, EntityMention... mentions) {
        return BodiesTakenForPlaces.apply(text, List.of(mentions), gazetteer);
    }

    @Test
    void aPlaceNoGazetteerKnowsNamedLikeTheStorysOrganisationIsIt() {
        String text = "Exports outside the Nordic Council rose. The Nordic Council said trade would grow.";
        assertEquals(
                List.of(org("Nordic Council"), org("Nordic Council")),
                apply(text, place("Nordic Council"), org("Nordic Council")));
    }

    @Test
    void aPlaceNoGazetteerKnowsThatTheStoryCallsAKindOfFirmIsAnOrganisation() {
        String apposition = "Korvana, Norway's state-owned oil company, said it would drill. Korvana shares rose.";
        assertEquals(List.of(org("Korvana")), apply(apposition, place("Korvana")));
        String kindBefore = "Web tracking company Envisoria said 18% of downloaders were from within the UK.";
        assertEquals(List.of(org("Envisoria")), apply(kindBefore, place("Envisoria")));
    }

    @Test
    void aPlaceNoGazetteerKnowsThatTheStoryCallsANewspaperIsAnOrganisation() {
        String newspaper = "Output will fall, the Orlaner Zeitung newspaper said on Tuesday.";
        assertEquals(List.of(org("Orlaner Zeitung")), apply(newspaper, place("Orlaner Zeitung")));
        String town = "A Munich newspaper said so. The Orlaner weekly Der Bote agreed.";
        assertEquals(List.of(place("Munich"), place("Orlaner")), apply(town, place("Munich"), place("Orlaner")));
    }

    @Test
    void aPlaceNoGazetteerKnowsWhoseSharesMoveOrOfficersSpeakIsAnOrganisation() {
        String shares = "Dairy Farm offered to buy up to 32 mln Kwellsave shares at 4.50 stg each.";
        assertEquals(List.of(org("Kwellsave")), apply(shares, place("Kwellsave")));
        String boss = "Jones sued Balvaro boss Victor Conte over his claims.";
        assertEquals(List.of(org("Balvaro")), apply(boss, place("Balvaro")));
        String spokesman = "A Domsk spokesman declined to comment on the debt talks.";
        assertEquals(List.of(org("Domsk")), apply(spokesman, place("Domsk")));
    }

    @Test
    void aPlaceNoGazetteerKnowsThatOpensAClauseAsAReportsSpeakerIsAnOrganisation() {
        String afterComma = "Colonia Bancorp had assets of 150 mln dlrs, Daufine said.";
        assertEquals(List.of(org("Daufine")), apply(afterComma, place("Daufine")));
        String withThe = "Work stopped over the checks. The Peking Courier said the firm may move.";
        assertEquals(List.of(org("Peking Courier")), apply(withThe, place("Peking Courier")));
    }

    @Test
    void aReportsSpeakerStaysAPlaceAfterAPrepositionOrAQuoteOrWithAGivenNameOrTitle() {
        String inThePlace = "A spokesman for the office in Wesselburg said it was following the case.";
        assertEquals(List.of(place("Wesselburg")), apply(inThePlace, place("Wesselburg")));
        String quote = "\"We are only thinking of winning,\" Ronaldao said.";
        assertEquals(List.of(place("Ronaldao")), apply(quote, place("Ronaldao")));
        String titled = "Councils lobbied Ms Eskdale. Ms Eskdale said she had listened. Tom Ferdaland told reporters.";
        assertEquals(
                List.of(place("Ms Eskdale"), place("Tom Ferdaland")),
                apply(titled, place("Ms Eskdale"), place("Tom Ferdaland")));
    }

    @Test
    void aPlaceTheGazetteerKnowsBeforeSharesOrOfficersStaysAPlace() {
        String shares = "Renewed selling took all London shares down, and Tokyo shares fell too.";
        assertEquals(List.of(place("London"), place("Tokyo")), apply(shares, place("London"), place("Tokyo")));
        String boss = "The former Portsmouth boss replaces Steve Wigley.";
        assertEquals(List.of(place("Portsmouth")), apply(boss, place("Portsmouth")));
    }

    @Test
    void aPlaceCalledAKindOfFirmStaysOneWhereWrittenAsAPlaceOrNamedAsAKindOfPlace() {
        String writtenAsAPlace = "Brask, a small company, moved its plant to Korvana, a company town near Brask.";
        assertEquals(List.of(place("Brask")), apply(writtenAsAPlace, place("Brask")));
        String field = "The firm sold its stake in the giant Yarrow Field, near the coast.";
        assertEquals(List.of(place("Yarrow Field")), apply(field, place("Yarrow Field")));
    }

    @Test
    void theInitialsOfTheStorysOrganisationAreIt() {
        String text = "The African Union met on Monday. Three states left the AU last year.";
        assertEquals(List.of(org("African Union"), org("AU")), apply(text, org("African Union"), place("AU")));
    }

    @Test
    void initialsTheStoryGivesAnOrganisationInBracketsAreItThoughTheySpellAPlace() {
        String text = "The Palestinian Authority (PA) was exerting effort. Israel shared information with the PA.";
        assertEquals(
                List.of(org("Palestinian Authority"), org("PA")),
                apply(text, org("Palestinian Authority"), place("PA")));
        String unexplained = "The Palestinian Authority met. Shipments to PA rose.";
        assertEquals(
                List.of(org("Palestinian Authority"), place("PA")),
                apply(unexplained, org("Palestinian Authority"), place("PA")),
                "without the brackets the gazetteer's Pennsylvania stands");
        String country = "The United Arab Emirates (UAE) recorded a surplus. UAE officials said so.";
        assertEquals(
                List.of(org("United Arab Emirates"), place("UAE")),
                apply(country, org("United Arab Emirates"), place("UAE")),
                "a country the recognizer took for an organisation gives its initials no organisation");
    }

    @Test
    void aNameSpeltOutOfTheStorysAcronymIsIt() {
        String text = "The U.N. spokesman said the United Nations was told.";
        assertEquals(List.of(org("U.N."), org("United Nations")), apply(text, org("U.N."), place("United Nations")));
    }

    @Test
    void initialsWithoutDotsSpellNoPlace() {
        String text = "BP drilled off the coast. The Balkan Peninsula was calm.";
        assertEquals(List.of(org("BP"), place("Balkan Peninsula")), apply(text, org("BP"), place("Balkan Peninsula")));
    }

    @Test
    void anAcronymInProseIsAnOrganisationUnlessThePlaceIsKnownOrACode() {
        String text = "New EU rules apply in the US, the UAE and NZ from March. Flights to LA and TX resume.";
        assertEquals(
                List.of(org("EU"), place("US"), place("UAE"), place("NZ"), place("LA"), place("TX")),
                apply(text, place("EU"), place("US"), place("UAE"), place("NZ"), place("LA"), place("TX")));
    }

    @Test
    void airBeforeANameIsAnAirlines() {
        String text = "Air Jamaica and Air New Zealand added flights from Airdrie to Jamaica.";
        assertEquals(
                List.of(org("Air Jamaica"), org("Air New Zealand"), place("Jamaica"), place("Airdrie")),
                apply(text, place("Air Jamaica"), place("Air New Zealand"), place("Jamaica"), place("Airdrie")));
    }

    @Test
    void aWordOfATableInCapitalsStaysAsItWas() {
        String text = "Grain prices were mixed.\n TOLEDO   5 UND MAY UNC   1 UND MAY UNC\n";
        assertEquals(List.of(place("UNC")), apply(text, place("UNC")));
    }

    @Test
    void aPlaceTheGazetteerKnowsStaysOneBesideAnOrganisationOfTheName() {
        String text = "Fans in Chelsea cheered as Chelsea won.";
        assertEquals(List.of(place("Chelsea"), org("Chelsea")), apply(text, place("Chelsea"), org("Chelsea")));
    }

    @Test
    void initialsSkipTheSmallWordsOfAName() {
        assertEquals("EU", BodiesTakenForPlaces.initials("the European Union"));
        assertEquals("OPEC", BodiesTakenForPlaces.initials("Organisation of Petroleum Exporting Countries"));
        assertEquals("", BodiesTakenForPlaces.initials("Nato"));
    }
}
