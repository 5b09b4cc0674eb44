package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceContextsTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    private static List<EntityMention> apply(String text, EntityMention... mentions) {
        return PlaceContexts.apply(text, List.of(mentions), gazetteer);
    }

    @Test
    void aTownFollowedByItsRegionIsAPlaceInEveryMention() {
        String text = "The lender, based in Provo, Utah, said Provo would keep its branch open.";
        assertEquals(List.of(place("Provo"), place("Provo")), apply(text, person("Provo"), person("Provo")));
    }

    @Test
    void aRegionAfterTheHyphenOfACompoundStillCounts() {
        assertEquals(
                List.of(place("Tempe")), apply("The Tempe, Arizona-based chip maker cut 300 jobs.", person("Tempe")));
    }

    @Test
    void aRegionAfterATownOfItsOwnIsAPlace() {
        assertEquals(
                List.of(place("Ontario")),
                apply("Output at the mill in Hamilton, Ontario fell sharply.", person("Ontario")));
    }

    @Test
    void aStateTheWireAbbreviatesNeedsOnlyATownBeforeIt() {
        String text = "The refinery near Smallville, Tenn, and another outside Nowhere Creek, Okla were shut.";
        assertEquals(List.of(place("Tenn"), place("Okla")), apply(text, person("Tenn"), person("Okla")));
    }

    @Test
    void aRegionOfTwoWordsAfterATownCounts() {
        assertEquals(
                List.of(place("Fargo")),
                apply("Farm lender Agland, of Fargo, North Dakota, cut rates.", person("Fargo")));
    }

    @Test
    void onlyTheWireAbbreviationsOfAmericanAndCanadianStatesNeedNoTownOfTheirOwn() {
        // Meru is also a short name of a Kenyan county, but no wire shortens one to it.
        assertEquals(List.of(person("Meru")), apply("Talks with Jones, Meru and others ended.", person("Meru")));
    }

    @Test
    void aTownNotInTheRegionAfterItStaysAPerson() {
        // Provo lies in Utah, not in Texas; Smith is no town the gazetteer knows at all.
        String text = "Asked in Austin, Provo, Texas delegates said nothing. Dallas, Smith said, was worse.";
        assertEquals(List.of(person("Provo"), person("Smith")), apply(text, person("Provo"), person("Smith")));
    }

    @Test
    void aKindOfPlaceAndOfBeforeTheWordMakeItAPlace() {
        String text = "Rebels shelled the eastern town of Kismayo. In the port of Valparaiso dockers walked out."
                + " Floods hit the northern Province of Aceh.";
        assertEquals(
                List.of(place("Kismayo"), place("Valparaiso"), place("Aceh")),
                apply(text, person("Kismayo"), person("Valparaiso"), person("Aceh")));
    }

    @Test
    void capitalAsMoneyIsNoKindOfPlace() {
        assertEquals(
                List.of(person("Hamilton")),
                apply("The fund bought 40 pct of the capital of Hamilton last year.", person("Hamilton")));
    }

    @Test
    void aPeersSeatAndAnMpsSeatArePlaces() {
        String text = "Lord Smith of Cheltenham backed the bill, as did the Labour MP for Grimsby.";
        assertEquals(
                List.of(person("Smith"), place("Cheltenham"), place("Grimsby")),
                apply(text, person("Smith"), person("Cheltenham"), person("Grimsby")));
    }

    @Test
    void aWordOfAFullNameInTheArticleStaysAPerson() {
        String text = "Jackson, Mississippi voted early. Jesse Jackson said Jackson would campaign there.";
        List<EntityMention> mentions = List.of(person("Jackson"), person("Jesse Jackson"), person("Jackson"));
        assertEquals(mentions, PlaceContexts.apply(text, mentions, gazetteer));
    }

    @Test
    void onlyOneWordPeopleAreAsked() {
        String text = "Fort Worth, Texas hosted it; the town of Fort Worth Bank was a bank.";
        List<EntityMention> mentions = List.of(person("Fort Worth"), org("Fort Worth Bank"));
        assertEquals(mentions, PlaceContexts.apply(text, mentions, gazetteer));
    }

    @Test
    void aWordInsideALongerWordIsNotTheWord() {
        assertEquals(
                List.of(person("Leon")),
                apply("The province of Leonardo was a joke; Leon, the dealer, laughed.", person("Leon")));
    }

    @Test
    void aNameListedWithTwoPlacesOfTheArticleIsAPlace() {
        String text = "Dock workers in Rotterdam, Antwerp,\nHamburg and Bremen walked out. Bremen said little.";
        List<EntityMention> mentions =
                List.of(place("Rotterdam"), place("Antwerp"), person("Hamburg"), place("Hamburg"), person("Bremen"));
        assertEquals(
                List.of(place("Rotterdam"), place("Antwerp"), place("Hamburg"), place("Hamburg"), place("Bremen")),
                PlaceContexts.apply(text, mentions, gazetteer));
    }

    @Test
    void aListWithOnePlaceOfAnotherCountryOrWithSomethingElseBetweenIsNotEnough() {
        String text = "Tankers left Rotterdam and Bremen on Monday. Analysts at Osaka, Denver and Smith Inc said"
                + " Denver was cheap.";
        List<EntityMention> mentions =
                List.of(place("Rotterdam"), person("Bremen"), place("Osaka"), person("Denver"), org("Smith Inc"));
        assertEquals(mentions, PlaceContexts.apply(text, mentions, gazetteer));
    }

    @Test
    void aPlaceOfSeveralWordsCountsInAList() {
        String text = "Sales rose in San Diego, Los Angeles and Fresno.";
        List<EntityMention> mentions = List.of(place("San Diego"), place("Los Angeles"), person("Fresno"));
        assertEquals(
                List.of(place("San Diego"), place("Los Angeles"), place("Fresno")),
                PlaceContexts.apply(text, mentions, gazetteer));
    }

    @Test
    void oneOtherPlaceInTheListIsEnoughWhereTheGazetteerHasBothInOneCountry() {
        String text = "Palm oil from Johor and Sarawak, and grain shipped from Toledo and Osaka.";
        List<EntityMention> mentions = List.of(person("Johor"), place("Sarawak"), person("Toledo"), place("Osaka"));
        assertEquals(
                List.of(place("Johor"), place("Sarawak"), person("Toledo"), place("Osaka")),
                PlaceContexts.apply(text, mentions, gazetteer));
    }
}
