package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {

    @Test
    void theIndexKeepsAnAcronymInCapitalsAlsoWithPoints() throws IOException {
        assertEquals(List.of("+us", "u.", "+trade"), AnalyzedTokens.of(Schema.analyzer(), "US trade"));
        assertEquals(List.of("+who", "w.h.o", "+said"), AnalyzedTokens.of(Schema.analyzer(), "the WHO said"));
        assertEquals(
                List.of("+u.", "+trade"),
                AnalyzedTokens.of(Schema.analyzer(), "U.S. trade"),
                "stemmed as the query's points are");
        assertEquals(List.of("+us", "+trade"), AnalyzedTokens.of(Schema.analyzer(), "us trade"));
        assertEquals(List.of("+us", "+trade"), AnalyzedTokens.of(Schema.analyzer(), "Us trade"), "not in capitals");
        assertEquals(List.of("+usa", "u.s.a"), AnalyzedTokens.of(Schema.analyzer(), "USA"));
    }

    @Test
    void aQueryTypedInCapitalsSearchesThePointsOnlyBeforeTheOtherWritings() throws IOException {
        assertEquals(
                List.of("+u.", "+pretax/2", "pre", "+tax"), AnalyzedTokens.of(Schema.queryAnalyzer(), "US pre-tax"));
        assertEquals(List.of("+u.", "+trade"), AnalyzedTokens.of(Schema.queryAnalyzer(), "U.S. trade"));
        assertEquals(List.of("+u.k", "+trade"), AnalyzedTokens.of(Schema.queryAnalyzer(), "UK trade"));
        assertEquals(List.of("+us", "+trade"), AnalyzedTokens.of(Schema.queryAnalyzer(), "us trade"));
        assertEquals(List.of("+trade"), AnalyzedTokens.of(Schema.queryAnalyzer(), "IT trade"));
        assertEquals(
                List.of("+aid", "a.i.d.", "+nato", "n.a.t.o"),
                AnalyzedTokens.of(Schema.queryAnalyzer(), "AIDS NATO"),
                "four letters: also the word, which a style may write in small letters");
    }

    @Test
    void anIndexOfAnOlderSchemaIsSearchedForAShortAcronymAsItsWordToo() throws IOException {
        assertEquals(List.of("+us", "u.", "+trade"), AnalyzedTokens.of(Schema.queryAnalyzer("9"), "US trade"));
        assertEquals(List.of("+u.", "+trade"), AnalyzedTokens.of(Schema.queryAnalyzer("10"), "US trade"));
        assertEquals(List.of("+u."), AnalyzedTokens.of(Schema.queryAnalyzer(""), "US"), "no index yet");
    }

    @Test
    void theSolrConfigSetIndexesWithTheListAsWrittenAndSearchesWithThePointsAlone() {
        String text = Acronyms.fileText();
        assertTrue(text.startsWith("# Acronyms in capitals"), text.substring(0, 80));
        assertTrue(text.contains("\nUS => US,U.S\n"));
        assertTrue(text.contains("\nUK => UK,U.K\n"));
        assertTrue(Acronyms.queryFileText().contains("\nUS => U.S\n"));
        assertTrue(Acronyms.queryFileText().contains("\nNATO => NATO,N.A.T.O\n"));
        assertTrue(Acronyms.pairs().contains(new Acronyms.Pair("NATO", "N.A.T.O")));
        assertEquals(Acronyms.pairs().size(), Acronyms.queryFileText().lines().count(), "one query line an acronym");
    }
}
