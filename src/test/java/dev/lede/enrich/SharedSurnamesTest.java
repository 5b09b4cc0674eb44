package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedSurnamesTest {

    @Test
    void aGivenNameBeforeAFullNameTakesItsSurname() {
        assertEquals(
                List.of(person("Joe Biden"), person("Jill Biden")),
                SharedSurnames.apply(
                        "Joe and Jill Biden voted in Delaware.", List.of(person("Joe"), person("Jill Biden"))));
        assertEquals(
                List.of(person("Bill Clinton"), person("Hillary Clinton's"), org("Senate")),
                SharedSurnames.apply(
                        "Bill and Hillary Clinton's daughter spoke before the Senate.",
                        List.of(person("Bill"), person("Hillary Clinton's"), org("Senate"))));
        assertEquals(
                List.of(person("Robert O'Sullivan"), person("Anne O'Sullivan")),
                SharedSurnames.apply(
                        "the couple, Robert and Anne O'Sullivan, sold the farm",
                        List.of(person("Robert"), person("Anne O'Sullivan"))));
    }

    @Test
    void eachTimeThePairIsWrittenTheGivenNameIsCompleted() {
        List<EntityMention> mentions =
                List.of(person("Mark"), person("Steve Waugh"), person("Mark"), person("Steve Waugh"));
        assertEquals(
                List.of(person("Mark Waugh"), person("Steve Waugh"), person("Mark Waugh"), person("Steve Waugh")),
                SharedSurnames.apply("Mark and Steve Waugh batted. Later Mark and Steve Waugh bowled.", mentions));
    }

    @Test
    void aOneNameStarOrAnUnusualGivenNameStaysAsWritten() {
        List<EntityMention> mentions = List.of(person("Madonna"), person("Elton John"));
        assertEquals(mentions, SharedSurnames.apply("Madonna and Elton John sang.", mentions));
        // the lists hold the commonest names only: a rarer given name is left as the recognizer found it
        List<EntityMention> rarer = List.of(person("Serena"), person("Venus Williams"));
        assertEquals(rarer, SharedSurnames.apply("Serena and Venus Williams meet in the final.", rarer));
    }

    @Test
    void aGivenNameTheStoryAlsoUsesAloneIsSomeonesWholeName() {
        List<EntityMention> mentions = List.of(person("Jordan"), person("Peter Andre"), person("Jordan"));
        assertEquals(
                mentions,
                SharedSurnames.apply("Jordan and Peter Andre married in May. Jordan said it was a dream.", mentions));
    }

    @Test
    void aGivenNameThatIsTheSurnameOfSomeoneInTheStoryIsThatPerson() {
        List<EntityMention> mentions = List.of(person("Ruth Kelly"), person("Kelly"), person("Tony Blair"));
        assertEquals(
                mentions,
                SharedSurnames.apply("Ruth Kelly was at the school. Kelly and Tony Blair met the teachers.", mentions));
    }

    @Test
    void aListOfNamesIsNoFamily() {
        List<EntityMention> mentions = List.of(person("Ronaldo"), person("Kelly"), person("Michael Owen"));
        assertEquals(mentions, SharedSurnames.apply("Ronaldo, Kelly and Michael Owen scored.", mentions));
        List<EntityMention> hyphenated = List.of(person("Scott"), person("Pete Farndon"));
        assertEquals(
                hyphenated, SharedSurnames.apply("a tribute to James Honeyman-Scott and Pete Farndon", hyphenated));
    }

    @Test
    void aTitledNameOrATextThatDoesNotJoinThemIsLeftAlone() {
        List<EntityMention> titled = List.of(person("David"), person("Lady Morgan"));
        assertEquals(titled, SharedSurnames.apply("David and Lady Morgan arrived.", titled));
        List<EntityMention> honorific = List.of(person("David"), person("Mr Morgan"));
        assertEquals(honorific, SharedSurnames.apply("David and Mr Morgan arrived.", honorific));
        List<EntityMention> apart = List.of(person("David"), person("Victoria Beckham"));
        assertEquals(apart, SharedSurnames.apply("David said that Victoria Beckham would sing.", apart));
    }

    @Test
    void givenNamesComeFromCoreNlpsLists() {
        assertTrue(GivenNames.contains("Victoria"));
        assertTrue(GivenNames.contains("david"));
        assertFalse(GivenNames.contains("Beckham"));
        assertFalse(GivenNames.contains("Madonna"));
    }
}
