package dev.lede.cli;

import dev.lede.config.LedeConfig;
import dev.lede.index.lucene.IndexInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Indexes the sample articles when the index is missing or older than them, then serves it."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Mixin
    ServerOptions server;

    @Mixin
    NlpOptions nlp;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Articles to index (default: $LEDE_SAMPLE_DATA, else ./sample-data).")
    Path data;

    @Override
    public Integer call() throws Exception {
        LedeConfig config = nlp.apply(server.apply(index.config())).withSampleDataDir(data);
        Path dataDir = config.sampleDataDir();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(config.indexDir())) {
            // Only a missing folder is the demo's to create; one holding other files is a mistyped --index.
            IndexInfo.requireReadable(config.indexDir());
        }
        if (needsIndexing(config.indexDir(), dataDir)) {
            Indexing.run(config, List.of(dataDir), true, err);
        } else {
            err.printf("The index at %s is up to date with %s.%n", config.indexDir(), dataDir);
        }
        ServeCommand.serve(config, err);
        return 0;
    }

    static boolean needsIndexing(Path indexDir, Path dataDir) throws IOException {
        Optional<IndexInfo> info = IndexInfo.read(indexDir);
        if (info.isEmpty() || !info.get().isCurrentSchema()) {
            return true;
        }
        return newestChange(dataDir).isAfter(info.get().committedAt());
    }

    private static Instant newestChange(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.map(DemoCommand::modified).max(Instant::compareTo).orElse(Instant.EPOCH);
        }
    }

    private static Instant modified(Path path) {
        try {
            FileTime time = Files.getLastModifiedTime(path);
            return time.toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
