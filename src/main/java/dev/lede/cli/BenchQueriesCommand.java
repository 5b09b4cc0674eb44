package dev.lede.cli;

import dev.lede.bench.QueryMixGenerator;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "queries",
        mixinStandardHelpOptions = true,
        description = {
            "Derives a query mix in the solr-peer format from a JSON-lines corpus (gzipped or not).",
            "The mix is for lede bench search and for the solr-peer harness; the same corpus, sample, count and seed"
                    + " give the same file."
        })
final class BenchQueriesCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE", required = true, description = "The corpus to draw from.")
    Path corpus;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of standard output.")
    Path output;

    @Option(
            names = "--count",
            paramLabel = "N",
            defaultValue = "200",
            description = "Queries (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--sample",
            paramLabel = "N",
            defaultValue = "50000",
            description = "Read only the first N articles, to bound memory (default: ${DEFAULT-VALUE}).")
    int sample;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || sample < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count and --sample must be at least 1");
        }
        QueryMixGenerator generator = QueryMixGenerator.sampling(corpus, sample);
        int written;
        if (output == null) {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            written = generator.write(out, count, seed);
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                written = generator.write(out, count, seed);
            }
        }
        spec.commandLine().getErr().printf("Wrote %d queries%s%n", written, output == null ? "" : " to " + output);
        return 0;
    }
}
