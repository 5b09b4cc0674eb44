package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonTagsTest {

    @Test
    void aSurnameTagMatchesAnyNameEndingWithIt() {
        assertTrue(PersonTags.matches("reagan", "Ronald Reagan"));
        assertTrue(PersonTags.matches("reagan", "Reagan"));
        assertTrue(PersonTags.matches("poehl", "Karl Otto Poehl"));
        assertFalse(PersonTags.matches("reagan", "Reagan Smith"));
    }

    @Test
    void aTagWithAGivenNameNeedsBothGivenNameAndSurname() {
        assertTrue(PersonTags.matches("james-baker", "James Baker"));
        assertTrue(PersonTags.matches("james-baker", "James A. Baker"));
        assertFalse(PersonTags.matches("james-baker", "Howard Baker"));
        assertFalse(PersonTags.matches("james-baker", "Baker"));
        assertTrue(PersonTags.matches("howard-baker", "Howard Baker Jr."));
    }

    @Test
    void aMultiWordSurnameTagMatchesTheWholeSurname() {
        assertTrue(PersonTags.matches("de-la-madrid", "Miguel de la Madrid"));
        assertTrue(PersonTags.matches("von-weizsaecker", "Richard von Weizsaecker"));
        assertTrue(PersonTags.matches("perez-de-cuellar", "Javier Perez de Cuellar"));
        assertFalse(PersonTags.matches("de-la-madrid", "Madrid"));
    }

    @Test
    void matchingIgnoresCaseAccentsAndPossessives() {
        assertTrue(PersonTags.matches("poehl", "POEHL"));
        assertTrue(PersonTags.matches("perez-de-cuellar", "Javier Pérez de Cuéllar"));
        assertTrue(PersonTags.anyMatches("lawson", List.of("Margaret Thatcher", "Nigel Lawson's")));
        assertFalse(PersonTags.anyMatches("lawson", List.of()));
    }
}
