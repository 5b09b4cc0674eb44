package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuerySyntaxTest {

    @Test
    void aReadableQueryIsSearchedAsTypedWithoutAWarning() {
        QuerySyntax.Reading reading = QuerySyntax.read("title:(harbour OR tram*) -\"night bus\"~2 Zelensky~");

        assertEquals("title:(harbour OR tram*) -\"night bus\"~2 Zelensky~", reading.text());
        assertNull(reading.warning());
        assertEquals(List.of(), reading.warnings());
    }

    @Test
    void anUnreadableQueryIsSearchedAsPlainWordsWithAWarning() {
        QuerySyntax.Reading reading = QuerySyntax.read("\"unclosed (phrase AND");

        assertEquals("\\\"unclosed \\(phrase and", reading.text());
        assertEquals(List.of(QuerySyntax.UNREADABLE_WARNING), reading.warnings());
    }

    @Test
    void everySyntaxCharacterIsEscapedInPlainWordsAndOperatorWordsLoseTheirMeaning() {
        assertEquals(
                "a\\:b \\[c\\] \\{d\\} \\~e\\^2 \\/f\\/ \\* \\? \\! \\&\\& \\|\\| \\+ \\- \\\\ not or and ANDY",
                QuerySyntax.asPlainWords("a:b [c] {d} ~e^2 /f/ * ? ! && || + - \\ NOT OR AND ANDY"));
    }

    @Test
    void aCostlyQueryIsRefusedNamingQ() {
        for (String costly :
                List.of("[a TO z]", "title:{* TO b}", "*tion", "/.*/", "/a{1,99999999}/", "\"* harbour\"")) {
            InvalidSearchException refused =
                    assertThrows(InvalidSearchException.class, () -> QuerySyntax.read(costly), costly);
            assertEquals("q", refused.parameter(), costly);
        }
    }

    @Test
    void aBoostThatIsNoPlainNumberUpTo1000IsRefusedNamingQAndSayingHowToWriteOne() {
        for (String malformed : List.of(
                "tram^1e40",
                "tram^2x harbour",
                "tram^1.5.2",
                "tram^",
                "tram^ 2",
                "tram^-1",
                "tram^abc",
                "(tram harbour)^.5",
                "tram^1001",
                "tram^99999999999999999999999999999999999999999",
                "\"unread phrase\" tram^x (")) {
            InvalidSearchException refused =
                    assertThrows(InvalidSearchException.class, () -> QuerySyntax.read(malformed), malformed);
            assertEquals("q", refused.parameter(), malformed);
            assertEquals(
                    "A boost must be a plain number from 0 to 1000 right after ^, such as ^2 or ^0.5; "
                            + "write \\^ to search for a caret.",
                    refused.getMessage(),
                    malformed);
        }
    }

    @Test
    void aPlainBoostIsReadAndACaretThatIsNoBoostIsLeftAlone() {
        for (String readable : List.of(
                "tram^2",
                "tram^0.5 harbour^0",
                "title:(tram harbour)^1000",
                "tram^2~1",
                "(tram^2) OR (harbour)",
                "\"tram^1e40\"",
                "tram\\^1e40",
                "/tram^x/")) {
            assertNull(QuerySyntax.read(readable).warning(), readable);
        }
        assertEquals(
                List.of(QuerySyntax.UNREADABLE_WARNING),
                QuerySyntax.read("\"unclosed tram^x").warnings(),
                "the lexer fails at the quote before it reaches the boost");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiterString = " => ", textBlock = """
            tram^2                      => run
            tram^2||harbour             => run
            tram^2&&harbour             => run
            tram^2 || harbour           => run
            tram^2||(harbour bus)       => run
            tram^2&&"harbour line"      => run
            tram^2||harbour^3           => run
            tram^2&&-harbour            => run
            tram^2-harbour              => run
            tram^2+harbour              => run
            tram^2~1                    => run
            tram^2~                     => run
            (tram^2)                    => run
            (tram^2||harbour)           => run
            (tram harbour)^2            => run
            "tram harbour"^3            => run
            "tram harbour"^3~2          => run
            title:(tram harbour)^2||bus => run
            tram^2)                     => searched as plain words
            tram^2||                    => searched as plain words
            tram^2 &&                   => searched as plain words
            tram^1e40                   => refused
            tram^2x harbour             => refused
            tram^1.5.2                  => refused
            tram^2,harbour              => refused
            tram^2|harbour              => refused
            tram^2&harbour              => refused
            tram^2*                     => refused
            tram^                       => refused
            tram^-1                     => refused
            tram^x                      => refused
            tram^1001||harbour          => refused
            tram^2||harbour^1e40        => refused
            """)
    void aBoostEndsAtASpaceAMarkOfTheGrammarOrASymbolOperatorAndNowhereElse(String query, String verdict) {
        String read;
        try {
            read = QuerySyntax.read(query).warning() == null ? "run" : "searched as plain words";
        } catch (InvalidSearchException e) {
            assertEquals("q", e.parameter(), query);
            read = e.getMessage().startsWith("A boost must be") ? "refused" : e.getMessage();
        }
        assertEquals(verdict, read, query);
    }

    @Test
    void sixteenExpandingWordsRunButASeventeenthIsRefused() {
        StringBuilder words = new StringBuilder("harbour~ \"tram* line\" /bus+/ ");
        for (int i = 0; i < 13; i++) {
            words.append("w").append(i).append("* ");
        }
        assertNull(QuerySyntax.read(words.toString()).warning());

        assertThrows(InvalidSearchException.class, () -> QuerySyntax.read(words + "one* more*"));
    }

    @Test
    void entityFieldsAndShortFuzzyWordsDoNotExpand() {
        String query = "ab~ " + "person:zel* ".repeat(20) + "country:Bombay~";

        assertNull(QuerySyntax.read(query).warning());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "roberts                                      | roberts",
                "Roberts talks                                | Roberts,talks",
                "\"john roberts\" OR peters                   | john roberts,peters",
                "title:owens body:(rogers OR edwards)          | owens,rogers,edwards",
                "person:roberts person:(peters edwards) talks  | talks",
                "roberts -peters NOT (edwards OR owens) +banks | roberts,banks",
                "rob* rogers~ \"rate cut*\" /owen.?/ jones^2   | jones",
                "sanctions AND (oil OR (gas AND place:Oslo))   | sanctions,oil,gas",
                "\"unclosed (phrase AND                        | \"unclosed (phrase AND",
            })
    void theWordsTypedForTitleAndBodyAreThoseAPersonWouldLookForAsWritten(String query, String words) {
        assertEquals(List.of(words.split(",")), QuerySyntax.wordsAsTyped(query));
    }

    @Test
    void aQueryOfWordsTooCommonToBeSearchedSaysSo() {
        assertEquals(
                List.of("Too common to be searched for, so left out: \"to\", \"be\", \"or\", \"not\". Add a less"
                        + " common word."),
                QuerySyntax.tooCommonWarnings("\"to be\" or not to be"));
        assertEquals(1, QuerySyntax.tooCommonWarnings("IT").size());
        assertEquals(List.of(), QuerySyntax.tooCommonWarnings("the harbour"), "a word is searched");
        assertEquals(List.of(), QuerySyntax.tooCommonWarnings("?!"), "no word typed");
        assertEquals(List.of(), QuerySyntax.tooCommonWarnings("person:the"), "no word for title and body");
        assertEquals(List.of("read"), QuerySyntax.withTooCommonWords("tram", List.of("read")));
        assertEquals(2, QuerySyntax.withTooCommonWords("the", List.of("read")).size());
    }

    @Test
    void aBlankQueryHasNoWordsAsTyped() {
        assertEquals(List.of(), QuerySyntax.wordsAsTyped(" "));
        assertEquals(List.of(), QuerySyntax.wordsAsTyped("person:roberts"));
    }

    @Test
    void aBlankQueryIsLeftAsItIs() {
        assertEquals(new QuerySyntax.Reading("  ", null), QuerySyntax.read("  "));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = " => ", textBlock = """
            tram || harbour                  => tram OR harbour
            (tram || harbour) && night       => (tram OR harbour) AND night
            tram ||(harbour)                 => tram OR (harbour)
            (tram harbour)^2||"night"        => (tram harbour)^2 OR "night"
            "tram || harbour" && night       => "tram || harbour" AND night
            tram \\|\\| harbour              => tram \\|\\| harbour
            tram OR harbour                  => tram OR harbour
            tram||harbour                    => tram||harbour
            """)
    void symbolOperatorsAreWrittenAsWordsOutsidePhrasesAndWords(String query, String words) {
        assertEquals(words, QuerySyntax.symbolOperatorsAsWords(query));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = " => ", textBlock = """
            pretax profit                    => "pretax" profit
            +pre-tax -loss                   => +"pre-tax" -loss
            title:pretax^2 body:profit       => title:"pretax"^2 body:profit
            title:(pretax OR loss) pretax    => title:("pretax" OR loss) "pretax"
            person:pretax pretax             => person:pretax "pretax"
            person:(pretax (loss)) pretax    => person:(pretax (loss)) "pretax"
            "pretax profit" pretax~1         => "pretax profit" pretax~1
            pre\\-tax pretax*              => pre\\-tax pretax*
            [a TO b] pretax                  => [a TO b] pretax
            "pretax                          => "pretax
            pretax:profit                    => pretax:profit
            """)
    void aWordReadTwoWaysIsQuotedWhereItSearchesTitleAndBody(String query, String quoted) {
        assertEquals(
                quoted,
                QuerySyntax.quoteWords(query, word -> word.replace("\\", "").matches("pre-?tax")));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = " => ", textBlock = """
            "goods"                          => ("goods" AND W[goods])
            tin "sport goods" -"bad goods"   => tin ("sport goods" AND W[sport goods]) -("bad goods" AND W[bad goods])
            title:"goods"~2^3 tram           => title:("goods"~2^3 AND W[goods]) tram
            title:("goods" OR tram)          => title:(("goods" AND W[goods]) OR tram)
            person:"Ann Goods" "goods"       => person:"Ann Goods" ("goods" AND W[goods])
            person:("Ann" "goods") "goods"   => person:("Ann" "goods") ("goods" AND W[goods])
            "none" goods                     => "none" goods
            [a TO b] "goods"                 => [a TO b] "goods"
            "goods                           => "goods
            """)
    void aQuotedPhraseOfTitleAndBodyIsJoinedToWhatItAsksAsWritten(String query, String joined) {
        assertEquals(
                joined,
                QuerySyntax.quotesAsWritten(query, phrase -> phrase.equals("none") ? null : "W[" + phrase + "]"));
    }

    @Test
    void aQuotedPhraseWithEscapedQuotesIsJoinedWhole() {
        assertEquals(
                "tram (\"a \\\"b\\\" c\" AND W[a \"b\" c])",
                QuerySyntax.quotesAsWritten("tram \"a \\\"b\\\" c\"", phrase -> "W[" + phrase + "]"));
    }
}
