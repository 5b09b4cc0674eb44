package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParsersTest {

    private final Parsers parsers = Parsers.standard();

    @Test
    void coversEveryFormatAndContainer() {
        assertEquals(
                Set.of(
                        "txt", "json", "jsonl", "ndjson", "html", "htm", "rss", "atom", "xml", "warc", "arc", "pdf",
                        "docx", "doc", "odt", "rtf", "eml", "mbox", "gz", "zip"),
                parsers.extensions());
    }

    @Test
    void findsAParserByExtensionWithOrWithoutDotInAnyCase() {
        assertInstanceOf(HtmlParser.class, parsers.forExtension(".HTM").orElseThrow());
        assertInstanceOf(JsonLinesParser.class, parsers.forExtension("ndjson").orElseThrow());
        assertEquals(Optional.empty(), parsers.forExtension("psd"));
    }

    @Test
    void dispatchesADocumentByItsExtension() throws ParseException {
        ParseResult result = parsers.parse(document("inbox/Story.TXT", "Title\n\nBody."));

        assertEquals("Title", result.articles().getFirst().title());
    }

    @Test
    void supportsOnlyDocumentsWithAKnownExtension() {
        assertTrue(parsers.supports(document("a/b/story.json", "{}")));
        assertFalse(parsers.supports(document("a/b/story.psd", "")));
        assertFalse(parsers.supports(document("README", "")));
    }

    @Test
    void rejectsAnUnknownExtensionAsUnsupportedAndNamesTheFile() {
        ParseException e = assertThrows(ParseException.class, () -> parsers.parse(document("scans/page.psd", "8BPS")));

        assertEquals(ParseException.Kind.UNSUPPORTED, e.kind());
        assertEquals("scans/page.psd", e.location());
        assertTrue(
                e.getMessage().startsWith("scans/page.psd: unsupported file type (extension '.psd')"), e.getMessage());
    }

    @Test
    void refusesTwoParsersForTheSameExtension() {
        assertThrows(IllegalArgumentException.class, () -> new Parsers(List.of(new JsonParser(), new JsonParser())));
    }

    private static SourceDocument document(String location, String content) {
        return new SourceDocument(location, content.getBytes(StandardCharsets.UTF_8));
    }
}
