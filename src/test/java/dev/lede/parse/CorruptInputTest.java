package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lede.source.SourceInput;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format's fixture, cut short and with bytes overwritten: reading gives articles, problems or a
 * {@link ParseException}, never another exception that would stop an ingest run.
 */
class CorruptInputTest {

    private static final int VARIANTS = 12;

    static Stream<String> fixtures() {
        return Stream.of(
                "txt",
                "json",
                "jsonl",
                "html",
                "rss",
                "atom",
                "warc",
                "arc",
                "pdf",
                "docx",
                "odt",
                "eml",
                "mbox",
                "jsonl.gz",
                "zip");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aDamagedFileGivesAParseExceptionOrArticlesButNothingElse(String extension) {
        String name = "contract/article." + extension;
        byte[] whole = ParserContract.fixture(name).content();
        Random random = new Random(extension.hashCode());
        for (int variant = 0; variant < VARIANTS; variant++) {
            byte[] cut = Arrays.copyOf(whole, random.nextInt(whole.length));
            byte[] flipped = whole.clone();
            for (int flip = 0; flip < 1 + variant; flip++) {
                flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
            }
            readWithoutSurprise("cut-" + variant + "." + extension, cut);
            readWithoutSurprise("flipped-" + variant + "." + extension, flipped);
        }
    }

    private static void readWithoutSurprise(String location, byte[] content) {
        assertDoesNotThrow(() -> {
            try {
                Parsers.standard().read(SourceInput.of(location, content), new Containers.Collected());
            } catch (ParseException expected) {
                // A clear, typed rejection is what a damaged file should give.
            } catch (Exception unexpected) {
                fail(location + ": " + unexpected, unexpected);
            }
        });
    }
}
