package dev.lede.cli;

import dev.lede.model.ArticleView;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import dev.lede.search.MatchVisitor;
import dev.lede.web.ExportFormat;
import dev.lede.web.ExportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes every article a search matches as CSV or JSON lines, like GET /api/export.",
            "Columns: id, title, published, source, url, people, places, countries, regions, orgs, snippet, starred, "
                    + "tags, note (the reader's annotations, empty when none) and body with --body. Takes the "
                    + "filters of lede search."
        })
final class ExportCommand implements Callable<Integer> {

    /** {@code -o -}: standard output, as for most Unix tools. */
    private static final Path STANDARD_OUTPUT = Path.of("-");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Mixin
    SearchOptions search;

    @Mixin
    BackendOptions backend;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "csv",
            description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to this file instead of standard output (- for standard output).")
    Path output;

    @Option(
            names = "--bom",
            negatable = true,
            description = "Start a CSV with a UTF-8 byte order mark, so that Excel shows accents right "
                    + "(default: on with --output, off on standard output).")
    Boolean byteOrderMark;

    @Option(names = "--body", description = "Add each article's whole text as a last column.")
    boolean body;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen = ExportFormat.parse(format)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--format must be one of " + ExportFormat.labels() + ", not '" + format + "'"));
        SearchRequest request = search.request(spec.commandLine(), 1, SearchRequest.DEFAULT_SIZE);
        long rows;
        boolean toFile = output != null && !output.equals(STANDARD_OUTPUT);
        try (ArticleSearch articles = Backends.openSearch(index.config(), backend.settings())) {
            if (!toFile) {
                rows = export(articles, request, chosen, spec.commandLine().getOut(), options(false));
            } else {
                try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    rows = export(articles, request, chosen, file, options(true));
                }
            }
        }
        spec.commandLine()
                .getErr()
                .printf("Exported %d article%s%s%n", rows, rows == 1 ? "" : "s", toFile ? " to " + output : "");
        return 0;
    }

    private ExportWriter.Options options(boolean toFile) {
        return new ExportWriter.Options(byteOrderMark == null ? toFile : byteOrderMark, body);
    }

    private static long export(
            ArticleSearch articles,
            SearchRequest request,
            ExportFormat format,
            Writer out,
            ExportWriter.Options options)
            throws IOException {
        ExportWriter writer =
                new ExportWriter(format, out, options, articles.annotations().all());
        articles.export(request, new MatchVisitor() {
            @Override
            public void begin(long total) {}

            @Override
            public void article(ArticleView article) throws IOException {
                writer.write(article);
            }
        });
        writer.finish();
        return writer.rows();
    }
}
