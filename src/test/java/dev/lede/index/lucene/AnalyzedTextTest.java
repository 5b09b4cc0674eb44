package dev.lede.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.index.CommonGrams;
import dev.lede.index.Schema;
import dev.lede.index.WordForms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** A text analysed once replays exactly the analyzer's tokens, and its grams follow the common-grams rule. */
class AnalyzedTextTest {

    private static final Analyzer WORDS = Schema.analyzer();
    private static final List<String> VOCABULARY = List.of(
            "The",
            "refinery",
            "said",
            "it",
            "would",
            "reopen",
            "of",
            "England's",
            "new",
            "news",
            "generations",
            "used",
            "year",
            "copper",
            "strike",
            "and",
            "harbour",
            "tariffs",
            "Crude",
            "oil",
            "...",
            "2025",
            "Roberts",
            "Robert's",
            "talks",
            "US",
            "U.S.",
            "WHO");

    @Test
    void theReplayIsTheAnalyzersOwnStreamWithOrWithoutTheWrittenForms() throws IOException {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            String text = text(random);
            try (TokenStream direct = WORDS.tokenStream(Schema.BODY, text)) {
                List<String> expected = describe(direct);
                assertEquals(
                        expected,
                        describe(AnalyzedText.of(WORDS, Schema.BODY, text).tokens()),
                        text);
                AnalyzedText keepingForms = AnalyzedText.of(WordForms.keepingForms(), Schema.BODY, text);
                assertEquals(expected, describe(keepingForms.tokens()), text);
                assertEquals(Set.copyOf(WordForms.changedByStemming(List.of(text))), keepingForms.writtenFormSet());
            }
        }
    }

    @Test
    void theGramsAreThoseOfTheRuleOverTheTermsAndTheirPositions() throws IOException {
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            String text = text(random);
            AnalyzedText analyzed = AnalyzedText.of(WORDS, Schema.BODY, text);
            List<String> terms = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            try (TokenStream stream = WORDS.tokenStream(Schema.BODY, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                int position = -1;
                while (stream.incrementToken()) {
                    position += increment.getPositionIncrement();
                    terms.add(term.toString());
                    positions.add(position);
                }
                stream.end();
            }
            int[] at = positions.stream().mapToInt(Integer::intValue).toArray();
            assertEquals(CommonGrams.grams(terms, at), analyzed.commonGrams(), text);
            assertEquals(terms, analyzed.terms());
        }
    }

    @Test
    void theWrittenFormsAreTheWordsStemmingChanges() {
        AnalyzedText text = AnalyzedText.of(
                WordForms.keepingForms(), Schema.BODY, "Roberts's talks with Robert and the refinery's owners");
        assertEquals(Set.of("roberts", "talks", "refinery", "owners"), text.writtenFormSet());
        assertEquals(
                Set.of(), AnalyzedText.of(WORDS, Schema.BODY, "Roberts talks").writtenFormSet());
    }

    @Test
    void anAcronymKeptTwiceMakesAGramOfEachOfItsTermsWithTheWordsBesideIt() {
        AnalyzedText text = AnalyzedText.of(WORDS, Schema.BODY, "the US said");
        assertEquals(List.of("us said", "u. said"), text.commonGrams());
    }

    @Test
    void aStopWordBetweenTwoWordsLeavesNoGramOfThem() {
        AnalyzedText text = AnalyzedText.of(WORDS, Schema.BODY, "Bank of England bank said");
        assertEquals(List.of("bank said"), text.commonGrams());
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, words = random.nextInt(30); i < words; i++) {
            text.append(VOCABULARY.get(random.nextInt(VOCABULARY.size()))).append(random.nextInt(5) == 0 ? ", " : " ");
        }
        return text.toString();
    }

    /** Every token with its increment and offsets, then the final increment and offset of {@code end()}. */
    private static List<String> describe(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            tokens.add(term + "+" + increment.getPositionIncrement() + "@" + offset.startOffset() + "-"
                    + offset.endOffset());
        }
        stream.end();
        tokens.add("end+" + increment.getPositionIncrement() + "@" + offset.endOffset());
        stream.close();
        return tokens;
    }
}
