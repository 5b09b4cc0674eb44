package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads another engine's answer per query from a solr-peer {@code results-*.hits.jsonl} file (or one written by
 * {@code lede bench search --hits}): its numFound and, when recorded, its facet counts.
 */
public final class PeerHits {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param facets facet name ({@code people}, {@code places}, {@code orgs}, {@code published}) → value → count, or
     *     {@code null} when the file does not record them
     */
    public record Answer(long numFound, Map<String, Map<String, Long>> facets) {}

    private PeerHits() {}

    /** {@code variant/id} → answer, for the rows that have a numFound. */
    public static Map<String, Answer> read(Path hitsFile) throws IOException {
        Map<String, Answer> answers = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(hitsFile, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                if (row.has("num_found")) {
                    answers.put(
                            row.path("variant").asText() + "/" + row.path("id").asText(),
                            new Answer(row.get("num_found").asLong(), facets(row.get("facets"))));
                }
            }
        }
        return answers;
    }

    private static Map<String, Map<String, Long>> facets(JsonNode facets) {
        if (facets == null || !facets.isObject()) {
            return null;
        }
        Map<String, Map<String, Long>> byName = new LinkedHashMap<>();
        facets.properties().forEach(facet -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            facet.getValue()
                    .properties()
                    .forEach(
                            value -> counts.put(value.getKey(), value.getValue().asLong()));
            byName.put(facet.getKey(), counts);
        });
        return byName;
    }
}
