package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordFormsTest {

    @Test
    void aQuerysFormsAreItsWordsThatStemmingChangesLowerCasedWithoutPossessivesOrStopWords() {
        assertEquals(
                List.of("roberts", "talks", "owens"),
                WordForms.changedByStemming(List.of("Roberts", "the TALKS", "Robert", "Owens's", "oil", "talks")));
    }

    @Test
    void aPhraseGivesEachOfItsChangedWords() {
        assertEquals(List.of("sanctions", "prices"), WordForms.changedByStemming(List.of("sanctions on oil prices")));
    }

    @Test
    void aQueryRanksAtMostSixteenFormsByHowTheyAreWritten() {
        List<String> words = new ArrayList<>();
        for (char c = 'a'; c <= 't'; c++) {
            words.add("word" + c + "s");
        }
        List<String> forms = WordForms.changedByStemming(words);
        assertEquals(WordForms.MAX_QUERY_FORMS, forms.size());
        assertEquals("wordas", forms.get(0));
    }

    @Test
    void aQuotedPhraseAsksEachWordStemmingChangesAsWrittenOrSpeltAnotherWay() {
        assertEquals(List.of(List.of("sporting"), List.of("goods")), WordForms.asWritten("the Sporting Goods"));
        assertEquals(List.of(List.of("organisations", "organizations")), WordForms.asWritten("organisations"));
        assertEquals(List.of(), WordForms.asWritten("good news"));
    }

    @Test
    void aQuotedWordWithAWildcardOrAnotherWritingIsLeftToItsPatternOrStems() {
        assertEquals(List.of(List.of("goods")), WordForms.asWritten("sporting* goods"));
        assertEquals(List.of(), WordForms.asWritten("Semiannually non-performing"));
    }
}
