package dev.lede.cli;

import dev.lede.config.NlpMode;
import dev.lede.eval.EvaluationReport;
import dev.lede.eval.Evaluator;
import dev.lede.eval.ReportFormatter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Measures entity extraction and keyword ranking on the shared corpora and checks them against Lede's "
                    + "quality floors.",
            "Measured: CoNLL-2003 dev spans (PER, LOC, ORG), Reuters-21578 people and countries against the human "
                    + "tags, the most frequent people and places with duplicate values, the keyword search's ranking "
                    + "judged by Reuters' topics, and the seed article.",
            "Exit code 0 when every floor passes, 1 when one fails, 2 on a usage error."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--shared",
            paramLabel = "DIR",
            defaultValue = "../shared",
            description = "Folder with corpora/ and gazetteer/ (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "0",
            description = "Evaluate only the first N Reuters-21578 stories (default: all 19,043).")
    int limit;

    @Option(
            names = "--conll-limit",
            paramLabel = "N",
            defaultValue = "0",
            description = "Evaluate only the first N CoNLL-2003 documents (default: all 216).")
    int conllLimit;

    @Option(
            names = "--nlp",
            paramLabel = "MODE",
            defaultValue = "fast",
            description = "fast (entities only, the default: dates are not measured) or full.",
            converter = NlpOptions.NlpModeConverter.class)
    NlpMode nlp;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Texts processed at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the report as Markdown.")
    Path markdown;

    @Override
    public Integer call() throws Exception {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        String command = "lede evaluate --shared " + shared + (limit > 0 ? " --limit " + limit : "")
                + (conllLimit > 0 ? " --conll-limit " + conllLimit : "") + " --nlp "
                + nlp.name().toLowerCase(Locale.ROOT) + " --threads " + workers;
        EvaluationReport report = Evaluator.run(
                new Evaluator.Options(shared, nlp, workers, limit, conllLimit, command, new LuceneRanking()),
                spec.commandLine().getErr());
        spec.commandLine().getOut().print(ReportFormatter.plain(report));
        spec.commandLine().getOut().flush();
        if (markdown != null) {
            Files.writeString(markdown, ReportFormatter.markdown(report), StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("Wrote " + markdown);
        }
        return report.passed() ? 0 : 1;
    }
}
