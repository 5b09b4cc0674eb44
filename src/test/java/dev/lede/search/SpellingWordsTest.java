package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
    void writtenWordsAreTheLettersOfTheTextLowerCasedInOrder() {
        assertEquals(List.of("the", "country", "s", "votes"), SpellingWords.writtenWords("The country's 2 votes."));
        assertEquals(List.of(), SpellingWords.writtenWords(null));
    }
}
