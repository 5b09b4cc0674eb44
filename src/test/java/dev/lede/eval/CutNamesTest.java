package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CutNamesTest {

    @Test
    void aValueWrittenOnlyAfterANameAndAndIsCut() {
        String text = "Shares of Kettle and Wharton Plc rose. Kettle &\nWharton Plc said so.";
        assertTrue(CutNames.isCut(text, "Wharton Plc"));
    }

    @Test
    void onlyAValueEndingAsAFirmsNameDoesCount() {
        String text = "The IMF and World Bank met. Brisket and Associates and Gale and Sons were there.";
        assertFalse(CutNames.isCut(text, "World Bank"));
        assertTrue(CutNames.isCut(text, "Associates"));
        assertTrue(CutNames.isCut(text, "Sons"));
    }

    @Test
    void aValueAlsoWrittenOnItsOwnIsNot() {
        String text = "Kettle and Wharton Plc rose, and Wharton Plc said so.";
        assertFalse(CutNames.isCut(text, "Wharton Plc"));
    }

    @Test
    void aValueAfterALowerCaseWordAndAndOrNotInTheTextIsNot() {
        assertFalse(CutNames.isCut("Kettle and Wharton Plc rose.", "Trust Co"));
        assertFalse(CutNames.isCut("It sold shares and Rowan Inc bought them.", "Rowan Inc"));
        assertFalse(CutNames.isCut("Kettle and Wharton Plcs rose.", "Wharton Plc"));
        assertFalse(CutNames.isCut("and Wharton Plc rose.", "Wharton Plc"));
        assertFalse(CutNames.isCut("Kettle Inc and Wharton Plc rose.", "Wharton Plc"));
    }
}
