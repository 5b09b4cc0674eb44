package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.FacetField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gazetteer's other names of a value, for prefixes typed in the facet value box. */
class GazetteerNameAliasesTest {

    private static final GazetteerNameAliases ALIASES = new GazetteerNameAliases(Gazetteer.load());

    @Test
    void oldNamesAndExonymsOfACityAreItsOtherNames() {
        assertTrue(ALIASES.otherNames(FacetField.PLACE, "Mumbai").contains("Bombay"));
        assertTrue(ALIASES.otherNames(FacetField.PLACE, "Beijing").contains("Peking"));
        assertTrue(ALIASES.otherNames(FacetField.PLACE, "Kolkata").contains("Calcutta"));
    }

    @Test
    void aTownShownByItsEnglishNameHasItsOwnNameAmongItsOtherNames() {
        List<String> cologne = ALIASES.otherNames(FacetField.PLACE, "Cologne");
        assertTrue(cologne.contains("Köln"), cologne.toString());
        assertTrue(ALIASES.valuesNamed(FacetField.PLACE, "Köln").contains("Cologne"));
        assertFalse(cologne.contains("Cologne"), "not the value itself");
    }

    @Test
    void formerStatesAndForeignNamesOfACountryAreItsOtherNames() {
        List<String> russia = ALIASES.otherNames(FacetField.COUNTRY, "Russia");
        assertTrue(russia.contains("Soviet Union"), russia.toString());
        assertTrue(ALIASES.otherNames(FacetField.COUNTRY, "Myanmar").contains("Burma"));
        assertTrue(ALIASES.otherNames(FacetField.COUNTRY, "Ivory Coast").contains("Côte d'Ivoire"));
    }

    @Test
    void aRegionTypedByItsOwnNameFindsTheRegionValue() {
        assertEquals(List.of("Texas, United States"), ALIASES.valuesNamed(FacetField.REGION, "Texas"));
        assertEquals(List.of("Bavaria, Germany"), ALIASES.valuesNamed(FacetField.REGION, "bavaria"));
        assertEquals(List.of("Ontario, Canada"), ALIASES.valuesNamed(FacetField.REGION, "Ontario"));
    }

    @Test
    void aTownTypedAsARegionFindsNoRegion() {
        assertEquals(List.of(), ALIASES.valuesNamed(FacetField.REGION, "Houston"));
        assertEquals(List.of(), ALIASES.valuesNamed(FacetField.REGION, "Munich"));
        assertEquals(List.of(), ALIASES.valuesNamed(FacetField.REGION, "West Texas"));
    }

    @Test
    void everyOtherNameTypedAloneFindsTheValueBack() {
        for (String value : List.of("Paris", "Georgia", "Mumbai", "London", "Geneva", "Fallujah")) {
            for (String name : ALIASES.otherNames(FacetField.PLACE, value)) {
                assertTrue(ALIASES.valuesNamed(FacetField.PLACE, name).contains(value), name + " → " + value);
            }
        }
    }

    @Test
    void aNameOfAnotherPlaceIsNotAnOtherName() {
        assertFalse(ALIASES.otherNames(FacetField.PLACE, "Mumbai").contains("Beijing"));
        assertEquals(List.of(), ALIASES.otherNames(FacetField.PLACE, "Nowhere Such Town"));
    }

    @Test
    void fieldsThatAreNotPlacesHaveNone() {
        assertEquals(List.of(), ALIASES.otherNames(FacetField.PERSON, "Mumbai"));
        assertEquals(List.of(), ALIASES.otherNames(FacetField.ORG, "Russia"));
    }
}
