package dev.lede.search.solr;

import dev.lede.index.solr.SolrFields;
import dev.lede.model.DateHistogram;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.solr.client.solrj.response.FacetField.Count;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * Solr's facet counts as Lede shows them: values curation blocked left out, merged values counted together (each
 * article once, so merged groups are counted by a query of their own), and the timelines by year or by month.
 */
final class SolrFacets {

    /** As in the Lucene engine: beyond this many years of results, a month-by-month timeline is too fine to read. */
    private static final int MAX_YEARS_FOR_MONTHS = 3;

    private static final int MAX_FILLED_PERIODS = 300;

    /** Counts the articles with any value of each group, under the request's filters. */
    interface GroupCounter {
        Map<String, Long> count(List<SolrSearchQuery.Group> groups) throws IOException;
    }

    /** Counts every value of a field under the request's filters, as its facet would. */
    interface EveryValue {
        Map<String, Long> count(FacetField field) throws IOException;
    }

    /**
     * Beyond this many merged values Solr sent no member of that could reach the top, the field's every value is
     * asked for instead (a search with few matches has many values of one or two articles, and then every merged
     * value could reach its top; asking for all of them is cheap there).
     */
    static final int MOST_UNSENT_GROUPS = 20;

    private SolrFacets() {}

    static Map<String, List<FacetValue>> topValues(
            QueryResponse response,
            SearchRequest request,
            EntityAliases aliases,
            GroupCounter counter,
            EveryValue everyValue)
            throws IOException {
        Map<FacetField, Map<String, Long>> curated = new LinkedHashMap<>();
        Map<FacetField, List<String>> unsent = new LinkedHashMap<>();
        for (FacetField field : FacetField.values()) {
            if (request.counted().contains(field)) {
                Map<String, Long> sent = indexed(response, field);
                Map<String, Long> counts = curated(sent, field, aliases);
                List<String> names = unsent(field, sent, counts, request.facetLimit(), aliases);
                if (names.size() > MOST_UNSENT_GROUPS) {
                    counts = curated(everyValue.count(field), field, aliases);
                    names = List.of();
                }
                curated.put(field, counts);
                unsent.put(field, names);
            }
        }
        List<SolrSearchQuery.Group> groups = groups(curated, aliases, "g", 0);
        unsent.forEach((field, names) -> {
            for (String name : names) {
                groups.add(new SolrSearchQuery.Group("g" + groups.size(), field, aliases.members(field, name)));
                curated.get(field).put(name, 0L);
            }
        });
        Map<String, Long> groupCounts = groups.isEmpty() ? Map.of() : counter.count(groups);
        return shown(curated, groups, groupCounts, request, aliases);
    }

    /**
     * The merged values among the curated counts, which Solr's per-value counts cannot count (an article naming two
     * members would count twice): keyed {@code prefix} followed by a number from {@code first}.
     */
    static List<SolrSearchQuery.Group> groups(
            Map<FacetField, Map<String, Long>> curated, EntityAliases aliases, String prefix, int first) {
        List<SolrSearchQuery.Group> groups = new ArrayList<>();
        curated.forEach((field, counts) -> {
            for (String name : counts.keySet()) {
                List<String> members = aliases.members(field, name);
                if (members.size() > 1 || aliases.withdrawnFromAny(field, members)) {
                    groups.add(new SolrSearchQuery.Group(prefix + (first + groups.size()), field, members));
                }
            }
        });
        return groups;
    }

    /**
     * The merged names none of whose members Solr sent that could still reach the top {@code limit}: each value not
     * sent has at most the smallest count sent, and at most the articles of the whole collection that hold it, so a
     * name counts at most the sum of those bounds over its members.
     */
    private static List<String> unsent(
            FacetField field, Map<String, Long> sent, Map<String, Long> curated, int limit, EntityAliases aliases) {
        if (sent.isEmpty() || sent.size() < SolrSearchQuery.facetDepth(field, limit, aliases)) {
            return List.of(); // Solr sent every value the matches hold
        }
        long smallest = Collections.min(sent.values());
        long threshold = lowestShownCount(field, sent, limit, aliases);
        List<String> names = new ArrayList<>();
        for (String name : aliases.renamedValuesByName(field).keySet()) {
            if (!curated.containsKey(name)
                    && !aliases.isBlocked(field, name)
                    && atMost(field, aliases.members(field, name), smallest, aliases) >= threshold) {
                names.add(name);
                if (names.size() > MOST_UNSENT_GROUPS) {
                    break;
                }
            }
        }
        return names;
    }

    private static long atMost(FacetField field, List<String> members, long smallest, EntityAliases aliases) {
        long sum = 0;
        for (String member : members) {
            sum += Math.min(smallest, aliases.articlesAtMost(field, member));
        }
        return sum;
    }

    /** At most the {@code limit}-th count shown: each name sent counts at least its largest member's articles. */
    private static long lowestShownCount(FacetField field, Map<String, Long> sent, int limit, EntityAliases aliases) {
        Map<String, Long> atLeast = new HashMap<>();
        sent.forEach((value, count) -> {
            if (!aliases.isBlocked(field, value)) {
                atLeast.merge(aliases.canonical(field, value), count, Math::max);
            }
        });
        return atLeast.size() < limit
                ? 0
                : atLeast.values().stream()
                        .sorted(Comparator.reverseOrder())
                        .skip(limit - 1)
                        .findFirst()
                        .orElse(0L);
    }

    /** The top values of each field as a search shows them, the groups' own counts in place of their members' sums. */
    static Map<String, List<FacetValue>> shown(
            Map<FacetField, Map<String, Long>> curated,
            List<SolrSearchQuery.Group> groups,
            Map<String, Long> groupCounts,
            SearchRequest request,
            EntityAliases aliases) {
        for (SolrSearchQuery.Group group : groups) {
            curated.get(group.field()).put(group.members().getFirst(), groupCounts.getOrDefault(group.key(), 0L));
        }
        Map<String, List<FacetValue>> byField = new LinkedHashMap<>();
        curated.forEach((field, counts) -> byField.put(field.plural(), top(field, counts, aliases, request)));
        return byField;
    }

    /** Each name as curation shows it, with the summed counts of its indexed values, blocked values left out. */
    static Map<String, Long> curated(QueryResponse response, FacetField field, EntityAliases aliases) {
        return curated(indexed(response, field), field, aliases);
    }

    static Map<String, Long> indexed(QueryResponse response, FacetField field) {
        Map<String, Long> indexed = new LinkedHashMap<>();
        values(response, field.plural()).forEach(count -> indexed.put(count.getName(), count.getCount()));
        return indexed;
    }

    /** The same for counts of indexed values read from elsewhere (a JSON facet's buckets). */
    static Map<String, Long> curated(Map<String, Long> indexed, FacetField field, EntityAliases aliases) {
        Map<String, Long> counts = new LinkedHashMap<>();
        indexed.forEach((name, count) -> {
            if (count > 0 && !aliases.isBlocked(field, name)) {
                counts.merge(aliases.canonical(field, name), count, Long::sum);
            }
        });
        return counts;
    }

    private static List<FacetValue> top(
            FacetField field, Map<String, Long> counts, EntityAliases aliases, SearchRequest request) {
        List<FacetValue> values = new ArrayList<>(counts.size());
        counts.forEach((name, count) -> {
            if (count > 0) { // a merged or withdrawn name can count none
                List<String> members = aliases.members(field, name);
                values.add(new FacetValue(name, count, members.subList(1, members.size())));
            }
        });
        values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
        return values.size() > request.facetLimit() ? List.copyOf(values.subList(0, request.facetLimit())) : values;
    }

    static DateHistogram published(QueryResponse response) {
        return histogram(response, SolrFields.YEAR, SolrFields.MONTH);
    }

    static DateHistogram mentioned(QueryResponse response) {
        return histogram(response, SolrFields.MENTIONED_YEAR, SolrFields.MENTIONED_MONTH);
    }

    /** The publication months of the matches, oldest first, quiet months included. */
    static List<FacetValue> everyMonth(QueryResponse response) {
        return filled(values(response, SolrFields.MONTH), YearMonth::parse, month -> month.plusMonths(1));
    }

    private static DateHistogram histogram(QueryResponse response, String yearField, String monthField) {
        List<Count> years = values(response, yearField);
        if (years.isEmpty()) {
            return DateHistogram.EMPTY;
        }
        Year first = Year.parse(years.getFirst().getName());
        Year last = Year.parse(years.getLast().getName());
        if (first.until(last, ChronoUnit.YEARS) + 1 > MAX_YEARS_FOR_MONTHS) {
            return new DateHistogram("year", filled(years, Year::parse, year -> year.plusYears(1)));
        }
        return new DateHistogram("month", filled(values(response, monthField), YearMonth::parse, m -> m.plusMonths(1)));
    }

    /** Every period from the first to the last, quiet ones with zero, unless that would be too many bars. */
    private static <T extends Comparable<T>> List<FacetValue> filled(
            List<Count> counts, Function<String, T> parse, Function<T, T> next) {
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<String, Long> byPeriod = new LinkedHashMap<>();
        counts.forEach(count -> byPeriod.put(count.getName(), count.getCount()));
        List<FacetValue> periods = new ArrayList<>();
        T last = parse.apply(counts.getLast().getName());
        for (T period = parse.apply(counts.getFirst().getName());
                period.compareTo(last) <= 0;
                period = next.apply(period)) {
            periods.add(new FacetValue(period.toString(), byPeriod.getOrDefault(period.toString(), 0L)));
            if (periods.size() > MAX_FILLED_PERIODS + 1) {
                return byPeriod.entrySet().stream()
                        .map(entry -> new FacetValue(entry.getKey(), entry.getValue()))
                        .toList();
            }
        }
        return periods;
    }

    private static List<Count> values(QueryResponse response, String key) {
        var facet = response.getFacetField(key);
        if (facet == null || facet.getValues() == null) {
            return List.of();
        }
        return facet.getValues().stream().filter(count -> count.getCount() > 0).toList();
    }
}
