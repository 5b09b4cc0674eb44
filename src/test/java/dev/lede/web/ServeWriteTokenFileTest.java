package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede serve --write-token-file} with a file that holds no usable token refuses to start, in a child JVM as
 * a person would run it: a server that started read-only instead would hide the mistake until the first write.
 */
class ServeWriteTokenFileTest {

    private static final long STARTUP_SECONDS = 60;

    @TempDir
    Path dir;

    private Path index;

    @BeforeEach
    void index() throws Exception {
        index = dir.resolve("index");
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            writer.write(new EnrichedArticle(
                    new Article("a1", "Tram story", "Trams run.", null, null, null, null),
                    new Enrichment(List.of(), List.of(), List.of(), List.of())));
            writer.commit();
        }
    }

    @Test
    void anEmptyTokenFileIsRefusedWithOneLineAsAShortTokenIs() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty-token"), " \n");
        Path shortToken = Files.writeString(dir.resolve("short-token"), "abc\n");

        Served emptyRun = serve(empty);
        Served shortRun = serve(shortToken);

        assertEquals(1, shortRun.exitCode(), shortRun.output());
        assertEquals(shortRun.exitCode(), emptyRun.exitCode(), emptyRun.output());
        assertEquals(1, emptyRun.output().strip().lines().count(), emptyRun.output());
        assertTrue(emptyRun.output().contains("--write-token-file " + empty + " is empty"), emptyRun.output());
    }

    private record Served(int exitCode, String output) {}

    private Served serve(Path tokenFile) throws Exception {
        Path log = dir.resolve(tokenFile.getFileName() + ".log");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.lede.cli.Main",
                        "serve",
                        "--index",
                        index.toString(),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--write-token-file",
                        tokenFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS);
            return new Served(-1, "still serving after " + STARTUP_SECONDS + " s: " + Files.readString(log));
        }
        return new Served(process.exitValue(), Files.readString(log));
    }
}
