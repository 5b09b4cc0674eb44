package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SpellingWordsTest {

    @Test
    void onlyPlainWordsOfThreeLettersOrMoreAreOfferedAndOperatorsAreKept() throws Exception {
        List<String> asked = new ArrayList<>();
        Optional<String> suggestion = suggest(
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
        assertEquals(Optional.empty(), suggest("drought farms", word -> List.of(), NO_COUNTS));
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
                suggest(
                        "Reagn and OPCE in viena",
                        word -> switch (word) {
                            case "Reagn" -> List.of(correction("reagan", 1, 3));
                            case "OPCE" -> List.of(correction("opec", 1, 3));
                            case "viena" -> List.of(correction("vienna", 1, 3));
                            default -> List.of();
                        },
                        query -> query.contains(" ") ? 1 : 0));
    }

    @Test
    void typedWithAnotherWordASlipTakesTheCorrectionTheyStandTogetherWithInArticles() throws Exception {
        Map<String, Long> articles = Map.of("\"tony blair\"", 120L, "tony blair", 150L, "tony blame", 4L);
        SpellingWords.Counter counter = query -> articles.getOrDefault(query, 0L);
        Corrections blare = word ->
                word.equals("blare") ? List.of(correction("blame", 1, 50), correction("blair", 2, 900)) : List.of();

        assertEquals(Optional.of("tony blair"), suggest("tony blare", blare, counter));
        assertEquals(
                Optional.of("tony AND blame"),
                suggest("tony AND blare", blare, counter),
                "with an operator the words are no phrase, and the nearer correction stays");
        assertEquals(Optional.of("blame"), suggest("blare", blare, NO_COUNTS), "a word alone is not counted");
    }

    @Test
    void withoutAPhraseTheNearestCorrectionsThatFindTheMostArticlesWin() throws Exception {
        Map<String, Long> articles = Map.of("bank work", 5L, "bank words", 2L, "bank wars", 40L, "bank wires", 900L);
        Corrections wors = word -> word.equals("wors")
                ? List.of(
                        correction("work", 1, 900),
                        correction("words", 1, 200),
                        correction("wars", 1, 100),
                        correction("wires", 2, 300))
                : List.of();

        assertEquals(
                Optional.of("bank wars"),
                suggest("bank wors", wors, query -> articles.getOrDefault(query, 0L)),
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

    /** {@link SpellingWords#suggest} where articles write every word in lower case. */
    private static Optional<String> suggest(String query, Corrections corrections, SpellingWords.Counter counter)
            throws Exception {
        return SpellingWords.suggest(query, new TestWords(corrections, word -> 0L, TestWords::inLowerCase), counter);
    }

    /** An engine's corrections of a word. */
    @FunctionalInterface
    private interface Corrections {
        List<SpellingWords.Correction> of(String word) throws Exception;
    }

    /** Words of an index made of maps: articles with each word's stem, and texts writing it. */
    private record TestWords(
            Corrections corrections, Function<String, Long> withStem, Function<String, List<String>> texts)
            implements SpellingWords.Words {

        /** Where articles write every word in lower case. */
        static List<String> inLowerCase(String word) {
            return List.of("as written: " + word.toLowerCase(Locale.ROOT));
        }

        @Override
        public List<SpellingWords.Correction> corrections(String word) {
            try {
                return corrections.of(word);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public long articlesWithStem(String word) {
            return withStem.apply(word);
        }

        @Override
        public List<String> textsHolding(String word) {
            return texts.apply(word);
        }
    }

    /** Finds nothing for any word alone, and counts nothing else. */
    private static final SpellingWords.Counter NO_COUNTS = query -> {
        if (query.matches("\\p{L}+")) {
            return 0;
        }
        throw new AssertionError("counted " + query);
    };

    private static SpellingWords.Correction correction(String word, int edits, int articles) {
        return new SpellingWords.Correction(word, edits, articles);
    }

    private static SpellingWords.Candidate candidate(String stem, int articles) {
        return SpellingWords.Candidate.stem(stem, articles);
    }

    @Test
    void aWordFewArticlesHoldIsCheckedAndOneMostHoldIsNot() {
        assertTrue(SpellingWords.isRare(0, 10));
        assertTrue(SpellingWords.isRare(SpellingWords.RARE_WORD_ARTICLES, 10));
        assertFalse(SpellingWords.isRare(SpellingWords.RARE_WORD_ARTICLES + 1, 10));
        assertTrue(SpellingWords.isRare(1_000, 1_000_000), "one in a thousand of a large index");
        assertFalse(SpellingWords.isRare(1_001, 1_000_000));
    }

    @Test
    void aWordSomeArticlesHoldTakesOnlyACorrectionOneEditAwayAndFarMoreCommon() throws Exception {
        Map<String, Long> articles = Map.of("goverment", 3L, "", 2_000L);
        Corrections corrector = word ->
                List.of(correction("gas", 2, 900), correction("govern", 1, 29), correction("government", 1, 30));
        assertEquals(
                Optional.of("government"),
                suggest("goverment", corrector, query -> articles.getOrDefault(query, 0L)),
                "gas is two edits away; govern is in fewer than ten times the articles");
        assertEquals(
                Optional.empty(),
                suggest("goverment", word -> List.of(correction("govern", 1, 29)), articles::get),
                "nothing far more common is close");
    }

    @Test
    void aRareWordIsASlipOnlyOfAWordArticlesWriteAsTheyWriteIt() throws Exception {
        Map<String, Long> articles =
                Map.of("peres", 3L, "apirl", 2L, "chili", 2L, "ouput", 1L, "monye", 1L, "jaied", 13L, "", 20_000L);
        Map<String, List<String>> texts = Map.of(
                "peres", List.of("Shimon Peres spoke.", "PERES VISITS CAIRO"),
                "peers", List.of("The peers voted."),
                "apirl", List.of("Pay Apirl 10."),
                "april", List.of("Record April 1."),
                "chili", List.of("A chili harvest."),
                "chile", List.of("Chile exports copper."),
                "ouput", List.of("OUPUT FALLS"),
                "monye", List.of("Mony said."),
                "jaied", List.of("Jai said."));
        Corrections corrector = word -> switch (word) {
            case "peres" -> List.of(correction("peers", 1, 300));
            case "apirl" -> List.of(correction("april", 1, 900));
            case "chili" -> List.of(correction("chile", 1, 900));
            case "ouput" -> List.of(correction("output", 1, 900));
            case "monye" -> List.of(correction("money", 1, 900));
            case "jaied" -> List.of(correction("jailed", 1, 900));
            default -> List.of();
        };
        SpellingWords.Counter counter = query -> articles.getOrDefault(query, 0L);
        Map<String, Optional<String>> expected = Map.of(
                "peres", Optional.empty(), // a name, no slip of a word written in lower case
                "apirl", Optional.of("april"), // written with a capital, as April is
                "chili", Optional.empty(), // a word, no slip of a name
                "ouput", Optional.empty(), // only in a headline in capitals: no telling
                "monye", Optional.of("money"), // found through another word's stem, never written as typed
                "jaied", Optional.empty()); // more articles hold it than were read
        for (var word : expected.entrySet()) {
            assertEquals(
                    word.getValue(),
                    SpellingWords.suggest(word.getKey(), new TestWords(corrector, w -> 0L, texts::get), counter),
                    word.getKey());
        }
    }

    @Test
    void aWordManyArticlesHoldIsNotCorrectedNorCountedWhereItsStemAloneIsInMany() throws Exception {
        Corrections none = word -> {
            throw new AssertionError("asked for corrections of " + word);
        };
        Map<String, Long> articles = Map.of("graft", 6L, "", 2_000L);
        assertEquals(Optional.empty(), suggest("graft", none, articles::get));
        SpellingWords.Counter onlyTheIndex = query -> {
            if (query.isEmpty()) {
                return 2_000L;
            }
            throw new AssertionError("counted " + query);
        };
        assertEquals(
                Optional.empty(),
                SpellingWords.suggest("graft", new TestWords(none, word -> 6L, TestWords::inLowerCase), onlyTheIndex));
    }

    @Test
    void rareWordsTypedAsArticlesWriteThemTogetherAreKeptUnlessFarMoreWriteACorrection() throws Exception {
        Corrections prizes = word -> word.equals("prizes") ? List.of(correction("prices", 1, 400)) : List.of();
        Map<String, Long> kept =
                Map.of("gas", 50L, "prizes", 2L, "", 2_000L, "\"gas prizes\"", 2L, "\"gas prices\"", 19L);
        assertEquals(
                Optional.empty(),
                suggest("gas prizes", prizes, query -> kept.getOrDefault(query, 0L)),
                "fewer than ten times as many articles write gas prices");
        Map<String, Long> corrected = new HashMap<>(kept);
        corrected.put("\"gas prices\"", 20L);
        assertEquals(
                Optional.of("gas prices"), suggest("gas prizes", prizes, query -> corrected.getOrDefault(query, 0L)));
        assertEquals(Optional.of("prices"), suggest("prizes", prizes, query -> kept.getOrDefault(query, 0L)));
    }

    @Test
    void aWordIsWrittenInLowerCaseSomewhereElseWithACapitalOrNotAsTyped() {
        assertEquals(
                SpellingWords.Writing.LOWER_CASE,
                SpellingWords.writing("Goverment", List.of("Goverment sources.", "the goverment said")));
        assertEquals(
                SpellingWords.Writing.CAPITALISED,
                SpellingWords.writing("peres", List.of("Shimon Peres said.", "PERES VISITS")),
                "a text wholly in capitals says nothing");
        assertEquals(
                SpellingWords.Writing.IN_CAPITALS,
                SpellingWords.writing("ouput", List.of("OUPUT FALLS", "Output fell.")));
        assertEquals(SpellingWords.Writing.UNSEEN, SpellingWords.writing("herlihy", List.of("Dan o'herlihy dies")));
        assertEquals(SpellingWords.Writing.UNSEEN, SpellingWords.writing("graft", List.of("grafton said")));
    }

    @Test
    void writtenWordsAreTheLettersOfTheTextLowerCasedInOrder() {
        assertEquals(List.of("the", "country", "s", "votes"), SpellingWords.writtenWords("The country's 2 votes."));
        assertEquals(List.of(), SpellingWords.writtenWords(null));
    }
}
