package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.search.EntityMatcher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolrEntityTermsTest {

    private final EntityMatcher matcher = new EntityMatcher(
            field -> Map.of(
                            FacetField.PERSON, List.of("Volodymyr Zelenskyy", "Zelda Fitzgerald", "Olaf Scholz"),
                            FacetField.PLACE, List.of("Munich", "Kyiv"))
                    .getOrDefault(field, List.of()),
            new EntityAliases(List.of()));

    @Test
    void aSurnameBecomesTheFullNamesItBelongsTo() {
        assertEquals(
                "drone AND person:(\"Volodymyr Zelenskyy\")",
                SolrEntityTerms.resolve("drone AND person:zelenskyy", matcher));
    }

    @Test
    void aPrefixAQuotedNameAndANegationKeepTheirPlaceInTheQuery() {
        assertEquals(
                "person:(\"Volodymyr Zelenskyy\" OR \"Zelda Fitzgerald\") -place:(\"Munich\")",
                SolrEntityTerms.resolve("person:zel* -place:\"munich\"", matcher));
    }

    @Test
    void aNameThatMeansNothingMatchesNothingRatherThanEverything() {
        assertEquals("person:(\"\\u0001\")", SolrEntityTerms.resolve("person:nobody", matcher));
    }

    @Test
    void onlyEntityFieldsAreRecognised() {
        assertTrue(SolrEntityTerms.mentionsAny("title:x OR org:\"Acme Corp\""));
        assertFalse(SolrEntityTerms.mentionsAny("title:person body:\"place: here\""));
        assertFalse(SolrEntityTerms.mentionsAny(null));
    }
}
