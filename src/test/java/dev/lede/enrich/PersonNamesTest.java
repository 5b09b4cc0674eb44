package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void possessivesAreRemoved() {
        assertEquals(List.of("Trump", "James"), PersonNames.canonicalize(List.of("Trump's", "James'")));
        assertEquals(List.of("Zelenskyy"), PersonNames.canonicalize(List.of("Zelenskyy’s")));
    }

    @Test
    void aNameFromAStoryInLowerCaseIsCapitalisedItsParticlesAside() {
        assertEquals(
                List.of("Ingrid Solvang", "Tomas van der Berg", "Salem al-Harthy", "Mei-Ling Chua", "De Souza"),
                PersonNames.canonicalize(List.of(
                        "ingrid solvang", "tomas van der berg", "salem al-harthy", "mei-ling chua", "de souza")));
        assertEquals(
                List.of("Anke de Vries", "ali Hassan"),
                PersonNames.canonicalize(List.of("Anke de Vries", "ali Hassan")));
    }

    @Test
    void onePartOfAHyphenatedNameIsThePersonNamedInFull() {
        assertEquals(
                List.of("Dara Quist-Mbeki", "Jean-Luc Ferrand"),
                PersonNames.canonicalize(List.of("Dara Quist-Mbeki", "Quist", "Jean-Luc Ferrand", "Luc Ferrand")));
        assertEquals(
                List.of("Ana Quist", "Tom Quist-Lund"),
                PersonNames.canonicalize(List.of("Ana Quist", "Tom Quist-Lund", "Quist")),
                "a part two people share stays unresolved");
        assertEquals(
                List.of("Tony Blair", "Gordon Brown", "Dara Quist-Mbeki"),
                PersonNames.canonicalize(List.of("Tony Blair", "Gordon Brown", "Blair-Brown", "Dara Quist-Mbeki")),
                "two surnames of people named in full, joined by a hyphen, name no third person");
    }

    @Test
    void titlesAndHonorificsAreRemoved() {
        assertEquals(Optional.of("Trump"), PersonNames.clean("President Trump"));
        assertEquals(Optional.of("Keir Starmer"), PersonNames.clean("Prime Minister Keir Starmer"));
        assertEquals(Optional.of("Smith"), PersonNames.clean("Mr. Smith"));
        assertEquals(Optional.of("Olaf Scholz"), PersonNames.clean("Chancellor Olaf Scholz"));
        assertEquals(Optional.of("Mark Milley"), PersonNames.clean("Gen. Mark Milley"));
        assertEquals(Optional.of("Kamala Harris"), PersonNames.clean("Vice President Kamala Harris"));
    }

    @Test
    void aLongTitleWrittenWithOneSlipIsRemovedToo() {
        assertEquals(Optional.of("Nixon"), PersonNames.clean("Preesident Nixon"));
        assertEquals(Optional.of("Onno Ruding"), PersonNames.clean("Miniister Onno Ruding"));
        assertEquals(Optional.of("Olaf Scholz"), PersonNames.clean("Chancelor Olaf Scholz"));
        assertEquals(Optional.of("Mark Milley"), PersonNames.clean("Genreal Mark Milley"), "two letters swapped");
        assertEquals(Optional.of("Justine Greening"), PersonNames.clean("Justine Greening"), "a given name");
        assertEquals(Optional.of("Generali"), PersonNames.clean("Generali"), "nothing follows");
        assertEquals(Optional.of("Lula"), PersonNames.clean("Presidente Lula"), "the Portuguese title, one letter on");
    }

    @Test
    void wordsSweptInFromTheStartOfASentenceOrAJobAreRemoved() {
        assertEquals(Optional.of("Reagan"), PersonNames.clean("But Reagan"));
        assertEquals(Optional.of("Reagan"), PersonNames.clean("Friday Reagan"));
        assertEquals(Optional.of("Musa Lenkaina"), PersonNames.clean("Herder Musa Lenkaina"));
        assertEquals(Optional.of("Paul Volcker"), PersonNames.clean("Economist Paul Volcker"));
        assertEquals(Optional.of("June Carter"), PersonNames.clean("June Carter"), "a month that is also a first name");
        assertEquals(Optional.of("Chief"), PersonNames.clean("Chief"), "a single word is left as it is");
    }

    @Test
    void lettersForASeatOrAnHonourAfterTheNameAreNoPartOfIt() {
        assertEquals(
                List.of("Harriet Vale", "Owen Pryce", "Mira Oduya"),
                PersonNames.canonicalize(List.of("Harriet Vale MP", "Owen Pryce QC", "Mira Oduya OBE.", "Vale")));
        assertEquals(List.of("Tom MP", "Ines Obe"), PersonNames.canonicalize(List.of("Tom MP", "Ines Obe")));
    }

    @Test
    void aDescriptionEndingInAWordInLowerCaseIsNoPartOfTheName() {
        assertEquals(Optional.of("Jose Mourinho"), PersonNames.clean("Chelsea boss Jose Mourinho"));
        assertEquals(Optional.of("Ana Lopez"), PersonNames.clean("Real Madrid winger Ana Lopez"));
        assertEquals(Optional.of("Kofi Mensah"), PersonNames.clean("Accra-based lawyer Kofi Mensah"));
        assertEquals(
                Optional.of("Howard - himself the son"),
                PersonNames.clean("Howard - himself the son"),
                "no name follows the lower-case words");
        assertEquals(
                List.of("Jose Mourinho"),
                PersonNames.canonicalize(List.of("Chelsea manager Jose Mourinho", "Mourinho", "Blues boss Mourinho")));
    }

    @Test
    void particlesInLowerCaseStayInTheName() {
        for (String name : List.of(
                "Ludwig van Beethoven",
                "Osama bin Laden",
                "Piero della Francesca",
                "Eduardo dos Santos",
                "Mohamed ould Abdel Aziz",
                "Charles de Gaulle")) {
            assertEquals(Optional.of(name), PersonNames.clean(name));
        }
    }

    @Test
    void royalAndNobleTitlesStayBecauseTheyArePartOfTheKnownName() {
        assertEquals(Optional.of("Prince Harry"), PersonNames.clean("Prince Harry"));
        assertEquals(Optional.of("Lord Sugar"), PersonNames.clean("Lord Sugar's"));
    }

    @Test
    void aTitleAloneIsNotAName() {
        assertEquals(Optional.empty(), PersonNames.clean("President"));
        assertEquals(Optional.empty(), PersonNames.clean("Mr."));
    }

    @Test
    void whitespaceAndSurroundingQuotesAreNormalized() {
        assertEquals(Optional.of("Donald Trump"), PersonNames.clean("  \"Donald\u00A0 \n Trump,\" "));
    }

    @Test
    void aGenerationalSuffixKeepsItsDot() {
        assertEquals(Optional.of("Martin Luther King Jr."), PersonNames.clean("Martin Luther King Jr."));
    }

    @Test
    void pronounsAndSingleLettersAreDropped() {
        assertEquals(
                List.of("Angela Merkel"), PersonNames.canonicalize(List.of("He", "she", "J.", "Angela Merkel", "X")));
    }

    @Test
    void aSurnameMapsToTheFullNameUsedElsewhereInTheArticle() {
        List<String> mentions = List.of("Trump", "Donald Trump", "Mr. Trump", "Trump's", "Vladimir Putin", "Putin");
        assertEquals(List.of("Donald Trump", "Vladimir Putin"), PersonNames.canonicalize(mentions));
    }

    @Test
    void aFirstNameMapsToTheOnlyFullNameContainingIt() {
        assertEquals(List.of("Taylor Swift"), PersonNames.canonicalize(List.of("Taylor Swift", "Taylor")));
    }

    @Test
    void aPartialNameMapsToTheLongestOfNestedFullNames() {
        List<String> mentions = List.of("King", "Luther King", "Martin Luther King");
        assertEquals(List.of("Martin Luther King"), PersonNames.canonicalize(mentions));
    }

    @Test
    void spellingsWithAndWithoutAMiddleInitialAreOnePerson() {
        List<String> mentions = List.of("Donald Trump", "Donald J. Trump", "Trump");
        assertEquals(List.of("Donald J. Trump"), PersonNames.canonicalize(mentions));
    }

    @Test
    void twoPeopleWithTheSameSurnameStayApartAndTheAmbiguousSurnameIsDropped() {
        List<String> mentions = List.of("Bill Clinton", "Hillary Clinton", "Clinton", "Mrs. Clinton");
        assertEquals(List.of("Bill Clinton", "Hillary Clinton"), PersonNames.canonicalize(mentions));
    }

    @Test
    void aJuniorIsNotHisFather() {
        List<String> mentions = List.of("Donald Trump", "Donald Trump Jr.", "Trump Jr.");
        assertEquals(List.of("Donald Trump", "Donald Trump Jr."), PersonNames.canonicalize(mentions));
    }

    @Test
    void aSurnameWithoutAFullNameStaysAsWritten() {
        assertEquals(List.of("Hegseth"), PersonNames.canonicalize(List.of("Hegseth", "Hegseth's")));
    }

    @Test
    void eachPersonIsListedOnceWhateverTheCase() {
        assertEquals(
                List.of("Paul Volcker"), PersonNames.canonicalize(List.of("PAUL VOLCKER", "Paul Volcker", "VOLCKER")));
    }

    @Test
    void aPortfolioBeforeANameAndAnAsideAfterItAreNoPartOfIt() {
        assertEquals(Optional.of("Subroto"), PersonNames.clean("Energy Subroto"));
        assertEquals(Optional.of("Gerhard Stoltenberg"), PersonNames.clean("Finance Gerhard Stoltenberg"));
        assertEquals(Optional.of("Xi"), PersonNames.clean("President Xi"));
        assertEquals(Optional.of("James E"), PersonNames.clean("James E. (Jim"));
    }
}
