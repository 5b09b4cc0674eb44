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
import java.util.Optional;

/**
 * {@code lede index} on the benchmark's input, through {@link Ingester}'s public API: reading and parsing the file,
 * its thread pool, the index writer and the commit. The one stage that measures the ingest pipeline itself, so the
 * one to adapt when that API changes. Like the other stages it first runs, untimed, on the warm-up articles (when the
 * input is JSON lines), so that the JIT has compiled the parser and the pipeline before the timed run.
 */
final class EndToEndIngest {

    private EndToEndIngest() {}

    static StageResult run(String name, BenchCorpus corpus, Extractor extractor, int threads, int warmup, Path workDir)
            throws IOException {
        Path inputDir = Files.createDirectories(workDir.resolve("input-" + name));
        Optional<byte[]> warmupInput = corpus.firstArticles(warmup);
        if (warmupInput.isPresent()) {
            Path warmupFile =
                    Files.createDirectories(inputDir.resolve("warmup")).resolve(corpus.fileName());
            Files.write(warmupFile, warmupInput.get());
            ingest(warmupFile, extractor, threads, workDir.resolve("index-" + name + "-warmup"));
        }
        Path input = Files.write(inputDir.resolve(corpus.fileName()), corpus.unpacked());
        System.gc();
        HeapPeak.reset();
        double cpuBefore = ProcessCpu.seconds();
        long started = System.nanoTime();
        IngestReport report = ingest(input, extractor, threads, workDir.resolve("index-" + name));
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = ProcessCpu.seconds() - cpuBefore;
        return new StageResult(
                name,
                Math.toIntExact(report.articlesIndexed()),
                corpus.articles().stream().mapToLong(BenchCorpus::words).sum(),
                corpus.articles().stream().mapToLong(BenchCorpus::bytes).sum(),
                threads,
                seconds,
                cpuSeconds,
                0,
                HeapPeak.megabytes());
    }

    private static IngestReport ingest(Path input, Extractor extractor, int threads, Path index) throws IOException {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            return new Ingester(Parsers.standard(), extractor, writer, threads, message -> {}).ingest(List.of(input));
        }
    }
}
