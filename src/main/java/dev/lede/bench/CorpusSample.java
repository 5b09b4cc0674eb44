package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The first articles of a JSON-lines corpus (gzipped or not), reduced to what a query mix is made from: id, body
 * words, people, places and publication time. A bounded sample, so a mix for a million articles needs no more memory
 * than one for twenty thousand.
 */
final class CorpusSample {

    record Doc(String id, List<String> words, List<String> people, List<String> places, Instant published) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusSample() {}

    static List<Doc> read(Path corpus, int limit) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(corpus), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && docs.size() < limit; line = lines.readLine()) {
                if (!line.isBlank()) {
                    Doc doc = doc(JSON.readTree(line));
                    if (doc != null) {
                        docs.add(doc);
                    }
                }
            }
        }
        return docs;
    }

    private static InputStream open(Path corpus) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(corpus), 1 << 16);
        in.mark(2);
        boolean gzipped = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzipped ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The article, or {@code null} when it has no id, body or readable publication time. */
    private static Doc doc(JsonNode article) {
        String body = article.path("body").asText("");
        if (!article.hasNonNull("id") || body.isBlank()) {
            return null;
        }
        try {
            return new Doc(
                    article.get("id").asText(),
                    Words.of(body),
                    strings(article.path("people")),
                    strings(article.path("places")),
                    Instant.parse(article.path("published").asText()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
