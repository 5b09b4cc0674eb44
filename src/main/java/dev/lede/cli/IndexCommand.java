package dev.lede.cli;

import dev.lede.config.LedeConfig;
import dev.lede.ingest.IngestReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Reads articles from files and folders (recursively) and adds them to the index.",
            "Formats: .txt, .json, .jsonl/.ndjson, .html/.htm, .rss/.atom/.xml feeds, .warc/.arc, .pdf, .docx/.doc, .odt, .rtf, .eml, .mbox; any of them .gz or in .zip. Articles already indexed (same id) are replaced.",
            "Exit code 0 when something was indexed, 1 when nothing could be, 2 on a usage error."
        })
final class IndexCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Mixin
    NlpOptions nlp;

    @Option(names = "--rebuild", description = "Remove every article from the index first.")
    boolean rebuild;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        LedeConfig config = nlp.apply(index.config());
        IngestReport report =
                Indexing.run(config, inputs, rebuild, spec.commandLine().getErr());
        return report.articlesIndexed() > 0 || report.skipped().isEmpty() ? 0 : 1;
    }
}
