package dev.lede.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic news corpus as JSON lines ({@code id}, {@code title}, {@code body}, {@code published},
 * {@code source}, {@code people}, {@code places}, {@code orgs}), the same bytes for the same article count and seed.
 * It streams: memory stays bounded by the world and a short window of recent articles, whatever the count.
 */
public final class CorpusGenerator {

    /** Share of articles, in percent, that are a light edit of a recent one. */
    static final int NEAR_DUPLICATE_PERCENT = 4;

    /** Near-duplicates copy one of this many latest originals, so the window is all that stays in memory. */
    private static final int RECENT_WINDOW = 512;

    private static final JsonFactory JSON = new JsonFactory();

    private final long seed;
    private final NewsWorld world;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.world = new NewsWorld(seed);
    }

    /** What a run wrote. */
    public record Summary(long articles, long nearDuplicates, long bodyBytes) {}

    /** Writes {@code count} articles to {@code file}, gzipped when its name ends in {@code .gz}. */
    public Summary writeTo(Path file, long count) throws IOException {
        try (OutputStream out = open(file)) {
            return write(out, count);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        OutputStream out = Files.newOutputStream(file);
        if (!file.getFileName().toString().endsWith(".gz")) {
            return new BufferedOutputStream(out, 1 << 16);
        }
        return new GZIPOutputStream(out, 1 << 16) {
            {
                // Generation should not wait on compression: the fastest level still shrinks text about threefold.
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /** Writes {@code count} articles to {@code out}, one JSON object per line; {@code out} stays open. */
    public Summary write(OutputStream out, long count) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ArticleComposer composer = new ArticleComposer(world);
        LightEdit editor = new LightEdit(world);
        GeneratedArticle[] recent = new GeneratedArticle[RECENT_WINDOW];
        long originals = 0;
        long nearDuplicates = 0;
        long bodyBytes = 0;
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(null);
            for (long n = 0; n < count; n++) {
                String id = "gen-" + seed + "-" + n;
                GeneratedArticle article;
                if (originals > 0 && random.nextInt(100) < NEAR_DUPLICATE_PERCENT) {
                    int back = random.nextInt((int) Math.min(originals, RECENT_WINDOW));
                    article = editor.copyOf(recent[(int) ((originals - 1 - back) % RECENT_WINDOW)], id, random);
                    nearDuplicates++;
                } else {
                    article = composer.compose(id, random);
                    recent[(int) (originals++ % RECENT_WINDOW)] = article;
                }
                bodyBytes += article.body().length();
                writeLine(json, article);
            }
        }
        out.flush();
        return new Summary(count, nearDuplicates, bodyBytes);
    }

    private static void writeLine(JsonGenerator json, GeneratedArticle article) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("title", article.title());
        json.writeStringField("body", article.body());
        json.writeStringField("published", article.published().toString());
        json.writeStringField("source", article.source());
        writeList(json, "people", article.people());
        writeList(json, "places", article.places());
        writeList(json, "orgs", article.orgs());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private static void writeList(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
