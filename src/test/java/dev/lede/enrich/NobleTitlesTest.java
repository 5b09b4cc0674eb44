package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NobleTitlesTest {

    private static List<String> people(String text, String... mentions) {
        return PersonNames.canonicalize(NobleTitles.restore(text, List.of(mentions)));
    }

    @Test
    void aLoneNameWrittenAfterATitleKeepsIt() {
        assertEquals(
                List.of("Lord Ashdown"),
                people("Lord Ashdown told peers the bill was flawed. Ashdown said he would vote against.", "Ashdown"));
        assertEquals(
                List.of("King Abdullah"), people("Talks with King Abdullah of Jordan ended on Monday.", "Abdullah"));
        assertEquals(
                List.of("Baroness Ahmed", "Emperor Akihito"),
                people(
                        "Baroness Ahmed met Emperor Akihito in Tokyo; Ahmed's visit lasted a day.",
                        "Ahmed",
                        "Akihito",
                        "Ahmed's"));
    }

    @Test
    void theTitleComesFromAnyOfTheStorysMentions() {
        assertEquals(
                List.of("Lord Kerr"),
                people("Kerr, the former diplomat, spoke first. Later Lord Kerr added a warning.", "Kerr", "Kerr"));
    }

    @Test
    void aNameTheStoryWritesWithoutTitleStaysAsItIs() {
        assertEquals(List.of("Obama"), people("Obama said the lord of the manor was right.", "Obama"));
        // a title in lower case describes the person, and one that is part of an office is the office's
        assertEquals(List.of("Hadrian"), people("The wall the emperor Hadrian built still stands.", "Hadrian"));
        assertEquals(List.of("Hillary"), people("The First Lady Hillary spoke at the dinner.", "Hillary"));
        assertEquals(
                List.of("Lord Kerrigan", "Kerr"), people("Lord Kerrigan and Kerr spoke.", "Lord Kerrigan", "Kerr"));
    }

    @Test
    void theTitleIsAWordOfItsOwnRightBeforeTheName() {
        assertEquals(Optional.of("Queen"), NobleTitles.titleWrittenBefore("a visit by Queen Anne", "Anne"));
        assertEquals(Optional.empty(), NobleTitles.titleWrittenBefore("a Queen-Anne style house", "Anne"));
        assertEquals(Optional.empty(), NobleTitles.titleWrittenBefore("Queen. Anne left.", "Anne"));
    }

    @Test
    void aLoneGivenNameOfSomeoneNamedInFullIsNotGivenTheTitle() {
        // "Charles" may be Ray Charles: the title the text writes once is not given to him
        assertEquals(
                List.of("Ray Charles"),
                people("Ray Charles sang for Prince Charles. Charles played the piano.", "Ray Charles", "Charles"));
    }

    @Test
    void aPeerNamedInFullInTheStoryIsThatPerson() {
        assertEquals(
                List.of("Betty Boothroyd"),
                people(
                        "Betty Boothroyd, now Baroness Boothroyd, sat in the Lords. Lady Boothroyd said so.",
                        "Betty Boothroyd",
                        "Baroness Boothroyd",
                        "Lady Boothroyd"));
    }

    @Test
    void aBaronessAddressedAsLadyIsTheBaroness() {
        assertEquals(
                List.of("Baroness Ahmed", "Lord Kerr"),
                people(
                        "Baroness Ahmed and Lord Kerr disagreed; Lady Ahmed said the bill was fair.",
                        "Baroness Ahmed",
                        "Lord Kerr",
                        "Lady Ahmed"));
        assertEquals(
                List.of("Lady Kerr", "Lord Kerr"),
                people("Lady Kerr sat beside Lord Kerr.", "Lady Kerr", "Lord Kerr"),
                "a lord's wife is another person");
    }

    @Test
    void aRoyalWithTheGivenNameOfSomeoneElseStaysApart() {
        assertEquals(
                List.of("Prince Charles", "Ray Charles"),
                people("Prince Charles met Ray Charles.", "Prince Charles", "Ray Charles"));
    }
}
