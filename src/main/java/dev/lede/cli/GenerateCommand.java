package dev.lede.cli;

import dev.lede.bench.CorpusGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic news corpus as JSON lines for benchmarks.",
            "Invented words and names; people, places and orgs given as fields (and named in the body); dates over 20"
                    + " years, several sources, some near-duplicates. The same --articles and --seed give the same"
                    + " bytes."
        })
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", required = true, description = "How many articles to write.")
    long articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here (gzipped when it ends in .gz) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (articles < 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--articles must be 0 or more, not " + articles);
        }
        CorpusGenerator generator = new CorpusGenerator(seed);
        long started = System.nanoTime();
        CorpusGenerator.Summary summary =
                output == null ? generator.write(System.out, articles) : generator.writeTo(output, articles);
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine()
                .getErr()
                .printf(
                        "Wrote %,d articles (%,d near-duplicates, %.1f MB of body text) in %.1f s%s%n",
                        summary.articles(),
                        summary.nearDuplicates(),
                        summary.bodyBytes() / 1e6,
                        seconds,
                        output == null ? "" : " to " + output);
        return 0;
    }
}
