package dev.lede.bench;

import dev.lede.enrich.Extractor;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.ingest.IngestReport;
import dev.lede.ingest.Ingester;
import dev.lede.parse.Parsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lede index} on the benchmark's input, through {@link Ingester}'s public API: reading and parsing the file,
 * its thread pool, the index writer and the commit. The one stage that measures the ingest pipeline itself, so the
 * one to adapt when that API changes.
 */
final class EndToEndIngest {

    private EndToEndIngest() {}

    static StageResult run(String name, BenchCorpus corpus, Extractor extractor, int threads, Path workDir)
            throws IOException {
        Path input = Files.createDirectories(workDir.resolve("input-" + name)).resolve(corpus.fileName());
        Files.write(input, corpus.unpacked());
        IngestReport report;
        System.gc();
        HeapPeak.reset();
        double cpuBefore = ProcessCpu.seconds();
        long started = System.nanoTime();
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(workDir.resolve("index-" + name))) {
            report = new Ingester(Parsers.standard(), extractor, writer, threads, message -> {}).ingest(List.of(input));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new StageResult(
                name,
                Math.toIntExact(report.articlesIndexed()),
                corpus.articles().stream().mapToLong(BenchCorpus::words).sum(),
                corpus.articles().stream().mapToLong(BenchCorpus::bytes).sum(),
                threads,
                seconds,
                ProcessCpu.seconds() - cpuBefore,
                0,
                HeapPeak.megabytes());
    }
}
