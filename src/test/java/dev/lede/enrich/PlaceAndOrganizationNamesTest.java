package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceAndOrganizationNamesTest {

    @Test
    void placesLosePossessivesAndPunctuationAndAreListedOnce() {
        List<String> mentions = List.of("Ukraine", "Ukraine's", "\"Munich,\"", "UKRAINE", "The Hague");
        assertEquals(List.of("Ukraine", "Munich", "The Hague"), PlaceAndOrganizationNames.places(mentions));
    }

    @Test
    void dottedAbbreviationsAreTheSameNameAsUndotted() {
        assertEquals(List.of("US", "UK"), PlaceAndOrganizationNames.places(List.of("U.S.", "US", "U.K.")));
    }

    @Test
    void organizationsLoseALeadingThe() {
        List<String> mentions = List.of("the Kremlin", "Kremlin", "The European Commission", "NATO's");
        assertEquals(
                List.of("Kremlin", "European Commission", "NATO"), PlaceAndOrganizationNames.organizations(mentions));
    }

    @Test
    void aLoneNounForAKindOfOrganisationOrItsBudgetIsNoValueButItsSpanStaysAnOrganisation() {
        List<String> mentions = List.of(
                "Bank of England",
                "the Bank",
                "Commission",
                "MINISTRY",
                "Cabinet",
                "Union Pacific",
                "Banks",
                "European Community",
                "the Community",
                "the Budget",
                "Budget Rent a Car Corp");
        assertEquals(
                List.of(
                        "Bank of England",
                        "Cabinet",
                        "Union Pacific",
                        "Banks",
                        "European Community",
                        "Budget Rent a Car Corp"),
                PlaceAndOrganizationNames.withoutLoneKinds(PlaceAndOrganizationNames.organizations(mentions)));
        assertEquals(Optional.of("Bank"), PlaceAndOrganizationNames.cleanOrganization("the Bank"));
        assertEquals(List.of("Bank"), PlaceAndOrganizationNames.organizations(List.of("the Bank")), "a given tag");
    }

    @Test
    void theAdjectiveOfAPublicBodyAloneIsNoOrganisation() {
        assertEquals(
                List.of("Congressional Budget Office", "Continental", "Parliament"),
                PlaceAndOrganizationNames.organizations(List.of(
                        "Congressional",
                        "Congressional Budget Office",
                        "Parliamentary",
                        "Ministerial",
                        "Governmental",
                        "Presidential",
                        "Continental",
                        "Parliament")));
    }

    @Test
    void veryShortJunkIsDropped() {
        assertEquals(List.of("EU"), PlaceAndOrganizationNames.organizations(List.of("A", "-", "42", "EU", "'s")));
    }

    @Test
    void companyAbbreviationsKeepTheirDot() {
        assertEquals(List.of("Acme Corp."), PlaceAndOrganizationNames.organizations(List.of("Acme Corp.")));
    }

    @Test
    void aLegalFormAloneOrADatelineWithItsMonthIsNoOrganisation() {
        assertEquals(Optional.empty(), PlaceAndOrganizationNames.cleanOrganization("Co."));
        assertEquals(Optional.empty(), PlaceAndOrganizationNames.cleanOrganization("Inc"));
        assertEquals(Optional.empty(), PlaceAndOrganizationNames.cleanOrganization("New York Sept"));
        assertEquals(Optional.empty(), PlaceAndOrganizationNames.cleanOrganization("Chicago Oct."));
        assertEquals(Optional.of("Texaco Inc"), PlaceAndOrganizationNames.cleanOrganization("Texaco Inc"));
    }
}
