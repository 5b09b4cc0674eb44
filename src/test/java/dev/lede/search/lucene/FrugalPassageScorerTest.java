package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FrugalPassageScorerTest {

    private static final String[] WORDS = {"tram", "strike", "council", "vote", "budget", "rail"};

    private final PassageScorer lucene = new PassageScorer();
    private final FrugalPassageScorer frugal = new FrugalPassageScorer();

    @Test
    void scoresEveryPassageExactlyAsLuceneDoes() {
        Random random = new Random(20261201);
        for (int round = 0; round < 20_000; round++) {
            Passage passage = randomPassage(random);
            int contentLength = passage.getEndOffset() + random.nextInt(20_000);
            assertEquals(
                    Float.floatToIntBits(lucene.score(passage, contentLength)),
                    Float.floatToIntBits(frugal.score(passage, contentLength)),
                    passage::toString);
        }
    }

    @Test
    void aRepeatedTermScoresAboveItsSingleMatchAndADistinctSecondTermAboveThat() {
        Passage once = passage(0, 120, "tram");
        Passage twice = passage(0, 120, "tram", "tram");
        Passage twoTerms = passage(0, 120, "tram", "strike");
        assertTrue(frugal.score(twice, 5_000) > frugal.score(once, 5_000));
        assertTrue(frugal.score(twoTerms, 5_000) > frugal.score(twice, 5_000));
    }

    @Test
    void aPassageWithoutMatchesScoresZero() {
        assertEquals(0f, frugal.score(passage(40, 200), 5_000));
    }

    private static Passage randomPassage(Random random) {
        int start = random.nextInt(5_000);
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(start + 140 + random.nextInt(400));
        int matches = random.nextInt(14);
        for (int i = 0; i < matches; i++) {
            int at = start + i * 10;
            passage.addMatch(at, at + 4, new BytesRef(WORDS[random.nextInt(WORDS.length)]), 1 + random.nextInt(30));
        }
        return passage;
    }

    private static Passage passage(int start, int end, String... terms) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < terms.length; i++) {
            passage.addMatch(start + i * 10, start + i * 10 + 4, new BytesRef(terms[i]), 3);
        }
        return passage;
    }
}
