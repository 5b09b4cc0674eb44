package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundWordsTest {

    @Test
    void theQueryAnalyzerReadsAJoinedWordAlsoAsItsTwoParts() throws IOException {
        assertEquals(
                List.of("+pre", "pretax/2", "+tax", "+profit"),
                AnalyzedTokens.of(Schema.queryAnalyzer(), "pretax profit"));
        assertEquals(List.of("+pretax/2", "pre", "+tax"), AnalyzedTokens.of(Schema.queryAnalyzer(), "pre-tax"));
    }

    @Test
    void bothWritingsAreStemmedAndSpelledEitherWay() throws IOException {
        assertEquals(
                List.of("+nonperform/2", "non", "+perform"),
                AnalyzedTokens.of(Schema.queryAnalyzer(), "non-performing"));
        assertEquals(
                List.of("+minim/2", "mini", "minimis/2", "+mise"),
                AnalyzedTokens.of(Schema.queryAnalyzer(), "minimise"));
    }

    @Test
    void anOrdinaryWordBeforeAnotherStaysItselfAndTheIndexKeepsWhatIsWritten() throws IOException {
        assertEquals(List.of("+overal"), AnalyzedTokens.of(Schema.queryAnalyzer(), "overall"));
        assertEquals(List.of("+resign"), AnalyzedTokens.of(Schema.queryAnalyzer(), "resign"));
        assertEquals(List.of("+pretax", "+pre", "+tax"), AnalyzedTokens.of(Schema.analyzer(), "pretax pre-tax"));
    }

    @Test
    void theSolrConfigSetCarriesTheListAsWritten() {
        String text = CompoundWords.fileText();
        assertTrue(text.startsWith("# Words written joined"), text.substring(0, 80));
        assertTrue(text.contains("\npretax,pre-tax\n"));
    }
}
