package dev.lede.web;

import dev.lede.model.FacetValue;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import dev.lede.store.Annotation;
import dev.lede.store.AnnotationStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reader's annotations in a search: {@code star=true} and {@code tag=…} (repeatable: all of them) narrow it to
 * the articles the store lists, and the answer's facets gain {@code tags} (each tag among the matches) and
 * {@code starred} (one value, the number of starred matches), unless {@code facets} leaves them out.
 */
final class AnnotationFilters {

    static final String STAR = "star";
    static final String TAG = "tag";
    static final String TAGS_FACET = "tags";
    static final String STARRED_FACET = "starred";

    private AnnotationFilters() {}

    /** The annotation count {@code facets} means by a name: {@code tags} (or {@code tag}), {@code starred} (or star). */
    static Optional<String> facetKey(String name) {
        return switch (name) {
            case TAGS_FACET, TAG -> Optional.of(TAGS_FACET);
            case STARRED_FACET, STAR -> Optional.of(STARRED_FACET);
            default -> Optional.empty();
        };
    }

    /** The annotation counts a search answers with: both without {@code facets}, else those it names. */
    static Set<String> counted(Context ctx) {
        if (!ctx.queryParamMap().containsKey(SearchParams.FACETS)) {
            return Set.of(TAGS_FACET, STARRED_FACET);
        }
        return SearchParams.facetNames(ctx).stream()
                .flatMap(name -> facetKey(name).stream())
                .collect(Collectors.toSet());
    }

    /** The ids the search is restricted to, or {@code null} when no annotation filter is asked for. */
    static Set<String> restriction(Context ctx, AnnotationStore store) {
        boolean starred = SearchParams.bool(ctx, STAR);
        List<String> tags = ctx.queryParams(TAG).stream()
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
        return store.restriction(starred, tags);
    }

    static SearchPage search(ArticleSearch search, Context ctx, SearchRequest request, String cursor)
            throws IOException {
        AnnotationStore store = search.annotations();
        Set<String> onlyIds = restriction(ctx, store);
        SearchPage page = search.search(request, cursor, onlyIds);
        Map<String, Annotation> annotated = store.all();
        Set<String> counted = counted(ctx);
        if (annotated.isEmpty() || counted.isEmpty()) {
            return page;
        }
        Set<String> among = new HashSet<>(annotated.keySet());
        if (onlyIds != null) {
            among.retainAll(onlyIds);
        }
        Set<String> matching = search.matchingIds(request, among);
        long starred =
                matching.stream().filter(id -> annotated.get(id).starred()).count();
        List<FacetValue> tags = store.tags().entrySet().stream()
                .map(tag -> new FacetValue(
                        tag.getKey(),
                        tag.getValue().stream().filter(matching::contains).count()))
                .filter(tag -> tag.count() > 0)
                .sorted(Comparator.comparingLong(FacetValue::count).reversed())
                .toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>(page.facets());
        if (counted.contains(TAGS_FACET)) {
            facets.put(TAGS_FACET, tags);
        }
        if (counted.contains(STARRED_FACET)) {
            facets.put(STARRED_FACET, List.of(new FacetValue(STARRED_FACET, starred)));
        }
        return new SearchPage(
                page.query(),
                page.total(),
                page.tookMs(),
                page.page(),
                page.size(),
                page.sort(),
                page.hits(),
                facets,
                page.published(),
                page.mentioned(),
                page.warnings(),
                page.nextCursor());
    }
}
