package dev.lede.cli;

import dev.lede.model.FacetField;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.LuceneArticleSearch;
import dev.lede.web.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Keywords; none lists every article.")
    List<String> words = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME", description = "Only articles mentioning this person (repeatable).")
    List<String> people = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME", description = "Only articles mentioning this place (repeatable).")
    List<String> places = new ArrayList<>();

    @Option(
            names = "--country",
            paramLabel = "NAME",
            description = "Only articles about places in this country (repeatable).")
    List<String> countries = new ArrayList<>();

    @Option(
            names = "--org",
            paramLabel = "NAME",
            description = "Only articles mentioning this organisation (repeatable).")
    List<String> orgs = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this source (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(
            names = "--any",
            paramLabel = "FIELD",
            split = ",",
            description =
                    "Fields whose values mean \"any of them\" instead of \"all of them\": person, place, org, source.")
    List<String> anyFields = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(
            names = "--mentioned-from",
            paramLabel = "DATE",
            description = "Only articles that mention a date on or after this day (YYYY-MM-DD)...")
    LocalDate mentionedFrom;

    @Option(
            names = "--mentioned-to",
            paramLabel = "DATE",
            description = "...and on or before this day; a mentioned month or year must lie wholly inside.")
    LocalDate mentionedTo;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            defaultValue = "relevance",
            description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--page", defaultValue = "1", description = "Page number (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--size", defaultValue = "10", description = "Hits per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--json", description = "Print the response as JSON, exactly as the API returns it.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = request();
        SearchPage result;
        try (LuceneArticleSearch search =
                LuceneArticleSearch.open(index.config().indexDir())) {
            result = search.search(request);
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

    private SearchRequest request() {
        Map<FacetField, List<String>> filters = new EnumMap<>(FacetField.class);
        filters.put(FacetField.PERSON, people);
        filters.put(FacetField.PLACE, places);
        filters.put(FacetField.ORG, orgs);
        filters.put(FacetField.COUNTRY, countries);
        filters.put(FacetField.SOURCE, sources);
        SortOrder order = SortOrder.parse(sort)
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--sort must be relevance, newest or oldest, not '" + sort + "'"));
        return new SearchRequest(
                String.join(" ", words),
                filters,
                anyOf(),
                from,
                to,
                mentionedFrom,
                mentionedTo,
                order,
                page,
                size,
                SearchRequest.DEFAULT_FACET_LIMIT);
    }

    private Set<FacetField> anyOf() {
        Set<FacetField> fields = EnumSet.noneOf(FacetField.class);
        for (String name : anyFields) {
            fields.add(FacetField.byParameter(name)
                    .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                            spec.commandLine(),
                            "--any takes " + FacetField.parameterNames() + ", not '" + name + "'")));
        }
        return fields;
    }
}
