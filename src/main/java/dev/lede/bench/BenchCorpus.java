package dev.lede.bench;

import dev.lede.model.Article;
import dev.lede.parse.ParseException;
import dev.lede.parse.ParseListener;
import dev.lede.parse.Parsers;
import dev.lede.source.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The input a benchmark runs on, read once into memory with Lede's own parsers so that every stage sees the same
 * articles; the unpacked bytes are kept for the end-to-end run, which reads them as a file.
 *
 * @param fileName the name the unpacked input goes by (its extension picks the parser)
 */
record BenchCorpus(String fileName, byte[] unpacked, List<Article> articles) {

    private static final String GZIP_SUFFIX = ".gz";
    private static final String JSON_LINES = ".jsonl";

    /**
     * The first {@code limit} articles of a corpus file ({@code limit <= 0}: all). A {@code .gz} file is unpacked in
     * memory first: the benchmark measures extraction and indexing, not reading.
     */
    static BenchCorpus load(Path corpus, int limit) throws IOException {
        String name = corpus.getFileName().toString();
        boolean gzipped = name.endsWith(GZIP_SUFFIX);
        String fileName = gzipped ? name.substring(0, name.length() - GZIP_SUFFIX.length()) : name;
        Parsers parsers = Parsers.standard();
        if (!parsers.supports(fileName)) {
            throw new IllegalArgumentException(
                    "no parser reads " + corpus + " (supported: " + parsers.extensions() + ", optionally gzipped)");
        }
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(corpus);
                InputStream in = gzipped ? new GZIPInputStream(raw) : raw) {
            bytes = in.readAllBytes();
        }
        if (limit > 0 && fileName.endsWith(JSON_LINES)) {
            bytes = firstLines(bytes, limit);
        }
        List<Article> articles = new ArrayList<>();
        try {
            parsers.read(SourceInput.of(fileName, bytes), new Collector(articles));
        } catch (ParseException e) {
            throw new IllegalArgumentException(corpus + ": " + e.getMessage(), e);
        }
        List<Article> kept = limit > 0 && articles.size() > limit ? articles.subList(0, limit) : articles;
        return new BenchCorpus(fileName, bytes, List.copyOf(kept));
    }

    /**
     * The first {@code count} articles as input of the same format, to warm the pipeline up on before a timed run; empty
     * when the corpus is not JSON lines, whose records cannot be cut apart without parsing.
     */
    Optional<byte[]> firstArticles(int count) {
        return count > 0 && fileName.endsWith(JSON_LINES) ? Optional.of(firstLines(unpacked, count)) : Optional.empty();
    }

    /** Number of whitespace-separated words in the title and body: the "tokens" of tokens/s. */
    static long words(Article article) {
        return countWords(article.title()) + countWords(article.body());
    }

    /** UTF-8 bytes of the title and body: the "MB" of MB/s. */
    static long bytes(Article article) {
        return article.title().getBytes(StandardCharsets.UTF_8).length
                + article.body().getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] firstLines(byte[] bytes, int lines) {
        int seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == lines) {
                return Arrays.copyOf(bytes, i + 1);
            }
        }
        return bytes;
    }

    private static long countWords(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private record Collector(List<Article> articles) implements ParseListener {
        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void problem(String location, String detail) {
            // a bad record only shortens the benchmark; the table says how many articles were read
        }
    }
}
