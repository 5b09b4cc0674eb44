package dev.lede.cli;

import dev.lede.bench.BenchReport;
import dev.lede.bench.IngestBenchmark;
import dev.lede.bench.SpellingSlips;
import dev.lede.config.NlpMode;
import dev.lede.eval.DateAgreement;
import dev.lede.search.ArticleSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lede bench …}: benchmarks that are commands, not unit tests, so anyone can rerun them. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks to rerun on any machine; see BENCHMARKS.md.",
        subcommands = {
            BenchSearchCommand.class,
            BenchQueriesCommand.class,
            BenchCommand.Ingest.class,
            BenchCommand.Dates.class,
            BenchCommand.Spelling.class
        })
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "ingest",
            mixinStandardHelpOptions = true,
            description = {
                "Measures indexing throughput on one corpus, the same articles and threads for every stage.",
                "The stages: two plain Lucene loops (lucene-bare: id, title, body; lucene-same: the document Lede"
                        + " indexes), the entity recognizer alone (crf), each NLP mode extracting and indexing (off,"
                        + " fast, full) and the whole ingest pipeline (ingest-MODE). Prints a table, then JSON."
            })
    static final class Ingest implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--corpus",
                paramLabel = "FILE",
                defaultValue = "../shared/corpora/reuters21578.jsonl.gz",
                description = "A .jsonl, .json, .txt or .html file, optionally gzipped (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(
                names = "--limit",
                paramLabel = "N",
                defaultValue = "0",
                description = "Use only the first N articles (default: all).")
        int limit;

        @Option(
                names = "--threads",
                paramLabel = "N",
                defaultValue = "2",
                description = "Worker threads of every stage (default: ${DEFAULT-VALUE}).")
        int threads;

        @Option(
                names = "--modes",
                paramLabel = "MODE",
                split = ",",
                defaultValue = "off,fast,full",
                converter = NlpOptions.NlpModeConverter.class,
                description = "NLP modes to measure (default: ${DEFAULT-VALUE}).")
        List<NlpMode> modes;

        @Option(
                names = "--end-to-end",
                paramLabel = "MODE",
                split = ",",
                defaultValue = "fast",
                converter = NlpOptions.NlpModeConverter.class,
                description = "Of those, modes also run through the ingest pipeline (default: ${DEFAULT-VALUE}).")
        List<NlpMode> endToEnd;

        @Option(
                names = "--warmup",
                paramLabel = "N",
                defaultValue = "300",
                description = "Articles each stage handles untimed first, to warm the JIT (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(
                names = "--rounds",
                paramLabel = "N",
                defaultValue = "3",
                description =
                        "Run the two plain Lucene loops and off N times, alternately, and rank their median rounds"
                                + " (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(
                names = "--nlp-rounds",
                paramLabel = "N",
                defaultValue = "3",
                description = "Run the recognizer alone and each NLP mode's stages N times, alternately, rank their"
                        + " median rounds and give the median of the rounds' ratios (default: ${DEFAULT-VALUE}).")
        int nlpRounds;

        @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON report to FILE.")
        Path json;

        @Override
        public Integer call() throws Exception {
            if (threads < 1 || warmup < 0 || rounds < 1 || nlpRounds < 1 || !Files.isRegularFile(corpus)) {
                spec.commandLine()
                        .getErr()
                        .println("lede bench ingest: need --threads >= 1, --warmup >= 0, --rounds and --nlp-rounds"
                                + " >= 1 and an"
                                + " existing --corpus file (got " + corpus + ")");
                return 2;
            }
            String command = "lede bench ingest --corpus " + corpus + (limit > 0 ? " --limit " + limit : "")
                    + " --threads " + threads + " --modes " + names(modes) + " --end-to-end " + names(endToEnd)
                    + " --warmup " + warmup + " --rounds " + rounds + " --nlp-rounds " + nlpRounds;
            BenchReport report = new IngestBenchmark(
                            new IngestBenchmark.Options(
                                    corpus, limit, threads, modes, endToEnd, warmup, rounds, nlpRounds, command),
                            spec.commandLine().getErr())
                    .run();
            spec.commandLine().getOut().print(report.table());
            spec.commandLine().getOut().println(report.json());
            spec.commandLine().getOut().flush();
            if (json != null) {
                Files.writeString(json, report.json(), StandardCharsets.UTF_8);
            }
            return 0;
        }

        private static String names(List<NlpMode> modes) {
            return modes.stream()
                    .map(mode -> mode.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(","));
        }
    }

    @Command(
            name = "dates",
            mixinStandardHelpOptions = true,
            description = {
                "Measures how far the mentioned dates of --nlp full agree with SUTime on every sentence.",
                "--nlp full runs SUTime on the words around date cues; the agreement is over (article, date) pairs of"
                        + " Reuters-21578 stories."
            })
    static final class Dates implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--corpus",
                paramLabel = "FILE",
                defaultValue = "../shared/corpora/reuters21578.jsonl.gz",
                description = "Reuters-21578 as gzipped JSON Lines (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(
                names = "--limit",
                paramLabel = "N",
                defaultValue = "2000",
                description = "Compare on the first N stories (default: ${DEFAULT-VALUE}; 0: all).")
        int limit;

        @Option(
                names = "--threads",
                paramLabel = "N",
                defaultValue = "2",
                description = "Stories compared at once (default: ${DEFAULT-VALUE}).")
        int threads;

        @Override
        public Integer call() {
            if (threads < 1 || !Files.isRegularFile(corpus)) {
                spec.commandLine()
                        .getErr()
                        .println("lede bench dates: need --threads >= 1 and an existing --corpus file (got " + corpus
                                + ")");
                return 2;
            }
            DateAgreement agreement = DateAgreement.measure(corpus, limit, threads);
            var out = spec.commandLine().getOut();
            out.printf(
                    "Mentioned dates agreement: %.2f %% of %d (article, date) pairs over %d stories"
                            + " (both %d, only around cues %d, only every sentence %d)%n",
                    100 * agreement.agreement(),
                    agreement.agreed() + agreement.onlyAroundCues() + agreement.onlyEverySentence(),
                    agreement.articles(),
                    agreement.agreed(),
                    agreement.onlyAroundCues(),
                    agreement.onlyEverySentence());
            agreement.examples().forEach(example -> out.println("  " + example));
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "spelling",
            mixinStandardHelpOptions = true,
            description = {
                "Measures how often \"did you mean\" gives back the word meant, on an index's own headlines and people.",
                "Headline words, pairs of neighbouring headline words and two-word names each get one slip of the"
                        + " keyboard (never in the first letter) drawn from --seed; prints how many were restored, got"
                        + " another suggestion or none (apart: slips that find articles themselves), and how many of"
                        + " the queries typed as meant got a suggestion all the same, with each of those."
            })
    static final class Spelling implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        IndexOptions index;

        @Mixin
        BackendOptions backend;

        @Option(
                names = "--seed",
                paramLabel = "N",
                defaultValue = "2",
                description = "Draws the words and their slips (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(
                names = "--words",
                paramLabel = "N",
                defaultValue = "300",
                description = "Headline words given a slip; half as many pairs and names (default: ${DEFAULT-VALUE}).")
        int words;

        @Override
        public Integer call() throws IOException {
            if (words < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--words must be 2 or more");
            }
            SpellingSlips.Outcomes outcomes;
            try (ArticleSearch search = Backends.openSearch(index.config(), backend.settings())) {
                outcomes = SpellingSlips.run(search, seed, words);
            }
            PrintWriter out = spec.commandLine().getOut();
            outcomes.counts().forEach((outcome, count) -> out.println(outcome + "\t" + count));
            outcomes.changed().forEach(change -> out.println("# as meant, changed: " + change));
            out.flush();
            return 0;
        }
    }
}
