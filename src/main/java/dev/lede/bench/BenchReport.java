package dev.lede.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one benchmark run, as a table and as JSON, with the ratios the targets are stated in: each NLP
 * mode ÷ the recognizer alone, and {@code off} ÷ each plain Lucene loop (the bare three-field document, and the same
 * document Lede indexes), by wall time and by CPU time. "Unloaded" is
 * articles per CPU-second times the threads: the rate the stage would reach with its cores to itself.
 */
public final class BenchReport {

    static final String NLP_CEILING = "NLP mode / crf, ceiling (recognizer + fastest lucene-same, CPU)";

    private static final String ROW = "%-15s %8d %10.1f %10.1f %10.0f %8.2f %10d %8.1f%n";

    private final String command;
    private final List<StageResult> results;
    private final Instant finished = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    BenchReport(String command, List<StageResult> results) {
        this.command = command;
        this.results = List.copyOf(results);
    }

    public String table() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                "%-15s %8s %10s %10s %10s %8s %10s %8s%n",
                "stage", "articles", "articles/s", "unloaded", "tokens/s", "MB/s", "peak MB", "setup s"));
        for (StageResult result : results) {
            table.append(String.format(
                    ROW,
                    result.stage(),
                    result.articles(),
                    result.articlesPerSecond(),
                    result.articlesPerSecondUnloaded(),
                    result.wordsPerSecond(),
                    result.megabytesPerSecond(),
                    result.peakHeapMb(),
                    result.setupSeconds()));
        }
        ratios().forEach((name, ratio) -> table.append(String.format("%s = %.2f%n", name, ratio)));
        return table.toString();
    }

    public String json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", command);
        json.put("finished", finished.toString());
        json.put("machine", machine());
        json.put("stages", results.stream().map(BenchReport::stageJson).toList());
        json.put("ratios", ratios());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the benchmark report", e);
        }
    }

    /** Throughput ratios between stages of this run; a stage that did not run gives no ratio. */
    Map<String, Double> ratios() {
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (String mode : List.of("fast", "full")) {
            putRatios(ratios, mode, "crf");
            putRatios(ratios, "ingest-" + mode, "crf");
        }
        stage("crf")
                .ifPresent(crf ->
                        fastestRound("lucene-same").ifPresent(same -> ratios.put(NLP_CEILING, nlpCeiling(crf, same))));
        putRatios(ratios, "off", "lucene-bare");
        putRatios(ratios, "off", "lucene-same");
        return ratios;
    }

    /**
     * The most an NLP mode ÷ {@code crf} could be were it to give the recognizer every word {@code crf} does: a mode
     * runs the recognizer and indexes Lede's document, which costs at least what {@code lucene-same} spends on it in
     * its fastest round, per CPU-second (its first round runs with Lucene's code still being compiled: ask
     * {@code --rounds 3}). Lede's modes leave out the sentences and words that cannot name anything, so they may pass
     * it by what that saves.
     */
    private static double nlpCeiling(StageResult crf, StageResult sameDocument) {
        return 1 / (1 + crf.articlesPerSecondUnloaded() / sameDocument.articlesPerSecondUnloaded());
    }

    /**
     * Both the wall-time ratio and the CPU-time one, which holds up better on a busy machine; with several rounds,
     * also the median of the rounds' own ratios, each between two stages run minutes apart at most.
     */
    private void putRatios(Map<String, Double> ratios, String stage, String base) {
        stage(stage)
                .ifPresent(s -> stage(base).ifPresent(b -> {
                    ratios.put(stage + " / " + base, s.articlesPerSecond() / b.articlesPerSecond());
                    ratios.put(
                            stage + " / " + base + " (CPU)",
                            s.articlesPerSecondUnloaded() / b.articlesPerSecondUnloaded());
                }));
        List<Double> byRound = new ArrayList<>();
        for (int round = 1; ; round++) {
            Optional<StageResult> s = stage(stage + " r" + round);
            Optional<StageResult> b = stage(base + " r" + round);
            if (s.isEmpty() || b.isEmpty()) {
                break;
            }
            byRound.add(s.get().articlesPerSecond() / b.get().articlesPerSecond());
        }
        if (!byRound.isEmpty()) {
            Collections.sort(byRound);
            int middle = byRound.size() / 2;
            double median =
                    byRound.size() % 2 == 1 ? byRound.get(middle) : (byRound.get(middle - 1) + byRound.get(middle)) / 2;
            ratios.put(stage + " / " + base + " (median of rounds)", median);
        }
    }

    /** The stage's round of most articles per CPU-second; the stage itself when it ran once. */
    private Optional<StageResult> fastestRound(String name) {
        return results.stream()
                .filter(result -> result.stage().equals(name) || result.stage().startsWith(name + " r"))
                .max(Comparator.comparingDouble(StageResult::articlesPerSecondUnloaded));
    }

    private Optional<StageResult> stage(String name) {
        return results.stream().filter(result -> result.stage().equals(name)).findFirst();
    }

    private static Map<String, Object> stageJson(StageResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stage", result.stage());
        json.put("articles", result.articles());
        json.put("tokens", result.words());
        json.put("bytes", result.bytes());
        json.put("threads", result.threads());
        json.put("seconds", result.seconds());
        json.put("cpuSeconds", result.cpuSeconds());
        json.put("articlesPerSecondUnloaded", result.articlesPerSecondUnloaded());
        json.put("articlesPerSecond", result.articlesPerSecond());
        json.put("tokensPerSecond", result.wordsPerSecond());
        json.put("megabytesPerSecond", result.megabytesPerSecond());
        json.put("peakHeapMb", result.peakHeapMb());
        json.put("setupSeconds", result.setupSeconds());
        return json;
    }

    private static Map<String, Object> machine() {
        Runtime runtime = Runtime.getRuntime();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", runtime.availableProcessors());
        machine.put("maxHeapMb", runtime.maxMemory() / (1024 * 1024));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return machine;
    }
}
