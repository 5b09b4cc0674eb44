package dev.lede.enrich;

import static dev.lede.enrich.places.HandReadPatternsTest.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.enrich.places.HandReadPatternsTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link NameText} collapses white space and strips possessives by hand instead of with regular expressions, for
 * speed; both must give exactly what the expressions they replaced give, on random names made of the characters that
 * matter: letters, apostrophes, every white space and line break the expressions know, and some they do not.
 */
class NameTextPatternsTest {

    private static final String[] PIECES = {
        "a", "s", "S", "Jones", "é", "'", "’", "`", "‘", " ", "\u00A0", "\u2007", "\u202F", "\u2003", "\t", "\n", "\r",
        "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u001F", ".", "-"
    };

    @Test
    void whiteSpaceCollapsesAsWithThePattern() {
        Pattern whitespace = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
        for (String name : samples(5)) {
            assertEquals(
                    whitespace.matcher(name).replaceAll(" ").trim(), NameText.normalizeWhitespace(name), visible(name));
        }
    }

    @Test
    void possessivesGoAsWithThePattern() {
        Pattern possessive = Pattern.compile("(?:['’`]s|(?<=s)['’`])$");
        for (String name : samples(6)) {
            assertEquals(possessive.matcher(name).replaceFirst(""), NameText.stripPossessive(name), visible(name));
        }
    }

    private static List<String> samples(long seed) {
        return HandReadPatternsTest.samples(seed, PIECES, 8);
    }
}
