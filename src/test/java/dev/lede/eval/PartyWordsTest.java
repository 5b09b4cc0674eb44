package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PartyWordsTest {

    private static final Path REUTERS =
            Path.of(System.getProperty("lede.sharedDir", "../shared")).resolve("corpora/reuters21578.jsonl.gz");

    private static PartyWords.Judged judged(String word, boolean party) {
        return new PartyWords.Judged(3, "reuters-1", 0, word, party);
    }

    @Test
    void aPartyIsFoundThroughAnyValueHoldingItsStem() {
        assertTrue(judged("Democratic", true).isFoundIn(List.of("Texaco", "Democrats")));
        assertTrue(judged("Democrats", true).isFoundIn(List.of("Democratic Party")));
        assertTrue(judged("Tory", true).isFoundIn(List.of("Tories")));
        assertTrue(judged("Socialists", true).isFoundIn(List.of("Socialist Party")));
        assertFalse(judged("Republican", true).isFoundIn(List.of("Democrats", "Senate")));
    }

    @Test
    void aWordNamingNoPartyCountsOnlyWhereItNamesAPartyAloneOrAfterADoctrine() {
        assertFalse(judged("Greens", false).isPartyNameIn(List.of("Greens Creek Joint Venture")));
        assertFalse(judged("Green", false).isPartyNameIn(List.of("Green Mountain Power")));
        assertTrue(judged("Greens", false).isPartyNameIn(List.of("Greens")));
        assertTrue(judged("Green", false).isPartyNameIn(List.of("Greens")));
        assertTrue(judged("Liberal", false).isPartyNameIn(List.of("House", "Liberal Democrats")));
        assertFalse(judged("Liberal", false).isPartyNameIn(List.of("Democrats")));
    }

    @Test
    void theJudgementsAreOfWordsTheStoriesHoldWhereTheySay() {
        Assumptions.assumeTrue(Files.isRegularFile(REUTERS), "Reuters not found at " + REUTERS.toAbsolutePath());
        List<PartyWords.Judged> judged = PartyWords.read();
        Map<String, ReutersRecord> stories = ReutersCorpus.read(REUTERS, 0).stream()
                .collect(Collectors.toMap(record -> record.article().id(), Function.identity()));
        assertEquals(450, judged.size());
        for (PartyWords.Judged word : judged) {
            ReutersRecord story = stories.get(word.id());
            assertTrue(
                    word.isAt(story.article().title() + "\n" + story.article().body()), word.toString());
        }
        assertEquals(86, PartyWords.heldOutParties());
    }
}
