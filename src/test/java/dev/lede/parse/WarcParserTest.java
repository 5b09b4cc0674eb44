package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.source.SourceDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture is made by {@code src/test/resources/parse/warc/make-fixtures.py}. */
class WarcParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new WarcParser();
    }

    @Override
    String extension() {
        return "warc";
    }

    @Override
    byte[] brokenContent() {
        return fixture("warc/truncated.warc").content();
    }

    @Override
    String binaryRejection() {
        return "malformed web-archive record";
    }

    @Test
    void readsOnlyTheSuccessfulHtmlResponsesTakingUrlAndDateFromTheRecord() throws ParseException {
        ParseResult result = parse(fixture("contract/article.warc"));

        assertEquals(List.of(URL), result.articles().stream().map(Article::url).toList());
        assertEquals(PUBLISHED, result.articles().getFirst().published());
    }

    @Test
    void readsAGzippedCrawlThroughTheRegistry() throws Exception {
        byte[] gzipped = Containers.gzip(fixture("contract/article.warc").content());

        Containers.Collected read = Containers.read(Parsers.standard(), "crawl/2024.warc.gz", gzipped);

        assertEquals(List.of(TITLE), read.titles());
    }

    @Test
    void rejectsACrawlWithoutAnyHtmlPageAsEmpty() {
        ParseException e = assertThrows(
                ParseException.class,
                () -> parse(document(
                        "info.warc",
                        "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n"
                                + "WARC-Date: 2024-03-05T09:30:00Z\r\nContent-Length: 0\r\n\r\n\r\n\r\n")));

        assertEquals(ParseException.Kind.EMPTY, e.kind());
        assertTrue(e.getMessage().endsWith("no article among 1 records"), e.getMessage());
    }

    @Test
    void decodesAPageInTheCharsetItWasServedWithWhenThePageDeclaresNone() throws ParseException {
        // 0xA4 is the euro sign in ISO-8859-15 but a currency sign in Latin-1, which detection would choose.
        String page = "<title>Fares rise</title><p>A single ticket now costs 3 \u20ac.</p>";
        byte[] crawl = warcResponse(
                "https://fares.example/a",
                "text/html; charset=ISO-8859-15",
                page.getBytes(Charset.forName("ISO-8859-15")));

        Article article =
                parse(new SourceDocument("served.warc", crawl)).articles().getFirst();

        assertEquals("A single ticket now costs 3 \u20ac.", article.body());
    }

    private static byte[] warcResponse(String target, String contentType, byte[] body) {
        byte[] http = concat(
                ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII),
                body);
        String header = "WARC/1.0\r\nWARC-Type: response\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000009>\r\n"
                + "WARC-Date: 2024-03-05T09:30:00Z\r\nWARC-Target-URI: " + target + "\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        return concat(
                concat(header.getBytes(StandardCharsets.US_ASCII), http),
                "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
