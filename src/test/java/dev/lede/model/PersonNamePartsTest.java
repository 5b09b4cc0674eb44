package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a person's name is taken apart for the automatic merges, with and without accents, articles and initials. */
class PersonNamePartsTest {

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(PersonNameParts.of("Jose Maria Aznar"), PersonNameParts.of("José María AZNAR"));
        assertEquals(PersonNameParts.of("Lech Walesa").words(), List.of("lech", "walesa"));
        assertEquals(
                List.of("francois", "hollande"),
                PersonNameParts.of("François Hollande").words());
    }

    @Test
    void aJoinedArabicArticleIsDroppedButAHyphenatedNameIsKeptAsWords() {
        assertEquals(
                List.of("muammar", "qaddafi"),
                PersonNameParts.of("Muammar al-Qaddafi").words());
        assertEquals(
                List.of("ali", "sistani"), PersonNameParts.of("Ali Al-Sistani").words());
        assertEquals(
                List.of("jean", "luc", "picard"),
                PersonNameParts.of("Jean-Luc Picard").words());
        assertEquals(List.of("alan", "smith"), PersonNameParts.of("Alan Smith").words(), "al only as a joined article");
    }

    @Test
    void initialsAreSetApartAndWhetherTheyComeFirstIsKept() {
        PersonNameParts tolkien = PersonNameParts.of("J. R. R. Tolkien");
        assertEquals(List.of('j', 'r', 'r'), tolkien.initials());
        assertTrue(tolkien.initialsFirst());
        assertEquals(List.of("tolkien"), tolkien.words());

        PersonNameParts bush = PersonNameParts.of("George W. Bush");
        assertEquals(List.of('w'), bush.initials());
        assertFalse(bush.initialsFirst());
        assertEquals(List.of("george", "bush"), bush.words());
    }

    @Test
    void anythingButLettersGoesAndSpacesDoNotMakeWords() {
        assertEquals(List.of("obrien"), PersonNameParts.of("O'Brien").words());
        assertEquals(
                List.of("sergey", "lavrov"),
                PersonNameParts.of("  Sergey   Lavrov 3 ").words());
        assertTrue(PersonNameParts.of(" - . ").words().isEmpty());
        assertTrue(PersonNameParts.of(" - . ").initials().isEmpty());
    }

    @Test
    void aFinalYAfterAConsonantIsEvenedOutWithTheOtherTransliterations() {
        assertEquals(
                PersonNameParts.transliterationForm("zelenskyy"), PersonNameParts.transliterationForm("zelenskyi"));
        assertEquals(PersonNameParts.transliterationForm("zelensky"), PersonNameParts.transliterationForm("zelenski"));
        assertNotEquals(PersonNameParts.transliterationForm("murray"), PersonNameParts.transliterationForm("murra"));
        assertEquals(PersonNameParts.transliterationForm("gaddafi"), PersonNameParts.transliterationForm("qadhafi"));
        assertEquals(
                PersonNameParts.of("Volodymyr Zelenskyy").surnameForm(),
                PersonNameParts.of("Volodymyr Zelenskyi").surnameForm());
    }
}
