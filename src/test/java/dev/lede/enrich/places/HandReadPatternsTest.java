package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The place rules read words, line breaks, possessives and keys by hand instead of with regular expressions, for
 * speed; each must give exactly what the expression it replaced gives, on random text made of the characters that
 * matter to it: letters from several scripts (one beyond the 16-bit range), combining marks, dots, apostrophes,
 * hyphens and dashes, blanks and every kind of line break.
 */
public class HandReadPatternsTest {

    private static final String[] PIECES = {
        "a",
        "K",
        "y",
        "s",
        "é",
        "Ö",
        "ß",
        "Ж",
        "ж",
        "京",
        "\uD835\uDC00",
        "\u0301",
        "\u20DD",
        ".",
        "'",
        "’",
        "‘",
        "`",
        "-",
        "‐",
        "–",
        "—",
        "_",
        " ",
        " ",
        "\u00A0",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\u000B",
        "\f",
        "\u0085",
        "\u2028",
        "\u2029",
        "1",
        ",",
        "<state> ",
        "<country> ",
        "the ",
        "The ",
        "St.",
        "Guinea-Bissau",
        "U.S."
    };

    private static final int SAMPLES = 20_000;

    @Test
    void wordsAreWhatThePatternFinds() {
        Pattern word = Pattern.compile("\\p{L}[\\p{L}\\p{M}.'’\\-]*(?<!-)");
        for (String text : samples(1)) {
            List<String> expected = new ArrayList<>();
            Matcher m = word.matcher(text);
            while (m.find()) {
                expected.add(m.start() + ":" + m.end() + ":" + m.group());
            }
            List<String> actual = new ArrayList<>();
            Words words = new Words(text);
            while (words.next()) {
                actual.add(words.start() + ":" + words.end() + ":" + words.word());
            }
            assertEquals(expected, actual, visible(text));
        }
    }

    @Test
    void lineBreaksAndTheBlanksAroundThemBecomeOneSpaceAsWithThePattern() {
        Pattern lineBreak = Pattern.compile("[ \\t]*\\R[ \\t]*");
        for (String text : samples(2)) {
            assertEquals(lineBreak.matcher(text).replaceAll(" "), LineBreaks.joined(text), visible(text));
            assertEquals(lineBreak.matcher(text).find(), LineBreaks.has(text), visible(text));
        }
    }

    @Test
    void possessivesGoAsWithThePattern() {
        Pattern possessive = Pattern.compile("(?:['’]s|['’])$");
        for (String text : samples(3)) {
            assertEquals(possessive.matcher(text).replaceFirst(""), PlaceFinder.withoutPossessive(text), visible(text));
        }
    }

    @Test
    void keysAreWhatThePatternsMade() {
        for (String text : samples(4)) {
            assertEquals(keyByPatterns(text), PlaceKeys.of(text), visible(text));
        }
    }

    /** {@link PlaceKeys#of} as it was written with regular expressions. */
    private static String keyByPatterns(String name) {
        String uncued = Pattern.compile("^<(?:state|country)> ").matcher(name).replaceFirst("");
        String folded = Pattern.compile("\\p{M}+")
                .matcher(Normalizer.normalize(uncued, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('`', '\'')
                .replace(".", "");
        folded = Pattern.compile("[\\s\\u00A0\\-‐‑–—_]+")
                .matcher(folded)
                .replaceAll(" ")
                .strip();
        return Pattern.compile("^the ").matcher(folded).replaceFirst("");
    }

    static List<String> samples(long seed) {
        return samples(seed, PIECES, 12);
    }

    /** {@value #SAMPLES} strings of up to {@code maxPieces - 1} pieces each, drawn with {@code seed}. */
    public static List<String> samples(long seed, String[] pieces, int maxPieces) {
        Random random = new Random(seed);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(maxPieces);
            for (int p = 0; p < count; p++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            samples.add(text.toString());
        }
        return samples;
    }

    /** The text with every character outside printable ASCII as a Unicode escape, for failure messages. */
    public static String visible(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.chars()
                .forEach(c ->
                        shown.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return shown.append('"').toString();
    }
}
