package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingWordsTest {

    @Test
    void onlyPlainWordsOfThreeLettersOrMoreAreOfferedAndOperatorsAreKept() throws Exception {
        List<String> asked = new ArrayList<>();
        Optional<String> suggestion =
                SpellingWords.suggest("drougth AND title:farms OR wat* NOT fam~1 \"kyiv tram\" of", word -> {
                    asked.add(word);
                    return word.equals("drougth") ? Optional.of("drought") : Optional.empty();
                });
        assertEquals(List.of("drougth", "kyiv", "tram"), asked);
        assertEquals(Optional.of("drought AND title:farms OR wat* NOT fam~1 \"kyiv tram\" of"), suggestion);
    }

    @Test
    void aQueryWithNothingCorrectedHasNoSuggestion() throws Exception {
        assertEquals(Optional.empty(), SpellingWords.suggest("drought farms", word -> Optional.empty()));
    }

    @Test
    void aCorrectionIsAWrittenFormWithinTwoEditsOfTheWordAsTyped() throws Exception {
        Map<String, List<String>> forms = Map.of(
                "electr", List.of("electric", "electrical"),
                "govern", List.of("governing", "governments", "government"));
        assertEquals(
                Optional.empty(),
                SpellingWords.closestWritten("election", List.of(candidate("electr", 40)), forms::get),
                "three edits as written, though the stems are one apart");
        assertEquals(
                Optional.of("government"),
                SpellingWords.closestWritten("Goverment", List.of(candidate("govern", 3)), forms::get),
                "the closest form of the stem, not the first one written, case aside");
    }

    @Test
    void ofEquallyCloseFormsTheOneOfTheStemMoreArticlesHoldWins() throws Exception {
        Map<String, List<String>> forms = Map.of("ecomon", List.of("ecomonic"), "economi", List.of("economy"));
        List<SpellingWords.Candidate> candidates = List.of(candidate("ecomon", 1), candidate("economi", 900));
        assertEquals(Optional.of("economy"), SpellingWords.closestWritten("ecomony", candidates, forms::get));
        assertEquals(
                Optional.of("ecomonic"),
                SpellingWords.closestWritten("ecomonc", candidates, forms::get),
                "fewer edits first, however rare");
    }

    @Test
    void aStemNoArticleShowsAWordForStandsForItself() throws Exception {
        assertEquals(
                Optional.of("countri"),
                SpellingWords.closestWritten("cuntri", List.of(candidate("countri", 2)), stem -> List.of()));
    }

    @Test
    void aCorrectionTakesTheCaseTheWordWasTypedIn() throws Exception {
        assertEquals(
                Optional.of("Reagan and OPEC in vienna"),
                SpellingWords.suggest(
                        "Reagn and OPCE in viena",
                        word -> Optional.ofNullable(
                                switch (word) {
                                    case "Reagn" -> "reagan";
                                    case "OPCE" -> "opec";
                                    case "viena" -> "vienna";
                                    default -> null;
                                })));
    }

    private static SpellingWords.Candidate candidate(String stem, int articles) {
        return SpellingWords.Candidate.stem(stem, articles);
    }

    @Test
    void writtenWordsAreTheLettersOfTheTextLowerCasedInOrder() {
        assertEquals(List.of("the", "country", "s", "votes"), SpellingWords.writtenWords("The country's 2 votes."));
        assertEquals(List.of(), SpellingWords.writtenWords(null));
    }
}
