package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamelessSentencesTest {

    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    @Test
    void aSentenceWhoseOnlyCapitalOpensItOnAFunctionWordNamesNothing() {
        assertTrue(NamelessSentences.namesNothing(words("It said prices fell in the fourth quarter .")));
        assertTrue(NamelessSentences.namesNothing(words("However , output rose by 3 pct .")));
        assertTrue(NamelessSentences.namesNothing(words("`` We will not sell , '' he said .")));
        assertTrue(NamelessSentences.namesNothing(words("I think I will wait , she said .")));
        assertTrue(NamelessSentences.namesNothing(words("shares closed higher .")));
        assertTrue(NamelessSentences.namesNothing(words("-- 12.5 ; 3/4")));
    }

    @Test
    void anyOtherCapitalMayBeAName() {
        assertFalse(NamelessSentences.namesNothing(words("The minister met Putin on Tuesday .")));
        assertFalse(NamelessSentences.namesNothing(words("Prices fell in the quarter .")));
        assertFalse(NamelessSentences.namesNothing(words("Baker said rates would fall .")));
        assertFalse(NamelessSentences.namesNothing(words("`` Ecuador will pay , '' he said .")));
        assertFalse(NamelessSentences.namesNothing(words("the talks in iPhone town ended .")));
    }

    @Test
    void daysAndMonthsNameNothingButMayAndAShoutedWordMight() {
        assertTrue(NamelessSentences.namesNothing(words("It said on Tuesday that sales rose in March .")));
        assertTrue(NamelessSentences.namesNothing(words("Tuesday 's vote was put off until September .")));
        assertFalse(NamelessSentences.namesNothing(words("May said on Tuesday that she would stay .")));
        assertFalse(NamelessSentences.namesNothing(words("It said on Tuesday that Baker would stay .")));
        assertFalse(NamelessSentences.namesNothing(words("the vote in MARCH was delayed .")));
    }

    @Test
    void aFunctionWordInCapitalsIsAName() {
        assertFalse(NamelessSentences.namesNothing(words("US shares fell sharply .")));
        assertFalse(NamelessSentences.namesNothing(words("IT spending rose .")));
        assertTrue(NamelessSentences.namesNothing(words("Us ? never , he said .")));
    }

    @Test
    void wordsFurtherThanTheReachFromAnyCapitalAreLeftOut() {
        List<String> sentence = words("Output at the plant rose by about three pct in each of the past four quarters as"
                + " demand for its steel from carmakers held up , Nippon Steel said .");
        int beforeNippon = sentence.indexOf("Nippon") - NamelessSentences.REACH;

        List<String> near = NamelessSentences.nearCapitals(sentence, sentence);

        assertEquals(sentence.subList(0, 1 + NamelessSentences.REACH), near.subList(0, 1 + NamelessSentences.REACH));
        assertEquals(
                sentence.subList(beforeNippon, sentence.size()),
                near.subList(1 + NamelessSentences.REACH, near.size()));
    }

    @Test
    void aSentenceWhoseWordsAreAllNearACapitalIsReadWhole() {
        List<String> sentence = words("Baker met Nakasone in Tokyo on Friday , officials said .");

        assertSame(sentence, NamelessSentences.nearCapitals(sentence, sentence));
    }

    @Test
    void anOpeningFunctionWordAndADayReachNoWords() {
        List<String> sentence = words("The bank said on Tuesday that lending to small firms in the farm belt had"
                + " fallen for the sixth month running , the longest fall since records began , Volcker said .");

        List<String> near = NamelessSentences.nearCapitals(sentence, sentence);

        assertEquals(sentence.subList(sentence.indexOf("Volcker") - NamelessSentences.REACH, sentence.size()), near);
    }

    @Test
    void aParagraphUsesCapitalsWhenAWordAfterASentencesFirstHasOne() {
        assertTrue(NamelessSentences.usesCapitals(List.of(words("It rose 2 pct ."), words("Sales fell in Japan ."))));
        assertFalse(NamelessSentences.usesCapitals(
                List.of(words("He left ."), words("finance minister manuel azpurua said so ."))));
        assertFalse(NamelessSentences.usesCapitals(List.of(words("I said I would ."))));
    }
}
