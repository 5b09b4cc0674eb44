package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
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
}
