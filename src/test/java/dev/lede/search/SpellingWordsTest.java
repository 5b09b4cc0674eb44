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
        Optional<String> suggestion = SpellingWords.suggest(
                "drougth AND title:farms OR wat* NOT fam~1 \"kyiv tram\" of",
                word -> {
                    asked.add(word);
                    return word.equals("drougth") ? List.of(correction("drought", 1, 5)) : List.of();
                },
                NO_COUNTS);
        assertEquals(List.of("drougth", "kyiv", "tram"), asked);
        assertEquals(Optional.of("drought AND title:farms OR wat* NOT fam~1 \"kyiv tram\" of"), suggestion);
    }

    @Test
    void aQueryWithNothingCorrectedHasNoSuggestion() throws Exception {
        assertEquals(Optional.empty(), SpellingWords.suggest("drought farms", word -> List.of(), NO_COUNTS));
    }

    @Test
    void aCorrectionIsAWrittenFormWithinTwoEditsOfTheWordAsTyped() throws Exception {
        Map<String, List<String>> forms = Map.of(
                "electr", List.of("electric", "electrical"),
                "govern", List.of("governing", "governments", "government"));
        assertEquals(
                Optional.empty(),
                closest("election", List.of(candidate("electr", 40)), forms::get),
                "three edits as written, though the stems are one apart");
        assertEquals(
                Optional.of("government"),
                closest("Goverment", List.of(candidate("govern", 3)), forms::get),
                "the closest form of the stem, not the first one written, case aside");
    }

    @Test
    void ofEquallyCloseFormsTheOneOfTheStemMoreArticlesHoldWins() throws Exception {
        Map<String, List<String>> forms = Map.of("ecomon", List.of("ecomonic"), "economi", List.of("economy"));
        List<SpellingWords.Candidate> candidates = List.of(candidate("ecomon", 1), candidate("economi", 900));
        assertEquals(Optional.of("economy"), closest("ecomony", candidates, forms::get));
        assertEquals(
                Optional.of("ecomonic"), closest("ecomonc", candidates, forms::get), "fewer edits first, however rare");
    }

    @Test
    void aStemNoArticleShowsAWordForStandsForItself() throws Exception {
        assertEquals(Optional.of("countri"), closest("cuntri", List.of(candidate("countri", 2)), stem -> List.of()));
    }

    @Test
    void aCorrectionTakesTheCaseTheWordWasTypedIn() throws Exception {
        assertEquals(
                Optional.of("Reagan and OPEC in vienna"),
                SpellingWords.suggest(
                        "Reagn and OPCE in viena",
                        word -> switch (word) {
                            case "Reagn" -> List.of(correction("reagan", 1, 3));
                            case "OPCE" -> List.of(correction("opec", 1, 3));
                            case "viena" -> List.of(correction("vienna", 1, 3));
                            default -> List.of();
                        },
                        query -> 1));
    }

    @Test
    void typedWithAnotherWordASlipTakesTheCorrectionTheyStandTogetherWithInArticles() throws Exception {
        Map<String, Long> articles = Map.of("\"tony blair\"", 120L, "tony blair", 150L, "tony blame", 4L);
        SpellingWords.Counter counter = query -> articles.getOrDefault(query, 0L);
        SpellingWords.Corrector blare = word ->
                word.equals("blare") ? List.of(correction("blame", 1, 50), correction("blair", 2, 900)) : List.of();

        assertEquals(Optional.of("tony blair"), SpellingWords.suggest("tony blare", blare, counter));
        assertEquals(
                Optional.of("tony AND blame"),
                SpellingWords.suggest("tony AND blare", blare, counter),
                "with an operator the words are no phrase, and the nearer correction stays");
        assertEquals(
                Optional.of("blame"), SpellingWords.suggest("blare", blare, NO_COUNTS), "a word alone is not counted");
    }

    @Test
    void withoutAPhraseTheNearestCorrectionsThatFindTheMostArticlesWin() throws Exception {
        Map<String, Long> articles = Map.of("bank work", 5L, "bank words", 2L, "bank wars", 40L, "bank wires", 900L);
        SpellingWords.Corrector wors = word -> word.equals("wors")
                ? List.of(
                        correction("work", 1, 900),
                        correction("words", 1, 200),
                        correction("wars", 1, 100),
                        correction("wires", 2, 300))
                : List.of();

        assertEquals(
                Optional.of("bank wars"),
                SpellingWords.suggest("bank wors", wors, query -> articles.getOrDefault(query, 0L)),
                "of the three one edit away, the one the query finds most with; not wires, two edits away");
    }

    @Test
    void correctionsAreRankedByEditsThenArticlesEachWordOnce() throws Exception {
        Map<String, List<String>> forms = Map.of("manag", List.of("manager", "managers"), "manger", List.of("manger"));
        List<SpellingWords.Correction> ranked = SpellingWords.corrections(
                "manqger",
                List.of(candidate("manger", 3), candidate("manag", 400), SpellingWords.Candidate.word("manager", 380)),
                forms::get);
        assertEquals(
                List.of(correction("manager", 1, 400), correction("manger", 1, 3), correction("managers", 2, 400)),
                ranked);
    }

    /** The first of the corrections, as a word alone takes it. */
    private static Optional<String> closest(
            String typed, List<SpellingWords.Candidate> candidates, SpellingWords.WrittenForms forms) throws Exception {
        return SpellingWords.corrections(typed, candidates, forms).stream()
                .findFirst()
                .map(SpellingWords.Correction::word);
    }

    private static final SpellingWords.Counter NO_COUNTS = query -> {
        throw new AssertionError("counted " + query);
    };

    private static SpellingWords.Correction correction(String word, int edits, int articles) {
        return new SpellingWords.Correction(word, edits, articles);
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
