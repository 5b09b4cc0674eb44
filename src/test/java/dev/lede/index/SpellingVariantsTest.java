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
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

    @Test
    void eachSpellingNamesTheOther() {
        assertEquals(List.of("color"), SpellingVariants.of("colour"));
        assertEquals(List.of("colour"), SpellingVariants.of("color"));
        assertEquals(List.of("organisation"), SpellingVariants.of("organization"));
        assertEquals(List.of(), SpellingVariants.of("program"), "a word of both Englishes");
        assertEquals(List.of(), SpellingVariants.of("harbourmaster's"));
    }

    @Test
    void theQueryAnalyzerReadsAWordInBothSpellingsAtOnePlaceAndStemsThem() throws IOException {
        assertEquals(
                List.of("+labor", "labour", "+parti", "+color", "colour"),
                tokens(Schema.queryAnalyzer(), "Labour party colours"));
        assertEquals(List.of("+labour", "+parti", "+colour"), tokens(Schema.analyzer(), "Labour party colours"));
        assertEquals(List.of("+defens", "defenc", "+cut"), tokens(Schema.queryAnalyzer(), "the defence cuts"));
    }

    @Test
    void theSolrConfigSetCarriesTheListAsWritten() {
        String text = SpellingVariants.fileText();
        assertTrue(text.startsWith("# British and American spellings"), text.substring(0, 80));
        assertTrue(text.contains("\naluminium,aluminum\n"));
    }

    /** Each token, "+" where it starts a position, as the query parser reads them. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Schema.BODY, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add((increment.getPositionIncrement() > 0 ? "+" : "") + term);
            }
            stream.end();
        }
        return tokens;
    }
}
