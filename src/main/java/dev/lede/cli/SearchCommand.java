package dev.lede.cli;

import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import dev.lede.web.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Searches the index with the same filters as GET /api/search and prints the results.",
            "Query syntax: words (all required), \"quoted phrases\", AND, OR, NOT, -word, (grouping)."
        })
final class SearchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Mixin
    SearchOptions search;

    @Mixin
    BackendOptions backend;

    @Option(
            names = "--page",
            paramLabel = "N",
            defaultValue = "1",
            description = "Page number (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(
            names = "--size",
            paramLabel = "N",
            defaultValue = "10",
            description =
                    "Hits per page, 0 to 100; 0 prints only the count and the facets (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--json", description = "Print the response as JSON, exactly as the API returns it.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = search.request(spec.commandLine(), page, size);
        SearchPage result;
        try (ArticleSearch articles = Backends.openSearch(index.config(), backend.settings())) {
            result = articles.search(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            new ResultPrinter(out).print(result);
        }
        out.flush();
        return 0;
    }
}
