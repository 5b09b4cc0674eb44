package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.source.SourceDocument;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text in the encodings newsroom archives hold comes out right; binary files are still refused. */
class EncodingsTest {

    private final Parsers parsers = Parsers.standard();

    @Test
    void readsWindows1252TextWithCurlyQuotesAndDashes() throws Exception {
        Article article = only(fixture("encodings/windows-1252.txt"));

        assertEquals("Wei\u00dfgerber wins the caf\u00e9 contest", article.title());
        assertEquals(
                "\u201cIt was a close call,\u201d said the jury \u2013 the caf\u00e9 on the quay came second.",
                article.body());
    }

    @Test
    void readsLatin1Json() throws Exception {
        Article article = only(fixture("encodings/latin-1.json"));

        assertEquals("Caf\u00e9 owners meet in M\u00fcnster", article.title());
        assertTrue(article.body().endsWith("Wei\u00dfgerber chaired."), article.body());
    }

    @Test
    void readsWindows1252JsonLinesAsAStream() throws Exception {
        Containers.Collected read = Containers.read(
                parsers, "wire.jsonl", fixture("encodings/windows-1252.jsonl").content());

        assertEquals(List.of("Wei\u00dfgerber opens a caf\u00e9", "Second story"), read.titles());
        assertEquals(
                "\u201cFinally,\u201d she said.", read.articles().getFirst().body());
        assertEquals(
                "Cr\u00e8me br\u00fbl\u00e9e for everyone.",
                read.articles().get(1).body());
    }

    @Test
    void detectsTheEncodingOfAFeedWithoutAnXmlDeclaration() throws Exception {
        String feed = "<rss version=\"2.0\"><channel><title>Caf\u00e9 Courier</title><item>"
                + "<title>\u201cWei\u00dfgerber\u201d wins the caf\u00e9 contest</title></item></channel></rss>";

        Article article = only(new SourceDocument("undeclared.rss", feed.getBytes(Charset.forName("windows-1252"))));

        assertEquals("\u201cWei\u00dfgerber\u201d wins the caf\u00e9 contest", article.title());
        assertEquals("Caf\u00e9 Courier", article.source());
    }

    @Test
    void followsAUtf16ByteOrderMark() throws Exception {
        Article article = only(fixture("encodings/utf-16.txt"));

        assertEquals("Caf\u00e9 news in UTF-16", article.title());
        assertEquals("Wei\u00dfgerber wrote it.", article.body());
    }

    @Test
    void readsLatin1InsideAGzip() throws Exception {
        byte[] gzipped = Containers.gzip(
                "Caf\u00e9\n\nNa\u00efve art at the caf\u00e9.".getBytes(Charset.forName("ISO-8859-1")));

        Containers.Collected read = Containers.read(parsers, "old.txt.gz", gzipped);

        assertEquals(List.of("Caf\u00e9"), read.titles());
    }

    @Test
    void stillRefusesRandomBinaryBytesInEveryTextFormat() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? 1 : noise[i]; // no NUL byte: the control characters alone must give it away
        }
        for (String name : List.of("noise.txt", "noise.json", "noise.jsonl", "noise.html")) {
            ParseException e = assertThrows(ParseException.class, () -> Containers.read(parsers, name, noise), name);

            assertEquals(ParseException.Kind.INVALID, e.kind(), name);
            assertTrue(e.getMessage().endsWith("binary content, not text"), e.getMessage());
        }
    }

    private Article only(SourceDocument doc) throws ParseException {
        ParseResult result = parsers.parse(doc);
        assertEquals(1, result.articles().size(), result.toString());
        return result.articles().getFirst();
    }

    private static SourceDocument fixture(String name) {
        return ParserContract.fixture(name);
    }
}
