package dev.lede.cli;

import dev.lede.model.FacetField;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.search.SearchRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to search for, as {@code GET /api/search} takes it: the keywords and filters shared by search and export. */
final class SearchOptions {

    /** The API's limit on {@code q} ({@code web.SearchParams}), with its message. */
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Keywords; none means every article.")
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
            names = "--region",
            paramLabel = "NAME",
            description = "Only articles about places in this state, province or other first-level region, e.g. "
                    + "Texas or Bavaria (repeatable).")
    List<String> regions = new ArrayList<>();

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
            description = "Fields whose values mean \"any of them\" instead of \"all of them\", comma-separated: "
                    + "person, place, country, region, org, source. "
                    + "Example: --any country --country France --country Spain.")
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
            description =
                    "relevance; recent (relevance with newer stories lifted: the bonus halves every 30 days before "
                            + "the newest article); newest; or oldest (default: ${DEFAULT-VALUE}).")
    String sort;

    /**
     * The request these options describe, for one page of hits.
     *
     * @param commandLine the command being run, for usage errors
     */
    SearchRequest request(CommandLine commandLine, int page, int size) {
        Map<FacetField, List<String>> filters = new EnumMap<>(FacetField.class);
        filters.put(FacetField.PERSON, people);
        filters.put(FacetField.PLACE, places);
        filters.put(FacetField.ORG, orgs);
        filters.put(FacetField.COUNTRY, countries);
        filters.put(FacetField.REGION, regions);
        filters.put(FacetField.SOURCE, sources);
        SortOrder order = SortOrder.parse(sort)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        commandLine, "--sort must be relevance, recent, newest or oldest, not '" + sort + "'"));
        String query = String.join(" ", words);
        SearchRules.checkQueryLength(query);
        return SearchRequest.builder()
                .query(query)
                .filters(filters)
                .anyOf(anyOf(commandLine))
                .published(from, to)
                .mentioned(mentionedFrom, mentionedTo)
                .sort(order)
                .page(page)
                .size(size)
                .build();
    }

    private Set<FacetField> anyOf(CommandLine commandLine) {
        Set<FacetField> fields = EnumSet.noneOf(FacetField.class);
        for (String name : anyFields) {
            fields.add(FacetField.byParameter(name)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            commandLine, "--any takes " + FacetField.parameterNames() + ", not '" + name + "'")));
        }
        return fields;
    }
}
