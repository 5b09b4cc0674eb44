package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a query mix in the solr-peer JSON-lines format; blank lines and lines starting with {@code #} are skipped. */
public final class QueryMix {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryMix() {}

    /** @throws IllegalArgumentException naming the file and line of the first query that cannot be read */
    static List<QuerySpec> read(Path file) throws IOException {
        List<QuerySpec> queries = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    queries.add(parse(line, file + ":" + number));
                }
            }
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no queries");
        }
        return queries;
    }

    static QuerySpec parse(String line, String where) {
        try {
            JsonNode query = JSON.readTree(line);
            List<String> terms = new ArrayList<>();
            query.path("terms").forEach(term -> terms.add(term.asText()));
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("no terms");
            }
            Map<String, List<String>> filters = new LinkedHashMap<>();
            query.path("filters").properties().forEach(entry -> {
                List<String> values = new ArrayList<>();
                entry.getValue().forEach(value -> values.add(value.asText()));
                filters.put(entry.getKey(), values);
            });
            JsonNode range = query.path("published_range");
            JsonNode histogram = query.path("facet_date");
            return new QuerySpec(
                    query.path("id").asText(where),
                    query.path("kind").asText("and"),
                    terms,
                    filters,
                    instant(range.path("from")),
                    instant(range.path("to")),
                    instant(histogram.path("start")),
                    instant(histogram.path("end")),
                    query.path("source_doc").asText(null));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": not a query of the mix format: " + e.getMessage(), e);
        }
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
