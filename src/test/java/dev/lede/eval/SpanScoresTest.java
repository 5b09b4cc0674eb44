package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScoresTest {

    private static final String SNIPPET = """
            -DOCSTART- -X- O O

            EU NNP I-NP I-ORG
            rejects VBZ I-VP O
            German JJ I-NP I-MISC
            call NN I-NP O
            . . O O

            Peter NNP I-NP I-PER
            Blackburn NNP I-NP I-PER
            visited VBD I-VP O
            New NNP I-NP I-LOC
            York NNP I-NP I-LOC
            Paris NNP I-NP B-LOC
            . . O O

            -DOCSTART- -X- O O

            Kohl NNP I-NP I-PER
            """;

    @Test
    void readsIob1SpansPerDocumentAndLeavesMiscOut() {
        List<ConllDocument> documents = ConllCorpus.parse(SNIPPET);

        assertEquals(2, documents.size());
        ConllDocument first = documents.getFirst();
        assertEquals(
                List.of(
                        new TokenSpan("ORG", 0, 1),
                        new TokenSpan("PER", 5, 7),
                        new TokenSpan("LOC", 8, 10),
                        new TokenSpan("LOC", 10, 11)),
                first.gold());
        assertEquals("EU rejects German call .\nPeter Blackburn visited New York Paris .", first.text());
        assertEquals(List.of(new TokenSpan("PER", 0, 1)), documents.get(1).gold());
    }

    @Test
    void mapsCharacterOffsetsBackToTokens() {
        ConllDocument document = ConllCorpus.parse(SNIPPET).getFirst();
        int start = document.text().indexOf("New York");

        assertEquals(new TokenSpan("LOC", 8, 10), document.toTokens("LOC", start, start + "New York".length()));
        assertEquals(new TokenSpan("LOC", 8, 9), document.toTokens("LOC", start, start + 2));
        assertNull(document.toTokens("LOC", start - 1, start - 1 + 1));
    }

    @Test
    void scoresExactMatchesOnlyPerType() {
        ConllDocument document = ConllCorpus.parse(SNIPPET).getFirst();
        SpanScores scores = new SpanScores(ConllCorpus.TYPES);

        scores.add(
                document.gold(),
                List.of(
                        new TokenSpan("ORG", 0, 1), // right
                        new TokenSpan("PER", 6, 7), // "Blackburn" alone: wrong boundary
                        new TokenSpan("LOC", 8, 11), // "New York Paris" as one: wrong
                        new TokenSpan("LOC", 10, 11))); // right

        assertEquals(new SpanScores.Score(1, 0, 0), scores.of("ORG"));
        assertEquals(new SpanScores.Score(0, 1, 1), scores.of("PER"));
        assertEquals(new SpanScores.Score(1, 1, 1), scores.of("LOC"));
        assertEquals(0.5, scores.of("LOC").precision(), 1e-9);
        assertEquals(0.5, scores.of("LOC").recall(), 1e-9);
        assertEquals(0.5, scores.of("LOC").f1(), 1e-9);
        assertEquals(0.0, scores.of("PER").f1(), 1e-9);
        SpanScores.Score overall = scores.overall();
        assertEquals(2.0 / 4, overall.precision(), 1e-9);
        assertEquals(2.0 / 4, overall.recall(), 1e-9);
    }

    @Test
    void addsUpOverDocuments() {
        SpanScores scores = new SpanScores(ConllCorpus.TYPES);
        scores.add(List.of(new TokenSpan("PER", 0, 2)), List.of(new TokenSpan("PER", 0, 2)));
        scores.add(List.of(new TokenSpan("PER", 3, 4)), List.of());

        assertEquals(new SpanScores.Score(1, 0, 1), scores.of("PER"));
        assertEquals(2.0 / 3, scores.of("PER").f1(), 1e-9);
    }
}
