package dev.lede.cli;

import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import dev.lede.model.ArticleWrites;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = {
            "Removes articles from the index by id and commits; a running server shows the change at its next search.",
            "Exit code 0 when every id was found, 1 when some were not (the others are still removed)."
        })
final class DeleteCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Mixin
    BackendOptions backend;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the articles to remove.")
    List<String> ids;

    @Override
    public Integer call() throws Exception {
        LedeConfig config = index.config().withNlp(NlpMode.OFF);
        ArticleWrites.Deleted result;
        try (Backends.Opened opened = Backends.openForCommand(config, backend.settings())) {
            result = opened.writes().delete(ids);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Deleted %d article%s.%n",
                result.deleted().size(), result.deleted().size() == 1 ? "" : "s");
        out.flush();
        if (result.unknown().isEmpty()) {
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("No article with id: " + String.join(", ", result.unknown()));
        err.flush();
        return 1;
    }
}
