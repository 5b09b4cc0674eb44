package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingsTest {

    @ParameterizedTest
    @CsvSource({
        "Basle, Basel",
        "Kharkov, Kharkiv",
        "Duesseldorf, Düsseldorf",
        "SEVILLE, Sevilla",
        "Hongkong, Hong Kong",
        "Frankfurt, Frankfurt am Main",
        "Washington DC, Washington",
        "St Etienne, Saint-Étienne",
        "Ft. Worth, Fort Worth",
        "Sao Paolo, São Paulo",
        "Oporto, Porto",
        "Medina, Madinah",
        "Jidda, Jeddah"
    })
    void spellingsOfOneNameAreVariants(String written, String name) {
        assertTrue(Spellings.areVariants(written, name), written + " / " + name);
        assertTrue(Spellings.areVariants(name, written), name + " / " + written);
    }

    @ParameterizedTest
    @CsvSource({
        "Twickenham, Huntsville",
        "Cologne, Köln",
        "Martinsville, Martinsburg",
        "Goa, Mormugao",
        "Cumbria, Cumberland",
        "Great Neck, Copiague",
        "San Miguel, San Diego",
        "Usa, Yokkaichi"
    })
    void differentNamesAreNot(String written, String name) {
        assertFalse(Spellings.areVariants(written, name), written + " / " + name);
    }
}
