package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

class CompoundWordsTest {

    @Test
    void theQueryAnalyzerReadsAJoinedWordAlsoAsItsTwoParts() throws IOException {
        assertEquals(List.of("+pre", "pretax/2", "+tax", "+profit"), tokens(Schema.queryAnalyzer(), "pretax profit"));
        assertEquals(List.of("+pretax/2", "pre", "+tax"), tokens(Schema.queryAnalyzer(), "pre-tax"));
    }

    @Test
    void bothWritingsAreStemmedAndSpelledEitherWay() throws IOException {
        assertEquals(List.of("+nonperform/2", "non", "+perform"), tokens(Schema.queryAnalyzer(), "non-performing"));
        assertEquals(List.of("+minim/2", "mini", "minimis/2", "+mise"), tokens(Schema.queryAnalyzer(), "minimise"));
    }

    @Test
    void anOrdinaryWordBeforeAnotherStaysItselfAndTheIndexKeepsWhatIsWritten() throws IOException {
        assertEquals(List.of("+overal"), tokens(Schema.queryAnalyzer(), "overall"));
        assertEquals(List.of("+resign"), tokens(Schema.queryAnalyzer(), "resign"));
        assertEquals(List.of("+pretax", "+pre", "+tax"), tokens(Schema.analyzer(), "pretax pre-tax"));
    }

    @Test
    void theSolrConfigSetCarriesTheListAsWritten() {
        String text = CompoundWords.fileText();
        assertTrue(text.startsWith("# Words written joined"), text.substring(0, 80));
        assertTrue(text.contains("\npretax,pre-tax\n"));
    }

    /** Each token, "+" where it starts a position and "/n" where it spans n positions. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Schema.BODY, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add((increment.getPositionIncrement() > 0 ? "+" : "")
                        + term
                        + (length.getPositionLength() > 1 ? "/" + length.getPositionLength() : ""));
            }
            stream.end();
        }
        return tokens;
    }
}
