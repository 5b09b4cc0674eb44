package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads another engine's numFound per query from a solr-peer {@code results-*.hits.jsonl} file. */
public final class PeerHits {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PeerHits() {}

    /** {@code variant/id} → numFound, for the rows that have one. */
    public static Map<String, Long> numFound(Path hitsFile) throws IOException {
        Map<String, Long> numFound = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(hitsFile, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                if (row.has("num_found")) {
                    numFound.put(
                            row.path("variant").asText() + "/" + row.path("id").asText(),
                            row.get("num_found").asLong());
                }
            }
        }
        return numFound;
    }
}
