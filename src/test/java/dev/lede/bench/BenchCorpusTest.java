package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

    @TempDir
    Path dir;

    static String jsonLines(int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            lines.append("{\"id\":\"a")
                    .append(i)
                    .append("\",\"title\":\"Title ")
                    .append(i)
                    .append("\",\"body\":\"Grain prices rose in Chicago on Monday, traders said.\"}\n");
        }
        return lines.toString();
    }

    @Test
    void aGzippedJsonLinesCorpusIsReadWithLedesParserUpToTheLimit() throws IOException {
        Path corpus = dir.resolve("stories.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus))) {
            out.write(jsonLines(5).getBytes(StandardCharsets.UTF_8));
        }
        BenchCorpus loaded = BenchCorpus.load(corpus, 3);
        assertEquals(
                List.of("a1", "a2", "a3"),
                loaded.articles().stream().map(Article::id).toList());
        assertEquals("stories.jsonl", loaded.fileName());
        assertEquals(jsonLines(3), new String(loaded.unpacked(), StandardCharsets.UTF_8));
    }

    @Test
    void wordsAndBytesCountTitleAndBody() {
        Article article = new Article("x", "Grain up", "Prices rose  in Zürich.", null, null, null, null);
        assertEquals(6, BenchCorpus.words(article));
        assertEquals("Grain up".length() + "Prices rose  in Zürich.".length() + 1, BenchCorpus.bytes(article));
    }

    @Test
    void aFileNoParserReadsIsRefusedWithItsName() throws IOException {
        Path corpus = Files.writeString(dir.resolve("stories.csv"), "id,title\n");
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> BenchCorpus.load(corpus, 0));
        assertEquals(true, refused.getMessage().contains("stories.csv"), refused.getMessage());
    }

    @Test
    void theWarmUpInputIsTheFirstArticlesOfAJsonLinesCorpusAndNoneOfAnotherFormat() throws IOException {
        BenchCorpus jsonLines = BenchCorpus.load(Files.writeString(dir.resolve("stories.jsonl"), jsonLines(5)), 0);
        assertEquals(jsonLines(2), new String(jsonLines.firstArticles(2).orElseThrow(), StandardCharsets.UTF_8));
        assertEquals(true, jsonLines.firstArticles(0).isEmpty());
        BenchCorpus text = BenchCorpus.load(Files.writeString(dir.resolve("story.txt"), "Title\n\nA body."), 0);
        assertEquals(true, text.firstArticles(2).isEmpty());
    }
}
