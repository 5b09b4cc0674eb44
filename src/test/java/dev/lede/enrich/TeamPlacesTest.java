package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lede.enrich.places.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TeamPlacesTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void aTownWrittenBeforeAPlayersRoleIsTheTeamInTheWholeArticle() {
        String text = "The Worcester flanker was sent off early. Worcester still won 20-13 at Sixways.";
        assertEquals(
                List.of(org("Worcester"), org("Worcester"), place("Sixways")),
                TeamPlaces.apply(text, List.of(place("Worcester"), place("Worcester"), place("Sixways")), gazetteer));
    }

    @Test
    void aRoleThatIsAlsoSomethingElseNeedsAPersonsNameAfterIt() {
        String named = "Toulouse coach Guy Laporte praised his pack.";
        assertEquals(
                List.of(org("Toulouse"), person("Guy Laporte")),
                TeamPlaces.apply(named, List.of(place("Toulouse"), person("Guy Laporte")), gazetteer));
        String bus = "A Toulouse coach carrying forty pupils overturned near the motorway.";
        List<EntityMention> mentions = List.of(place("Toulouse"));
        assertSame(mentions, TeamPlaces.apply(bus, mentions, gazetteer));
    }

    @Test
    void aTownsNameTheRecognizerTookForAPersonIsTheTeamButAPersonsFullNameStaysOne() {
        String text = "Arsenal drew with Chelsea on Sunday, and Chelsea host Birmingham next.";
        assertEquals(
                List.of(org("Arsenal"), org("Chelsea"), org("Chelsea"), place("Birmingham")),
                TeamPlaces.apply(
                        text,
                        List.of(org("Arsenal"), person("Chelsea"), person("Chelsea"), place("Birmingham")),
                        gazetteer));
        String fullName = "The champion drew with Reading Smith in the first round.";
        List<EntityMention> named = List.of(person("Reading Smith"));
        assertSame(named, TeamPlaces.apply(fullName, named, gazetteer));
        String surnameOfAFullName = "Senate leader Robert Dole spoke at the annual convention of National Grain and"
                + " Feed Association, Dole said.";
        List<EntityMention> senator =
                List.of(person("Robert Dole"), org("National Grain"), org("Feed Association"), person("Dole"));
        assertSame(senator, TeamPlaces.apply(surnameOfAFullName, senator, gazetteer));
        String notATown = "Arsenal drew with Henman at the gala.";
        List<EntityMention> surname = List.of(org("Arsenal"), person("Henman"));
        assertSame(surname, TeamPlaces.apply(notATown, surname, gazetteer));
    }

    @Test
    void afterTheARoleNeedsNoNameAfterIt() {
        String text = "The Worcester prop was recalled for the trip.";
        assertEquals(List.of(org("Worcester")), TeamPlaces.apply(text, List.of(place("Worcester")), gazetteer));
    }

    @Test
    void wordsThatMakeATownASideBeforeIt() {
        for (String text : List.of(
                "He spent last season on loan at Exeter, scoring nine times.",
                "He is back from a loan spell at Exeter.",
                "Their 3-1 victory over Exeter lifted them to fourth.",
                "He was captain of Exeter when they went up.")) {
            assertEquals(List.of(org("Exeter")), TeamPlaces.apply(text, List.of(place("Exeter")), gazetteer), text);
        }
    }

    @Test
    void aSideWordBeforeATownThatStartsALongerNameChangesNothing() {
        String text = "He was playing for Exeter Chiefs and captain of Exeter-based Harbour Rowing.";
        List<EntityMention> mentions = List.of(place("Exeter"));
        assertSame(mentions, TeamPlaces.apply(text, mentions, gazetteer));
    }

    @Test
    void aTownFacingAnotherTownOrAnOrganisationOfTheArticleInAFixtureIsATeam() {
        String text = "Quarter-final draw:\nExeter or Worcester v Saracens\nIpswich v Toulouse or Perpignan\n";
        assertEquals(
                List.of(
                        org("Worcester"),
                        org("Saracens"),
                        org("Ipswich"),
                        org("Toulouse"),
                        org("Exeter"),
                        org("Perpignan")),
                TeamPlaces.apply(
                        text,
                        List.of(
                                place("Worcester"),
                                org("Saracens"),
                                place("Ipswich"),
                                place("Toulouse"),
                                place("Exeter"),
                                place("Perpignan")),
                        gazetteer));
    }

    @Test
    void aTownBeatingAnotherOrBesideAScoreIsATeam() {
        String text = "Worcester beat Exeter in the cup, then drew at home.\nIpswich 27-27 Perpignan\n";
        assertEquals(
                List.of(org("Worcester"), org("Exeter"), org("Ipswich"), org("Perpignan")),
                TeamPlaces.apply(
                        text,
                        List.of(place("Worcester"), place("Exeter"), place("Ipswich"), place("Perpignan")),
                        gazetteer));
    }

    @Test
    void aCaseNamedAfterItsPartiesIsNoFixture() {
        String text = "The court cited Plessy v Ferguson and Marbury v Madison.";
        List<EntityMention> mentions =
                List.of(person("Plessy"), place("Ferguson"), person("Marbury"), place("Madison"));
        assertSame(mentions, TeamPlaces.apply(text, mentions, gazetteer));
    }

    @Test
    void aTownListedWithTwoOrganisationsOfTheArticleAndNoPlaceIsOneTooButOneIsNotEnough() {
        String clubs = "Sunderland trail the top three of Hartlepool, Sheffield Wednesday and Plymouth Argyle.";
        assertEquals(
                List.of(org("Hartlepool"), org("Sheffield Wednesday"), org("Plymouth Argyle")),
                TeamPlaces.apply(
                        clubs,
                        List.of(place("Hartlepool"), org("Sheffield Wednesday"), org("Plymouth Argyle")),
                        gazetteer));
        String firmAndTown = "Shares of Unilever and Rotterdam port operators rose.";
        List<EntityMention> one = List.of(org("Unilever"), place("Rotterdam"));
        assertSame(one, TeamPlaces.apply(firmAndTown, one, gazetteer));
        String towns = "The tour visits Hartlepool, Sunderland and Durham before the BBC debate.";
        List<EntityMention> places = List.of(place("Hartlepool"), place("Sunderland"), place("Durham"), org("BBC"));
        assertSame(places, TeamPlaces.apply(towns, places, gazetteer));
        String stations = "The stations are WAGA-TV, Atlanta, WJBK-TV, Detroit, and WITI-TV, Milwaukee.";
        List<EntityMention> firmsAndTowns = List.of(
                org("WAGA-TV"), place("Atlanta"), org("WJBK-TV"), place("Detroit"), org("WITI-TV"), place("Milwaukee"));
        assertSame(firmsAndTowns, TeamPlaces.apply(stations, firmsAndTowns, gazetteer));
    }

    @Test
    void aCountryOrAStateNamesItsSideAndStaysAPlace() {
        String text = "Italy captain Marco Bortolami and Texas manager Ben Cole met in Rome. Italy v France follows.";
        List<EntityMention> mentions = List.of(
                place("Italy"),
                person("Marco Bortolami"),
                place("Texas"),
                person("Ben Cole"),
                place("Rome"),
                place("France"));
        assertSame(mentions, TeamPlaces.apply(text, mentions, gazetteer));
    }

    @Test
    void otherWordsAfterATownAndTownsInsideOtherWordsChangeNothing() {
        String text = "Exeter council fined the Exeterfans group; the Bristol supporters' club was not named.";
        List<EntityMention> mentions = List.of(place("Exeter"), person("Bristol"));
        assertSame(mentions, TeamPlaces.apply(text, mentions, gazetteer));
    }

    @Test
    void aTownInsideALongerNameBeforeARoleIsNotTheTeam() {
        String text = "Manchester striker Ivo Brandt, who lives in Chester, scored twice.";
        List<EntityMention> mentions = List.of(place("Chester"));
        assertSame(mentions, TeamPlaces.apply(text, mentions, gazetteer));
    }

    @Test
    void aNameTheGazetteerDoesNotKnowIsLeftAlone() {
        String text = "The Quillmarsh striker scored twice.";
        List<EntityMention> mentions = List.of(place("Quillmarsh"));
        assertSame(mentions, TeamPlaces.apply(text, mentions, gazetteer));
    }
}
