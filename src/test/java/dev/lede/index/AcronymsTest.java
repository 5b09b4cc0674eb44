package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {

    @Test
    void anAcronymTypedInCapitalsOrWithPointsIsReadBothWaysBeforeTheOtherWritings() throws IOException {
        assertEquals(
                List.of("+u.", "us", "+pretax/2", "pre", "+tax"),
                AnalyzedTokens.of(Schema.queryAnalyzer(), "US pre-tax"));
        assertEquals(List.of("+u.", "+trade"), AnalyzedTokens.of(Schema.queryAnalyzer(), "U.S. trade"));
        assertEquals(List.of("+uk", "u.k", "+trade"), AnalyzedTokens.of(Schema.queryAnalyzer(), "U.K. trade"));
        assertEquals(
                List.of("+u.", "+trade"),
                AnalyzedTokens.of(Schema.analyzer(), "U.S. trade"),
                "stemmed as the index stems it");
        assertEquals(List.of("+us", "+trade"), AnalyzedTokens.of(Schema.queryAnalyzer(), "us trade"));
        assertEquals(List.of("+trade"), AnalyzedTokens.of(Schema.queryAnalyzer(), "IT trade"));
    }

    @Test
    void theSolrConfigSetCarriesTheListAsWritten() {
        String text = Acronyms.fileText();
        assertTrue(text.startsWith("# Acronyms in capitals"), text.substring(0, 80));
        assertTrue(text.contains("\nUS => US,U.S\n"));
        assertTrue(Acronyms.pairs().contains(new Acronyms.Pair("UK", "U.K", true)));
        assertTrue(Acronyms.pairs().contains(new Acronyms.Pair("US", "U.S", false)));
    }
}
