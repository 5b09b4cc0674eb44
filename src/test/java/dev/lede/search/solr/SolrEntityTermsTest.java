package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.search.EntityMatcher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;
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
    void aCountryLeavesOutTheArticlesABlockedPlaceAloneBroughtItToAndOnlyLedeNestsQueries() {
        EntityAliases withdrawn = new EntityAliases(List.of())
                .withWithdrawnValues(Map.of(
                        FacetField.COUNTRY,
                        Map.of("United States", new LinkedHashSet<>(List.of("vegas-1", "vegas-2")))));
        EntityMatcher countries = new EntityMatcher(
                field -> field == FacetField.COUNTRY ? List.of("United States", "Kenya") : List.of(), withdrawn);
        SolrQuery typed = new SolrQuery("country:\"united states\" OR _query_:\"{!terms f=id}kenya\"");
        typed.set("uf", "title body country");

        SolrQuery resolved = SolrEntityTerms.resolve(typed, countries, withdrawn);

        assertEquals(
                "(country:(\"United States\") AND NOT _query_:\"{!terms f=id separator=$lede.withdrawnSeparator"
                        + " v=$lede.withdrawn.0}\") OR _query_\\:\"{!terms f=id}kenya\"",
                resolved.getQuery());
        assertEquals("title body country _query_", resolved.get("uf"));
        assertEquals("vegas-1\u001fvegas-2", resolved.get("lede.withdrawn.0"));
        assertEquals("\u001f", resolved.get("lede.withdrawnSeparator"));
        assertEquals("title body country", typed.get("uf"));
    }

    @Test
    void withNoCountryWithdrawnTheQueryNestsNothing() {
        EntityAliases withdrawn = new EntityAliases(List.of())
                .withWithdrawnValues(Map.of(FacetField.COUNTRY, Map.of("United States", Set.of("vegas-1"))));
        EntityMatcher countries = new EntityMatcher(
                field -> field == FacetField.COUNTRY ? List.of("United States", "Kenya") : List.of(), withdrawn);
        SolrQuery typed = new SolrQuery("country:kenya OR country:peru");
        typed.set("uf", "title body country");

        SolrQuery resolved = SolrEntityTerms.resolve(typed, countries, withdrawn);

        assertEquals("country:(\"Kenya\") OR country:(\"\\u0001\")", resolved.getQuery());
        assertEquals("title body country", resolved.get("uf"));
        assertNull(resolved.get("lede.withdrawn.0"));
    }

    @Test
    void onlyEntityFieldsAreRecognised() {
        assertTrue(SolrEntityTerms.mentionsAny("title:x OR org:\"Acme Corp\""));
        assertFalse(SolrEntityTerms.mentionsAny("title:person body:\"place: here\""));
        assertFalse(SolrEntityTerms.mentionsAny(null));
    }
}
