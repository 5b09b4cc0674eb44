package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list is derived from a word list and WordNet: which words a stem joins without kinship, and what they get. */
class StemOverridesBuilderTest {

    @TempDir
    Path wordNet;

    @Test
    void aFamilyOfNoKinToTheStemsWordGetsItsShortestWordAsItsStem() throws IOException {
        WordFamilies families = smallWordNet();
        Set<String> words =
                Set.of("new", "newer", "newly", "news", "general", "generals", "generate", "generated", "generation");
        assertEquals(
                Map.of("general", "general", "generals", "general", "news", "news"),
                StemOverridesBuilder.overrides(words, families::familiesOf, Schema::porterStem));
    }

    @Test
    void theStemStaysWithTheFamilyOfTheWordItSpellsElseWithTheLargest() throws IOException {
        WordFamilies families = smallWordNet();
        assertEquals(
                Map.of("use", "use", "used", "use", "uses", "use"),
                StemOverridesBuilder.overrides(
                        Set.of("us", "use", "used", "uses"), families::familiesOf, Schema::porterStem),
                "us is the stem, though its family is the smaller");
        assertEquals(
                Map.of("general", "general"),
                StemOverridesBuilder.overrides(
                        Set.of("general", "generate", "generated", "generation"),
                        families::familiesOf,
                        Schema::porterStem),
                "no word is gener: the larger family keeps it");
    }

    @Test
    void wordsWordNetDoesNotKnowOrThatASuffixMakesFromAnotherKeepTheStem() throws IOException {
        WordFamilies families = smallWordNet();
        assertEquals(
                Map.of(),
                StemOverridesBuilder.overrides(
                        Set.of("new", "newish", "newsy"), families::familiesOf, Schema::porterStem),
                "newish and newsy are not in this WordNet");
        assertEquals(
                Map.of(),
                StemOverridesBuilder.overrides(Set.of("hope", "hopeful"), families::familiesOf, Schema::porterStem),
                "no link between them, but hopeful is hope with -ful");
        assertEquals(
                Map.of("quite", "quite"),
                StemOverridesBuilder.overrides(Set.of("quit", "quite"), families::familiesOf, Schema::porterStem),
                "no link, and an e is no suffix");
    }

    @Test
    void aFamilyWhoseShortestWordIsAnotherStemAlreadyKeepsThePorterStem() throws IOException {
        WordFamilies families = smallWordNet();
        Set<String> words = new TreeSet<>(Set.of("new", "news", "newses"));
        assertEquals("news", Schema.porterStem("newses"), "news is the stem of another word");
        assertEquals(Map.of(), StemOverridesBuilder.overrides(words, families::familiesOf, Schema::porterStem));
    }

    @Test
    void wordNetsLemmasInflectionsAndLinksMakeTheFamilies() throws IOException {
        WordFamilies families = smallWordNet();
        assertEquals(Set.of("new"), families.lemmasOf("newer"));
        assertEquals(Set.of("news"), families.lemmasOf("news"), "new is no noun, so news is no plural of it");
        assertEquals(Set.of("generate"), families.lemmasOf("generated"));
        assertEquals(Set.of("see", "saw"), families.lemmasOf("saw"), "an irregular form and a lemma");
        assertEquals(Set.of(), families.lemmasOf("newish"));
        assertEquals(Set.of(), families.familiesOf("went"), "an irregular form of a lemma this WordNet lacks");
        assertEquals(families.familiesOf("generation"), families.familiesOf("generated"), "a derivation link");
        assertEquals(families.familiesOf("new"), families.familiesOf("newly"), "a pertainym link");
        assertFalse(families.familiesOf("news").equals(families.familiesOf("new")));
        assertEquals(Set.of("use"), families.lemmasOf("uses"), "us is too short to be what uses inflects");
    }

    @Test
    void aSuffixMakesKinOfAWordOrOfTwoWordsMadeFromOne() {
        Set<String> words = Set.of("enjoy", "focus", "huge");
        assertTrue(Derivations.areKin("huge", "hugely", words::contains));
        assertTrue(Derivations.areKin("prisoner", "prison", words::contains));
        assertTrue(Derivations.areKin("beauty", "beautiful", words::contains));
        assertTrue(Derivations.areKin("enjoyment", "enjoyable", words::contains), "both from enjoy");
        assertTrue(Derivations.areKin("focussed", "focussing", words::contains), "a doubled s");
        assertTrue(Derivations.areKin("notable", "notably", words::contains));
        assertTrue(Derivations.areKin("diagnostic", "diagnostics", words::contains));
        assertFalse(Derivations.areKin("new", "news", words::contains), "an s is no suffix");
        assertFalse(Derivations.areKin("general", "generation", words::contains), "gener is no word");
        assertFalse(Derivations.areKin("us", "used", words::contains), "too short to take a suffix");
    }

    /** A WordNet folder of a few synsets, in WordNet's own file formats. */
    private WordFamilies smallWordNet() throws IOException {
        write(
                "index.noun",
                "news n 1 0 1 0 00000001",
                "general n 1 0 1 0 00000002",
                "generation n 1 1 + 1 0 00000003",
                "us n 1 0 1 0 00000004");
        write(
                "index.verb",
                "generate v 1 1 + 1 0 00000001",
                "see v 1 0 1 0 00000002",
                "saw v 1 0 1 0 00000003",
                "use v 1 0 1 0 00000004",
                "hope v 1 0 1 0 00000005",
                "quit v 1 0 1 0 00000006");
        write("index.adj", "new a 1 1 \\ 1 0 00000001", "hopeful a 1 0 1 0 00000002");
        write("index.adv", "newly r 1 1 \\ 1 0 00000001", "quite r 1 0 1 0 00000002");
        write("noun.exc");
        write("verb.exc", "saw see", "went go");
        write("adj.exc");
        write("adv.exc");
        write(
                "data.noun",
                "00000001 10 n 01 news 0 000 | what is new",
                "00000002 10 n 01 general 0 000 | an officer",
                "00000003 04 n 01 generation 0 001 + 00000001 v 0101 | making",
                "00000004 15 n 01 US 0 000 | a country");
        write(
                "data.verb",
                "00000001 36 v 01 generate 0 001 + 00000003 n 0101 01 + 01 00 | make",
                "00000002 39 v 01 see 0 000 01 + 01 00 | look",
                "00000003 35 v 01 saw 0 000 01 + 01 00 | cut",
                "00000004 34 v 01 use 0 000 01 + 01 00 | employ",
                "00000005 31 v 01 hope 0 000 01 + 01 00 | expect",
                "00000006 38 v 01 quit 0 000 01 + 01 00 | leave");
        write("data.adj", "00000001 00 a 01 new 0 000 | not old", "00000002 00 a 01 hopeful 0 000 | expecting");
        write(
                "data.adv",
                "00000001 02 r 01 newly 0 001 \\ 00000001 a 0101 | lately",
                "00000002 02 r 01 quite 0 000 | wholly");
        return WordFamilies.read(wordNet);
    }

    private void write(String file, String... lines) throws IOException {
        Files.write(wordNet.resolve(file), List.of(lines));
    }
}
