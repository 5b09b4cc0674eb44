package dev.lede.cli;

import dev.lede.index.lucene.IndexInfo;
import dev.lede.index.lucene.LuceneIndexWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "optimize",
        mixinStandardHelpOptions = true,
        description = {
            "Merges the index into fewer segments, so that searching an archive that is no longer (or seldom) written"
                    + " gets faster: at a million articles, one segment instead of a dozen.",
            "It rewrites the whole index (a million generated articles: 24 s on two cores, after 206 s of indexing"
                    + " them with --nlp off), needs about the index's size again on disk while it runs, and is refused"
                    + " while an indexer is writing. Articles indexed"
                    + " later form new segments again; run it after each bulk load. A running server keeps answering"
                    + " and shows the merged index once it is committed.",
            "Exit code 0 when merged, 1 when the index could not be merged, 2 on a usage error."
        })
final class OptimizeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Option(
            names = "--segments",
            paramLabel = "N",
            defaultValue = "1",
            description = "Merge into at most N segments (default: ${DEFAULT-VALUE}).")
    int segments;

    @Override
    public Integer call() throws Exception {
        if (segments < 1) {
            throw new ParameterException(spec.commandLine(), "--segments must be 1 or more, not " + segments);
        }
        Path indexDir = index.config().indexDir();
        IndexInfo.requireReadable(indexDir);
        long started = System.nanoTime();
        int merged;
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            merged = writer.mergeTo(segments);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "Merged %s into %d segment%s in %.1f s.%n",
                indexDir,
                merged,
                merged == 1 ? "" : "s",
                (System.nanoTime() - started) / 1e9);
        out.flush();
        return 0;
    }
}
