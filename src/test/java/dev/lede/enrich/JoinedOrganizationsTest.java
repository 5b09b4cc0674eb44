package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class JoinedOrganizationsTest {

    private static final Predicate<String> PLACES = Set.of("Canada", "Norway", "Lower Saxony")::contains;

    private static List<EntityMention> split(EntityMention... mentions) {
        return JoinedOrganizations.apply(List.of(mentions), PLACES);
    }

    @Test
    void twoWholeNamesJoinedByAndAreTwoOrganisations() {
        assertEquals(
                List.of(org("Asian Development Bank"), org("Interior Ministry"), person("Ana Ruiz")),
                split(org("Asian Development Bank and Interior Ministry"), person("Ana Ruiz")));
        assertEquals(
                List.of(org("Northgate Mining Corp"), org("Pellworth Holdings Ltd")),
                split(org("Northgate Mining Corp & Pellworth Holdings Ltd")));
    }

    @Test
    void aHeadBeforeOfAndAPlaceIsAWholeNameBeforeTheAnd() {
        assertEquals(
                List.of(org("Bank of Canada"), org("Committee of Finance Ministers")),
                split(org("Bank of Canada and Committee of Finance Ministers")));
        assertEquals(
                List.of(org("Council of Lower Saxony"), org("Harbour Authority")),
                split(org("Council of Lower\nSaxony and Harbour Authority")));
    }

    @Test
    void aHeadBeforeOfAndNoPlaceLeavesTheNameWhole() {
        List<EntityMention> whole = List.of(org("Ministry of Fisheries and Coastal Affairs"));
        assertSame(whole, JoinedOrganizations.apply(whole, PLACES));
        assertEquals(
                List.of(org("Office of Budget and Trade Policy Council")),
                split(org("Office of Budget and Trade Policy Council")));
    }

    @Test
    void threeNamesSplitIntoThree() {
        assertEquals(
                List.of(org("Farm Credit Board"), org("Grain Growers Association"), org("Transport Department")),
                split(org("Farm Credit Board and Grain Growers Association and Transport Department")));
    }

    @Test
    void aPartnersFirmBeforeTheAndIsWhole() {
        assertEquals(
                List.of(org("Dunmore Webb and Partners"), org("Halvard Steel Inc")),
                split(org("Dunmore Webb and Partners and Halvard Steel Inc")));
    }

    @Test
    void oneNameWithAnAndInsideStaysWhole() {
        List<EntityMention> names = List.of(
                org("Securities and Futures Commission"),
                org("Department of Trade and Industry"),
                org("Northern Savings and Loan Association"),
                org("Coastal Bank and Trust Co"),
                org("Kessler Trust and Banking Co Ltd"),
                org("Grain Exchange and Licensing Board"),
                org("Tokyo Marine and Fire Insurance Co"),
                org("Harlow Mayer and Co"),
                org("Pike Bank and Co Inc"));
        assertSame(names, JoinedOrganizations.apply(names, PLACES));
    }

    @Test
    void onlyOrganisationsAreSplit() {
        List<EntityMention> names =
                List.of(place("Antigua and Barbuda"), person("Farm Credit Board and Transport Department"));
        assertSame(names, JoinedOrganizations.apply(names, PLACES));
    }
}
