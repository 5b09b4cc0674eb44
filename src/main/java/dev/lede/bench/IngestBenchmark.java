package dev.lede.bench;

import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractor;
import dev.lede.enrich.Extractors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Measures, in one run and on the same articles and threads: two plain Lucene loops (a bare three-field document, and
 * Lede's own document written by hand), the entity recognizer alone, each NLP mode (extract and index), and the whole
 * ingest pipeline for the modes asked. Stages run one after another, so
 * on a busy machine they share its load and their ratios stay meaningful.
 */
public final class IngestBenchmark {

    /**
     * @param limit articles to read, {@code <= 0} for all
     * @param endToEnd modes to also run through the ingest pipeline, reading the input as a file
     * @param warmup articles each stage handles, untimed, before its timed run
     * @param rounds how many times the plain Lucene loops and {@code off} run, alternately (see {@link #run()})
     * @param nlpRounds how many times the recognizer alone and the stages of {@code fast} and {@code full} run,
     *     alternately
     * @param command how the run was started, for the report
     */
    public record Options(
            Path corpus,
            int limit,
            int threads,
            List<NlpMode> modes,
            List<NlpMode> endToEnd,
            int warmup,
            int rounds,
            int nlpRounds,
            String command) {

        public Options {
            if (rounds < 1 || nlpRounds < 1) {
                throw new IllegalArgumentException(
                        "rounds must be at least 1, got " + rounds + " and " + nlpRounds + " for the NLP stages");
            }
        }
    }

    private final Options options;
    private final PrintWriter progress;

    public IngestBenchmark(Options options, PrintWriter progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Runs every stage in a temporary folder that is deleted afterwards. The plain Lucene loops and {@code off} take
     * a second or two each on the whole corpus, so the order they run in and the JIT's state weigh on their ratio: they
     * run first, alternately, {@code rounds} times, each round on a fresh index, and the round of median speed of
     * each stands for it (every round is in the report too). The NLP stages follow, {@code nlpRounds} times
     * alternately in the same way: on a machine whose speed drifts over minutes, a mode and the recognizer it is
     * divided by are then measured minutes apart only once.
     */
    public BenchReport run() throws IOException {
        BenchCorpus corpus = BenchCorpus.load(options.corpus(), options.limit());
        if (corpus.articles().isEmpty()) {
            throw new IllegalArgumentException("no articles in " + options.corpus());
        }
        log("%d articles from %s, %d threads", corpus.articles().size(), options.corpus(), options.threads());
        ThroughputRun runner = new ThroughputRun(corpus.articles(), options.threads());
        Path workDir = Files.createTempDirectory("lede-bench-");
        List<StageResult> results = new ArrayList<>();
        try {
            results.addAll(luceneAndOff(runner, workDir));
            if (options.endToEnd().contains(NlpMode.OFF) && options.modes().contains(NlpMode.OFF)) {
                results.add(endToEnd(NlpMode.OFF, Extractors.forMode(NlpMode.OFF), corpus, workDir));
            }
            results.addAll(nlpStages(runner, corpus, workDir));
        } finally {
            deleteQuietly(workDir);
        }
        return new BenchReport(options.command(), results);
    }

    /**
     * The two plain Lucene loops and, if asked, {@code off}: alternately, round by round, each on a fresh index; then
     * the median round of each.
     */
    private List<StageResult> luceneAndOff(ThroughputRun runner, Path workDir) throws IOException {
        Extractor none = Extractors.forMode(NlpMode.OFF);
        Map<String, List<StageResult>> rounds = new LinkedHashMap<>();
        for (int round = 1; round <= options.rounds(); round++) {
            Path dir = workDir.resolve("round-" + round);
            List<WorkloadFactory> stages = new ArrayList<>(List.of(
                    () -> new BareLuceneLoop(dir.resolve("index-lucene-bare")),
                    () -> new SameDocumentLoop(dir.resolve("index-lucene-same"))));
            if (options.modes().contains(NlpMode.OFF)) {
                stages.add(() -> new ExtractAndIndex("off", none, dir.resolve("index-off")));
            }
            for (WorkloadFactory stage : stages) {
                add(rounds, measure(runner, 0, stage));
            }
            deleteQuietly(dir);
        }
        return rows(rounds, options.rounds());
    }

    /**
     * The recognizer alone, then each of {@code fast} and {@code full} asked (extract and index, then through the
     * ingest pipeline if asked), round after round; then the median round of each. Models load anew for each stage,
     * so that no more than one stage's models are in memory at a time.
     */
    private List<StageResult> nlpStages(ThroughputRun runner, BenchCorpus corpus, Path workDir) throws IOException {
        List<NlpMode> modes =
                options.modes().stream().filter(mode -> mode != NlpMode.OFF).toList();
        if (modes.isEmpty()) {
            return List.of();
        }
        Map<String, List<StageResult>> rounds = new LinkedHashMap<>();
        for (int round = 1; round <= options.nlpRounds(); round++) {
            Path dir = workDir.resolve("nlp-round-" + round);
            Loaded<Extractor> recognizer = Loaded.of(Extractors::recognizerOnly);
            add(rounds, measure(runner, recognizer.seconds(), () -> new ExtractOnly("crf", recognizer.value())));
            for (NlpMode mode : modes) {
                String name = name(mode);
                Loaded<Extractor> extractor = Loaded.of(() -> Extractors.forMode(mode));
                add(
                        rounds,
                        measure(
                                runner,
                                extractor.seconds(),
                                () -> new ExtractAndIndex(name, extractor.value(), dir.resolve("index-" + name))));
                if (options.endToEnd().contains(mode)) {
                    add(rounds, endToEnd(mode, extractor.value(), corpus, dir));
                }
            }
            deleteQuietly(dir);
        }
        return rows(rounds, options.nlpRounds());
    }

    private StageResult endToEnd(NlpMode mode, Extractor extractor, BenchCorpus corpus, Path workDir)
            throws IOException {
        String name = "ingest-" + name(mode);
        log("%s…", name);
        return EndToEndIngest.run(name, corpus, extractor, options.threads(), options.warmup(), workDir);
    }

    private static void add(Map<String, List<StageResult>> rounds, StageResult result) {
        rounds.computeIfAbsent(result.stage(), name -> new ArrayList<>()).add(result);
    }

    /** With several rounds, each round's row ("crf r2"), then each stage's median round under the stage's name. */
    private static List<StageResult> rows(Map<String, List<StageResult>> rounds, int count) {
        List<StageResult> rows = new ArrayList<>();
        if (count > 1) {
            for (int i = 0; i < count; i++) {
                for (List<StageResult> stage : rounds.values()) {
                    rows.add(stage.get(i).named(stage.get(i).stage() + " r" + (i + 1)));
                }
            }
        }
        rounds.values().forEach(stage -> rows.add(median(stage)));
        return rows;
    }

    private static String name(NlpMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /** The round of median speed (the slower middle one of an even count). */
    private static StageResult median(List<StageResult> rounds) {
        List<StageResult> bySpeed = rounds.stream()
                .sorted(Comparator.comparingDouble(StageResult::articlesPerSecond))
                .toList();
        return bySpeed.get((bySpeed.size() - 1) / 2);
    }

    private StageResult measure(ThroughputRun runner, double setupSeconds, WorkloadFactory factory) throws IOException {
        try (Workload workload = factory.open()) {
            log("%s…", workload.name());
            return runner.measure(workload, options.warmup(), setupSeconds);
        }
    }

    private interface WorkloadFactory {
        Workload open() throws IOException;
    }

    /** Something slow to build, with the seconds it took: the models' loading time, kept out of the timed run. */
    private record Loaded<T>(T value, double seconds) {
        static <T> Loaded<T> of(Supplier<T> build) {
            long started = System.nanoTime();
            T value = build.get();
            return new Loaded<>(value, (System.nanoTime() - started) / 1e9);
        }
    }

    private void log(String format, Object... args) {
        progress.printf("bench: " + format + "%n", args);
        progress.flush();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
