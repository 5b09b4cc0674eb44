package dev.lede.search;

import dev.lede.model.FacetField;
import dev.lede.model.SavedSearch;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.store.AnnotationStore;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a search kept as the query string of {@code /api/search} ({@code q=putin&place=Munich&from=2025-01-01}) back
 * into a {@link SearchRequest}, for saved searches, with the reader's annotation filters ({@code star=true},
 * {@code tag=…}) read apart since they restrict a search to ids. Paging and presentation parameters are ignored; an
 * unknown parameter or a bad value is an {@link InvalidSearchException} naming {@code query}.
 */
public final class SearchQueryString {

    /** The parameter name every failure is reported under: the field holding the whole query string. */
    public static final String PARAMETER = "query";

    /** Parameters of a search's page or answer, not of which articles match: a saved search keeps them unread. */
    private static final Set<String> IGNORED = Set.of(
            "page",
            "size",
            "facetLimit",
            "cursor",
            "format",
            "collapse",
            "highlight",
            "facets",
            "histogramFrom",
            "histogramTo",
            "histogramUnit",
            "multiSelect");

    private static final String STAR = "star";
    private static final String TAG = "tag";

    private static final Set<String> KNOWN =
            Set.of("q", "any", "exclude", "from", "to", "mentionedFrom", "mentionedTo", "sort", STAR, TAG);

    private SearchQueryString() {}

    /** The request {@code queryString} describes (a leading {@code ?}, or a whole URL, is allowed), one page of size. */
    public static SearchRequest parse(String queryString, SortOrder sort, int size) {
        Map<String, List<String>> parameters = parameters(queryString);
        starred(parameters);
        Map<FacetField, List<String>> filters = new EnumMap<>(FacetField.class);
        for (FacetField field : FacetField.values()) {
            filters.put(
                    field,
                    parameters.getOrDefault(field.parameter(), List.of()).stream()
                            .map(String::strip)
                            .filter(value -> !value.isEmpty())
                            .distinct()
                            .toList());
        }
        return SearchRequest.builder()
                .query(String.join(" ", parameters.getOrDefault("q", List.of())))
                .filters(filters)
                .anyOf(anyOf(parameters))
                .published(date(parameters, "from"), date(parameters, "to"))
                .mentioned(date(parameters, "mentionedFrom"), date(parameters, "mentionedTo"))
                .sort(sort != null ? sort : sort(parameters))
                .size(size)
                .excluded(excluded(parameters))
                .build();
    }

    /**
     * The ids the {@code star} and {@code tag} filters of {@code queryString} restrict its search to, from
     * {@code annotations}; {@code null} when it has neither.
     */
    public static Set<String> annotated(String queryString, AnnotationStore annotations) {
        Map<String, List<String>> parameters = parameters(queryString);
        List<String> tags = parameters.getOrDefault(TAG, List.of()).stream()
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
        return annotations.restriction(starred(parameters), tags);
    }

    private static boolean starred(Map<String, List<String>> parameters) {
        List<String> values = parameters.getOrDefault(STAR, List.of());
        String raw = values.isEmpty() ? "" : values.getLast().strip();
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "", "false" -> false;
            case "true" -> true;
            default ->
                throw new InvalidSearchException(PARAMETER, "star in query must be true or false, not '" + raw + "'");
        };
    }

    /** {@code exclude=person:Name} values, as the search API reads them. */
    private static Map<FacetField, List<String>> excluded(Map<String, List<String>> parameters) {
        Map<FacetField, List<String>> excluded = new EnumMap<>(FacetField.class);
        for (String raw : parameters.getOrDefault("exclude", List.of())) {
            int colon = raw.indexOf(':');
            FacetField field = colon < 0
                    ? null
                    : FacetField.byParameter(raw.substring(0, colon)).orElse(null);
            String value = colon < 0 ? "" : raw.substring(colon + 1).strip();
            if (field == null || value.isEmpty()) {
                throw new InvalidSearchException(
                        PARAMETER, "exclude in query takes field:value, e.g. exclude=person:Name; not '" + raw + "'");
            }
            excluded.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        }
        return excluded;
    }

    /** The query string that {@link #parse} reads back as {@code request} (paging left out). */
    public static String of(SearchRequest request) {
        List<String> pairs = new ArrayList<>();
        if (request.hasKeywords()) {
            pairs.add(pair("q", request.query()));
        }
        for (FacetField field : FacetField.values()) {
            request.selected(field).forEach(value -> pairs.add(pair(field.parameter(), value)));
        }
        if (!request.anyOf().isEmpty()) {
            pairs.add(pair(
                    "any",
                    String.join(
                            ",",
                            request.anyOf().stream()
                                    .sorted()
                                    .map(FacetField::parameter)
                                    .toList())));
        }
        for (FacetField field : FacetField.values()) {
            request.excluded(field).forEach(value -> pairs.add(pair("exclude", field.parameter() + ":" + value)));
        }
        addDate(pairs, "from", request.from());
        addDate(pairs, "to", request.to());
        addDate(pairs, "mentionedFrom", request.mentionedFrom());
        addDate(pairs, "mentionedTo", request.mentionedTo());
        if (request.sort() != SortOrder.RELEVANCE) {
            pairs.add(pair("sort", request.sort().label()));
        }
        return String.join("&", pairs);
    }

    private static void addDate(List<String> pairs, String name, LocalDate date) {
        if (date != null) {
            pairs.add(pair(name, date.toString()));
        }
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The newest {@link SavedSearch#FEED_SIZE} matches of {@code saved}, newest first, one per story as the search page
     * shows them unless the saved query says {@code collapse=false}: a feed full of one wire story's copies is noise.
     */
    public static SearchRequest newestMatches(SavedSearch saved) {
        return parse(saved.query(), SortOrder.NEWEST, SavedSearch.FEED_SIZE).withCollapse(onePerStory(saved.query()));
    }

    /** Whether {@code queryString} leaves copies collapsed: every {@code collapse} value it gives is other than false. */
    static boolean onePerStory(String queryString) {
        return parameters(queryString).getOrDefault("collapse", List.of()).stream()
                .noneMatch(value -> value.strip().equalsIgnoreCase("false"));
    }

    /** Checks that {@code queryString} can be read, and returns it without a leading {@code ?} or URL. */
    public static String normalize(String queryString) {
        parse(queryString, null, SearchRequest.DEFAULT_SIZE);
        return strip(queryString);
    }

    /**
     * {@code queryString} with every name and value percent-encoded, for a link: a saved query may hold spaces and
     * quotes as it was typed.
     */
    public static String encoded(String queryString) {
        List<String> pairs = new ArrayList<>();
        for (String pair : strip(queryString).split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            pairs.add(equals < 0 ? encode(name) : encode(name) + "=" + encode(decode(pair.substring(equals + 1))));
        }
        return String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String strip(String queryString) {
        String text = queryString == null ? "" : queryString.strip();
        int question = text.indexOf('?');
        return question >= 0 ? text.substring(question + 1) : text;
    }

    private static Map<String, List<String>> parameters(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : strip(queryString).split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            boolean facet = FacetField.byParameter(name).isPresent();
            if (!facet && !KNOWN.contains(name) && !IGNORED.contains(name)) {
                throw new InvalidSearchException(
                        PARAMETER,
                        "query has an unknown parameter '" + name + "'; it takes q, any, from, to, mentionedFrom, "
                                + "mentionedTo, sort, star, tag and " + FacetField.parameterNames());
            }
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException(PARAMETER, "query is not a valid query string: " + e.getMessage());
        }
    }

    private static Set<FacetField> anyOf(Map<String, List<String>> parameters) {
        Set<FacetField> fields = EnumSet.noneOf(FacetField.class);
        for (String raw : parameters.getOrDefault("any", List.of())) {
            for (String name : raw.split(",")) {
                if (!name.isBlank()) {
                    fields.add(FacetField.byParameter(name)
                            .orElseThrow(() -> new InvalidSearchException(
                                    PARAMETER,
                                    "any in query takes field names: " + FacetField.parameterNames() + "; not '"
                                            + name.strip() + "'")));
                }
            }
        }
        return fields;
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        String raw = values.isEmpty() ? "" : values.getLast();
        if (raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSearchException(
                    PARAMETER, name + " in query must be a date like 2025-02-14, not '" + raw + "'");
        }
    }

    private static SortOrder sort(Map<String, List<String>> parameters) {
        List<String> values = parameters.getOrDefault("sort", List.of());
        if (values.isEmpty() || values.getLast().isBlank()) {
            return SortOrder.RELEVANCE;
        }
        String raw = values.getLast();
        return SortOrder.parse(raw)
                .orElseThrow(() -> new InvalidSearchException(
                        PARAMETER, "sort in query must be relevance, recent, newest or oldest, not '" + raw + "'"));
    }
}
