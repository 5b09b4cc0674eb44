package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PressOutletsTest {

    @Test
    void aNameCalledANewspaperAMagazineOrANewsAgencyRightBeforeOrAfterIsAnOutlet() {
        assertTrue(PressOutlets.isNamedAsAnOutlet(
                "He was quoted by the daily Stavanger Posten as saying so.", "Stavanger Posten"));
        assertTrue(PressOutlets.isNamedAsAnOutlet("The Welsh newspaper Cymro Heddiw said on Monday.", "Cymro Heddiw"));
        assertTrue(PressOutlets.isNamedAsAnOutlet("The Vardavan newspaper reported the talks.", "Vardavan"));
        assertTrue(PressOutlets.isNamedAsAnOutlet("Tarsia daily said the plan would fail.", "Tarsia"));
        assertTrue(PressOutlets.isNamedAsAnOutlet("Chile's official Orvena news agency said.", "Orvena"));
        assertTrue(PressOutlets.isNamedAsAnOutlet("It told the weekly Kellen magazine.", "Kellen"));
    }

    @Test
    void theOutletsTownOwnerOrHowOftenSomethingHappensIsNoOutlet() {
        // the town or the owner: the outlet's own name follows, or "a", or the plural
        assertFalse(PressOutlets.isNamedAsAnOutlet("The Hallam newspaper Evening Star said so.", "Hallam"));
        assertFalse(PressOutlets.isNamedAsAnOutlet("It appeared in a Hallam newspaper on Friday.", "Hallam"));
        assertFalse(PressOutlets.isNamedAsAnOutlet("Press reports in Hallam newspapers said so.", "Hallam"));
        assertFalse(PressOutlets.isNamedAsAnOutlet("The Hallam weekly Evening Star said so.", "Hallam"));
        // daily as an adverb, and a name the newspaper's own name starts with
        assertFalse(PressOutlets.isNamedAsAnOutlet("Flights leave Corrin daily, the airline said.", "Corrin"));
        assertFalse(PressOutlets.isNamedAsAnOutlet("Planes leave Corrin daily.", "Corrin"));
        assertFalse(PressOutlets.isNamedAsAnOutlet("The daily Corrin Gazette said so.", "Corrin"));
        // "the newspaper" alone before a name: the newspaper was told about a person
        assertFalse(PressOutlets.isNamedAsAnOutlet("He told the newspaper Dunmore had resigned.", "Dunmore"));
    }
}
