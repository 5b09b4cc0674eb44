package dev.lede.web;

import dev.lede.model.Article;
import dev.lede.model.FacetField;
import dev.lede.model.HistogramUnit;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.model.Timeline;
import dev.lede.search.SearchRules;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads and checks the query parameters of a search into a {@link SearchRequest}; every failure names its parameter. */
final class SearchParams {

    static final String QUERY = "q";
    static final String ANY = "any";
    static final String EXCLUDE = "exclude";
    static final String FROM = "from";
    static final String TO = "to";
    static final String MENTIONED_FROM = "mentionedFrom";
    static final String MENTIONED_TO = "mentionedTo";
    static final String SORT = "sort";
    static final String PAGE = "page";
    static final String SIZE = "size";
    static final String FACET_LIMIT = "facetLimit";
    static final String COLLAPSE = "collapse";
    static final String HIGHLIGHT = "highlight";
    static final String FACETS = "facets";
    static final String HISTOGRAM_FROM = "histogramFrom";
    static final String HISTOGRAM_TO = "histogramTo";
    static final String HISTOGRAM_UNIT = "histogramUnit";
    static final String MULTI_SELECT = "multiSelect";
    static final String CURSOR = "cursor";

    private static final int MAX_VALUES_PER_FIELD = 20;
    /** Longer than any real name or id, short enough that no value costs much to look up or to echo. */
    static final int MAX_NAME_LENGTH = Article.MAX_ID_LENGTH;

    private static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    /** Parameters that hold one value: given twice, which one was meant cannot be told. */
    private static final List<String> SINGLE_VALUED = List.of(
            QUERY,
            FROM,
            TO,
            MENTIONED_FROM,
            MENTIONED_TO,
            SORT,
            PAGE,
            SIZE,
            FACET_LIMIT,
            COLLAPSE,
            HIGHLIGHT,
            HISTOGRAM_FROM,
            HISTOGRAM_TO,
            HISTOGRAM_UNIT,
            MULTI_SELECT);

    /** Every parameter a search reads; any other is reported as ignored. */
    private static final Set<String> KNOWN = Stream.of(
                    SINGLE_VALUED.stream(),
                    Stream.of(ANY, EXCLUDE, FACETS, CURSOR, AnnotationFilters.STAR, AnnotationFilters.TAG),
                    Arrays.stream(FacetField.values()).map(FacetField::parameter))
            .flatMap(names -> names)
            .collect(Collectors.toUnmodifiableSet());

    /** A facet's key in the answer ("people") given as a filter means its parameter ("person"). */
    private static final Map<String, String> MEANT = Arrays.stream(FacetField.values())
            .collect(Collectors.toUnmodifiableMap(FacetField::plural, FacetField::parameter));

    private SearchParams() {}

    /** Every parameter a search reads. */
    static Set<String> known() {
        return KNOWN;
    }

    /** What the search did not read, as warnings for its answer (see {@link UnknownParameters}). */
    static List<String> ignored(Context ctx) {
        return UnknownParameters.warnings(ctx, KNOWN, MEANT);
    }

    /** What neither the search nor the endpoint's {@code own} parameters read, as warnings for its answer. */
    static List<String> ignored(Context ctx, Set<String> own) {
        return UnknownParameters.warnings(ctx, withOwn(own), MEANT);
    }

    /**
     * Refuses any parameter that is neither a search's nor one of {@code own}: for answers that cannot carry the
     * warnings of {@link #ignored}.
     */
    static void refuseUnknown(Context ctx, Set<String> own) {
        UnknownParameters.refuse(ctx, withOwn(own), MEANT);
    }

    private static Set<String> withOwn(Set<String> own) {
        Set<String> known = new HashSet<>(KNOWN);
        known.addAll(own);
        return known;
    }

    static SearchRequest from(Context ctx) {
        for (String name : SINGLE_VALUED) {
            if (ctx.queryParams(name).size() > 1) {
                throw new BadRequest(
                        name,
                        name + " may be given once; it was given "
                                + ctx.queryParams(name).size() + " times");
            }
        }
        String query = ctx.queryParam(QUERY);
        SearchRules.checkQueryLength(query);
        Map<FacetField, List<String>> filters = new EnumMap<>(FacetField.class);
        for (FacetField field : FacetField.values()) {
            filters.put(field, values(ctx, field));
        }
        SearchRequest.Builder request = SearchRequest.builder()
                .query(query)
                .filters(filters)
                .anyOf(anyOf(ctx))
                .published(date(ctx, FROM), date(ctx, TO))
                .mentioned(date(ctx, MENTIONED_FROM), date(ctx, MENTIONED_TO))
                .sort(sort(ctx))
                .page(integer(ctx, PAGE, 1))
                .size(integer(ctx, SIZE, SearchRequest.DEFAULT_SIZE))
                .facetLimit(integer(ctx, FACET_LIMIT, SearchRequest.DEFAULT_FACET_LIMIT))
                .collapse(bool(ctx, COLLAPSE))
                .excluded(excluded(ctx))
                .highlight(bool(ctx, HIGHLIGHT, true))
                .histogram(date(ctx, HISTOGRAM_FROM), date(ctx, HISTOGRAM_TO), histogramUnit(ctx))
                .multiSelect(bool(ctx, MULTI_SELECT));
        if (ctx.queryParamMap().containsKey(FACETS)) {
            counting(ctx, request);
        }
        return request.build();
    }

    /**
     * {@code facets=people,places,published} (or repeated): only these counts and timelines; empty for none. The
     * annotation counts it may name are {@linkplain AnnotationFilters#counted counted beside the search}.
     */
    private static void counting(Context ctx, SearchRequest.Builder request) {
        Set<FacetField> fields = EnumSet.noneOf(FacetField.class);
        Set<Timeline> timelines = EnumSet.noneOf(Timeline.class);
        for (String name : facetNames(ctx)) {
            Optional<Timeline> timeline = Timeline.byKey(name);
            if (timeline.isPresent()) {
                timelines.add(timeline.get());
            } else if (AnnotationFilters.facetKey(name).isEmpty()) {
                fields.add(countedField(name));
            }
        }
        request.counting(fields, timelines);
    }

    /** The names {@code facets} lists, comma-separated or repeated, without blanks. */
    static List<String> facetNames(Context ctx) {
        return ctx.queryParams(FACETS).stream()
                .flatMap(raw -> Arrays.stream(raw.split(",")))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static FacetField countedField(String name) {
        return Arrays.stream(FacetField.values())
                .filter(field ->
                        field.plural().equals(name) || field.parameter().equals(name))
                .findFirst()
                .orElseThrow(() -> new BadRequest(
                        FACETS,
                        "facets takes "
                                + Arrays.stream(FacetField.values())
                                        .map(FacetField::plural)
                                        .collect(Collectors.joining(", "))
                                + ", published, mentioned, tags, starred; not '" + name + "'"));
    }

    private static HistogramUnit histogramUnit(Context ctx) {
        String raw = ctx.queryParam(HISTOGRAM_UNIT);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return HistogramUnit.parse(raw)
                .orElseThrow(() -> new BadRequest(
                        HISTOGRAM_UNIT, "histogramUnit must be day, week, month or year, not '" + raw + "'"));
    }

    private static List<String> values(Context ctx, FacetField field) {
        List<String> values = ctx.queryParams(field.parameter()).stream()
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
        values.forEach(value -> checkLength(field.parameter(), value));
        if (values.size() > MAX_VALUES_PER_FIELD) {
            throw new BadRequest(
                    field.parameter(),
                    "at most " + MAX_VALUES_PER_FIELD + " values of " + field.parameter() + " may be given");
        }
        return values;
    }

    /** {@code exclude=person:Name} (repeatable): articles that do not have that value. */
    private static Map<FacetField, List<String>> excluded(Context ctx) {
        Map<FacetField, List<String>> excluded = new EnumMap<>(FacetField.class);
        int count = 0;
        for (String raw : ctx.queryParams(EXCLUDE)) {
            if (raw.isBlank()) {
                continue;
            }
            int colon = raw.indexOf(':');
            String value = colon < 0 ? "" : raw.substring(colon + 1).strip();
            if (colon < 0 || value.isEmpty()) {
                throw new BadRequest(
                        EXCLUDE, "exclude takes field:value, e.g. person:Marit Zuidervaart; not '" + raw + "'");
            }
            checkLength(EXCLUDE, value);
            String name = raw.substring(0, colon).strip();
            FacetField field = FacetField.byParameter(name)
                    .orElseThrow(() -> new BadRequest(
                            EXCLUDE,
                            "exclude takes field names: " + FacetField.parameterNames() + "; not '" + name + "'"));
            List<String> values = excluded.computeIfAbsent(field, f -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
                count++;
            }
        }
        if (count > MAX_VALUES_PER_FIELD * FacetField.values().length) {
            throw new BadRequest(
                    EXCLUDE,
                    "at most " + MAX_VALUES_PER_FIELD * FacetField.values().length + " values may be excluded");
        }
        return excluded;
    }

    /** {@code any=person,place} (or repeated) makes those fields match any of their selected values. */
    private static Set<FacetField> anyOf(Context ctx) {
        Set<FacetField> fields = EnumSet.noneOf(FacetField.class);
        for (String raw : ctx.queryParams(ANY)) {
            for (String name : raw.split(",")) {
                if (!name.isBlank()) {
                    fields.add(facetField(name.strip()));
                }
            }
        }
        return fields;
    }

    private static FacetField facetField(String name) {
        return FacetField.byParameter(name)
                .orElseThrow(() -> new BadRequest(
                        ANY, "any takes field names: " + FacetField.parameterNames() + "; not '" + name + "'"));
    }

    static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
                throw new BadRequest(name, name + " must be from 0001-01-01 to 9999-12-31, not '" + raw + "'");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new BadRequest(
                    name, name + " must be a date like 2025-02-14, from 0001-01-01 to 9999-12-31, not '" + raw + "'");
        }
    }

    /** A path parameter naming something (an article id, an entity): not blank, and of a sensible length. */
    static String pathName(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (value.isBlank()) {
            throw new BadRequest(name, name + " must not be blank");
        }
        checkLength(name, value);
        return value;
    }

    private static void checkLength(String name, String value) {
        if (value.length() > MAX_NAME_LENGTH) {
            throw new BadRequest(name, tooLong(name));
        }
    }

    /** Why a name or id longer than {@link #MAX_NAME_LENGTH} is refused. */
    static String tooLong(String name) {
        return name + " may be at most " + MAX_NAME_LENGTH + " characters long";
    }

    private static SortOrder sort(Context ctx) {
        String raw = ctx.queryParam(SORT);
        if (raw == null || raw.isBlank()) {
            return SortOrder.RELEVANCE;
        }
        return SortOrder.parse(raw)
                .orElseThrow(() ->
                        new BadRequest(SORT, "sort must be relevance, recent, newest or oldest, not '" + raw + "'"));
    }

    /** {@code true} or {@code false}, in any case; absent or empty means false. */
    static boolean bool(Context ctx, String name) {
        return bool(ctx, name, false);
    }

    /** {@code true} or {@code false}, in any case; absent or empty means {@code fallback}. */
    static boolean bool(Context ctx, String name, boolean fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequest(name, name + " must be true or false, not '" + raw + "'");
        };
    }

    static int integer(Context ctx, String name, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(name, name + " must be a whole number, not '" + raw + "'");
        }
    }
}
