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
    void aQuotedWordAsksToBeFoundAsWrittenOrSpeltAnotherWay() {
        assertEquals(List.of(List.of("goods")), WordForms.asWritten(" Goods "));
        assertEquals(List.of(List.of("organisations", "organizations")), WordForms.asWritten("organisations"));
        assertEquals(List.of(List.of("goods"), List.of("services")), WordForms.asWritten("goods/services"));
        assertEquals(List.of(), WordForms.asWritten("good"), "stemming leaves it as it is");
    }

    @Test
    void aPhraseOrAWordWithAWildcardOrAnotherWritingKeepsItsStems() {
        assertEquals(List.of(), WordForms.asWritten("sporting goods"));
        assertEquals(List.of(), WordForms.asWritten("goods*"));
        assertEquals(List.of(), WordForms.asWritten("non-performing"));
        assertEquals(List.of(), WordForms.asWritten("semiannually"));
    }
}
