package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Words Porter's stem joins to words of no kin are indexed and searched by stems of their own. */
class StemOverridesTest {

    @Test
    void aWordOfNoKinToTheStemsOtherWordsHasItsOwn() throws IOException {
        for (Analyzer analyzer : List.of(Schema.analyzer(), Schema.queryAnalyzer(), WordForms.keepingForms())) {
            assertNotEquals(stem(analyzer, "news"), stem(analyzer, "new"));
            assertNotEquals(stem(analyzer, "quite"), stem(analyzer, "quit"));
            assertNotEquals(stem(analyzer, "generation"), stem(analyzer, "general"));
            assertNotEquals(stem(analyzer, "generous"), stem(analyzer, "general"));
            assertNotEquals(stem(analyzer, "university"), stem(analyzer, "universe"));
            assertNotEquals(stem(analyzer, "used"), stem(analyzer, "us"));
        }
    }

    @Test
    void theFormsOfAFamilyKeepOneStem() throws IOException {
        Analyzer analyzer = Schema.analyzer();
        assertEquals(stem(analyzer, "generation"), stem(analyzer, "generations"));
        assertEquals(stem(analyzer, "generation"), stem(analyzer, "generated"));
        assertEquals(stem(analyzer, "used"), stem(analyzer, "using"));
        assertEquals(stem(analyzer, "used"), stem(analyzer, "uses"));
        assertEquals(stem(analyzer, "quitting"), stem(analyzer, "quit"));
    }

    @Test
    void wordsOfKinStillShareTheStemmersStem() throws IOException {
        Analyzer analyzer = Schema.analyzer();
        assertEquals(stem(analyzer, "sanction"), stem(analyzer, "sanctions"));
        assertEquals(stem(analyzer, "economic"), stem(analyzer, "economics"));
        assertEquals(stem(analyzer, "hope"), stem(analyzer, "hopeful"));
        assertEquals(stem(analyzer, "final"), stem(analyzer, "finalize"));
        assertEquals(stem(analyzer, "generally"), stem(analyzer, "general"));
    }

    @Test
    void anIndexOfAnOlderSchemaIsSearchedByTheStemmerAlone() throws IOException {
        assertEquals(List.of("+new"), AnalyzedTokens.of(Schema.queryAnalyzer("10"), "news"));
        assertEquals(List.of("+news"), AnalyzedTokens.of(Schema.queryAnalyzer("11"), "news"));
        assertEquals(List.of("+news"), AnalyzedTokens.of(Schema.queryAnalyzer(""), "News"), "no index yet");
        assertEquals(List.of("+new"), AnalyzedTokens.of(Schema.analyzer("10"), "news"), "its words, as it wrote them");
        assertEquals(List.of("+news"), AnalyzedTokens.of(Schema.analyzer("11"), "news"));
    }

    @Test
    void theListIsReadWholeInSolrsFormatAndEachStemIsAWordOfItsFamily() {
        String text = StemOverrides.fileText();
        assertTrue(text.startsWith("# Words given the stem of their own family"), text.substring(0, 60));
        assertTrue(text.contains("\nnews\tnews\n"), "a tab between word and stem");
        assertEquals(
                StemOverrides.stems().size(),
                WordLists.entries(StemOverrides.FILE).size());
        for (String own : StemOverrides.stems().values()) {
            assertEquals(own, StemOverrides.stems().get(own), own + " keeps its own stem");
        }
    }

    private static String stem(Analyzer analyzer, String word) throws IOException {
        List<String> tokens = AnalyzedTokens.of(analyzer, word);
        assertEquals(1, tokens.size(), word + ": " + tokens);
        return tokens.get(0);
    }
}
