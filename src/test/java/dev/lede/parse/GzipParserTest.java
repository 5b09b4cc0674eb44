package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.model.Article;
import dev.lede.source.SourceInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipParserTest extends ParserContract {

    private final Parsers parsers = Parsers.standard();

    @Override
    ArticleParser parser() {
        return parsers.forExtension("gz").orElseThrow();
    }

    @Override
    String extension() {
        return "jsonl.gz";
    }

    @Override
    String registeredExtension() {
        return "gz";
    }

    @Override
    byte[] contained(byte[] content) {
        return Containers.gzip(content);
    }

    @Override
    byte[] brokenContent() {
        return fixture("containers/truncated.jsonl.gz").content();
    }

    @Test
    void readsAGzippedFileAsTheFormatItsInnerNameSays() throws Exception {
        byte[] page = Containers.gzip("<title>Gzipped page</title><p>Text.</p>".getBytes(StandardCharsets.UTF_8));

        assertEquals(
                "Gzipped page",
                Containers.read(parsers, "crawl/page.HTML.gz", page).titles().getFirst());
    }

    @Test
    void supportsAGzipOnlyOfASupportedFormat() {
        assertTrue(parsers.supports("wire/2024.jsonl.gz"));
        assertTrue(parsers.supports("wire/2024.json.GZ"));
        assertFalse(parsers.supports("backup/database.sql.gz"));
        assertFalse(parsers.supports("archive.gz"));
    }

    @Test
    void namesTheGzipFileInProblemsAndErrors() throws Exception {
        byte[] lines = Containers.gzip("{\"title\": \"A\"}\nnot json\n".getBytes(StandardCharsets.UTF_8));

        Containers.Collected read = Containers.read(parsers, "wire.jsonl.gz", lines);

        assertEquals(1, read.articles().size());
        assertEquals(1, read.problems().size());
        assertTrue(
                read.problems().getFirst().startsWith("wire.jsonl.gz: line 2: invalid JSON"),
                read.problems().toString());
    }

    @Test
    void rejectsATruncatedGzipAsInvalidNamingIt() {
        ParseException e = assertThrows(
                ParseException.class,
                () -> Containers.read(
                        parsers,
                        "cut.jsonl.gz",
                        fixture("containers/truncated.jsonl.gz").content()));

        assertEquals(ParseException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().startsWith("cut.jsonl.gz: not a readable gzip file"), e.getMessage());
    }

    @Test
    void keepsTheArticlesBeforeTheCutOfAGzipCutShortAndReportsTheCutOnce() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            lines.append("{\"id\": \"w")
                    .append(i)
                    .append("\", \"title\": \"Wire ")
                    .append(i * 7919)
                    .append("\"}\n");
        }
        byte[] whole = Containers.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));

        Containers.Collected read = Containers.read(parsers, "cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));

        long kept = read.articles().size();
        assertTrue(kept > 100 && kept < 5_000, kept + " articles");
        assertEquals(
                java.util.List.of("cut.jsonl.gz: cut short after " + String.format(java.util.Locale.ROOT, "%,d", kept)
                        + " articles (the gzip stream ends early); the rest is lost"),
                read.problems());
    }

    @Test
    void refusesAGzippedWholeDocumentThatExpandsBeyondTheCap() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written <= Parsers.MAX_WHOLE_DOCUMENT_BYTES; written += spaces.length) {
                gzip.write(spaces);
            }
        }

        ParseException e =
                assertThrows(ParseException.class, () -> Containers.read(parsers, "bomb.json.gz", bytes.toByteArray()));

        assertEquals(ParseException.Kind.TOO_LARGE, e.kind());
    }

    @Test
    void readsTheProjectsOwnGzippedCorpus() throws Exception {
        Path corpus = Path.of("../shared/corpora/reuters21578.jsonl.gz");
        assumeTrue(Files.exists(corpus), "skipped: " + corpus + " is not here");
        AtomicLong articles = new AtomicLong();
        AtomicLong problems = new AtomicLong();

        parsers.read(SourceInput.of(corpus), new ParseListener() {
            @Override
            public void article(Article article) {
                articles.incrementAndGet();
            }

            @Override
            public void problem(String location, String detail) {
                problems.incrementAndGet();
            }
        });

        assertTrue(articles.get() > 19_000, articles + " articles");
        assertEquals(0, problems.get());
    }
}
