package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void aBlankQueryIsLeftAsItIs() {
        assertEquals(new QuerySyntax.Reading("  ", null), QuerySyntax.read("  "));
    }
}
