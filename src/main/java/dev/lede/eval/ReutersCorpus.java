package dev.lede.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lede.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads {@code reuters21578.jsonl.gz}: one story a line, tags kept apart from the article. */
public final class ReutersCorpus {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReutersCorpus() {}

    /** The first {@code limit} stories in file order (all of them when {@code limit} is 0 or less). */
    public static List<ReutersRecord> read(Path file, int limit) {
        List<ReutersRecord> records = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && (limit <= 0 || records.size() < limit)) {
                if (!line.isBlank()) {
                    records.add(record(MAPPER.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return records;
    }

    static ReutersRecord record(JsonNode json) {
        String published = text(json, "published");
        Article article = new Article(
                json.path("id").asText(),
                text(json, "title"),
                text(json, "body"),
                published == null ? null : Instant.parse(published),
                text(json, "source"),
                null,
                null,
                text(json, "dateline"));
        return new ReutersRecord(article, strings(json, "people"), strings(json, "places"), strings(json, "topics"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode json, String field) {
        List<String> values = new ArrayList<>();
        json.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
