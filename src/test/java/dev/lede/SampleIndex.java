package dev.lede;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractors;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.ingest.IngestReport;
import dev.lede.ingest.Ingester;
import dev.lede.parse.Parsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample articles indexed once per test run with the real NLP models, shared by the end-to-end tests, with the
 * hand-written ground truth about them ({@code sample-truth.json}).
 */
public final class SampleIndex {

    private static SampleIndex instance;

    public final Path indexDir;
    public final IngestReport report;
    public final JsonNode truth;

    private SampleIndex(Path indexDir, IngestReport report, JsonNode truth) {
        this.indexDir = indexDir;
        this.report = report;
        this.truth = truth;
    }

    public static synchronized SampleIndex get() {
        if (instance == null) {
            try {
                instance = build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public static Path sampleDataDir() {
        return Path.of(System.getProperty("lede.sampleDir", "sample-data"));
    }

    /** The ground truth's titles for one key of an object such as "people" or "keywordTitles". */
    public List<String> titles(String group, String key) {
        List<String> titles = new ArrayList<>();
        truth.path(group).path(key).forEach(title -> titles.add(title.asText()));
        if (titles.isEmpty()) {
            throw new IllegalStateException("sample-truth.json has no " + group + "." + key);
        }
        return titles;
    }

    private static SampleIndex build() throws IOException {
        Path dir = ScratchDirs.create("lede-sample-index");
        IngestReport report;
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(dir)) {
            Ingester ingester = new Ingester(
                    Parsers.standard(),
                    Extractors.forMode(NlpMode.FULL),
                    writer,
                    2,
                    message -> System.err.println("sample index: " + message));
            report = ingester.ingest(List.of(sampleDataDir()));
        }
        JsonNode truth;
        try (var in = SampleIndex.class.getResourceAsStream("/sample-truth.json")) {
            truth = new ObjectMapper().readTree(in);
        }
        return new SampleIndex(dir, report, truth);
    }
}
