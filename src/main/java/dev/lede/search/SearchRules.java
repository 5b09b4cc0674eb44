package dev.lede.search;

import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import java.time.LocalDate;

/** What makes a search request answerable, and the order of its results. */
public final class SearchRules {

    /** The longest {@code q} a search takes, in characters, from the API, the command line and saved searches. */
    public static final int MAX_QUERY_LENGTH = 1_000;

    /**
     * Added to a story's score for each word of the query it holds exactly as typed where stemming would have changed
     * it ({@link QuerySyntax#wordsAsTyped}): "roberts" ranks the stories about a Roberts above those about a Robert,
     * which the stem "robert" also finds. A good BM25 match of one word over title and body scores about as much.
     */
    public static final float WRITTEN_FORM_BONUS = 10f;

    private SearchRules() {}

    /** @throws InvalidSearchException naming {@code q} when {@code query} is longer than any search takes */
    public static void checkQueryLength(String query) {
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchException("q", "q may be at most " + MAX_QUERY_LENGTH + " characters long");
        }
    }

    /** The order a request asks for, relevance meaning newest first when there are no keywords. */
    public static SortOrder effectiveOrder(SearchRequest request) {
        return request.hasKeywords() ? request.sort() : effectiveOrderWithoutKeywords(request.sort());
    }

    /** Whether the results are ordered by their keyword scores ({@code relevance} or {@code recent}, with keywords). */
    public static boolean ranksByScore(SearchRequest request) {
        SortOrder order = effectiveOrder(request);
        return order == SortOrder.RELEVANCE || order == SortOrder.RECENT;
    }

    public static void validate(SearchRequest request) {
        if (request.page() < 1) {
            throw new InvalidSearchException("page", "page must be 1 or more");
        }
        if (request.size() < 0 || request.size() > SearchRequest.MAX_SIZE) {
            throw new InvalidSearchException(
                    "size", "size must be between 0 (counts only) and " + SearchRequest.MAX_SIZE);
        }
        if ((long) request.page() * request.size() > SearchRequest.MAX_WINDOW) {
            throw new InvalidSearchException(
                    "page",
                    "page × size may not pass " + SearchRequest.MAX_WINDOW
                            + "; narrow the search, follow the cursor of each page, or use /api/export for every match");
        }
        if (request.facetLimit() < 1 || request.facetLimit() > SearchRequest.MAX_FACET_LIMIT) {
            throw new InvalidSearchException(
                    "facetLimit", "facetLimit must be between 1 and " + SearchRequest.MAX_FACET_LIMIT);
        }
        checkYear("from", request.from());
        checkYear("to", request.to());
        checkYear("mentionedFrom", request.mentionedFrom());
        checkYear("mentionedTo", request.mentionedTo());
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw new InvalidSearchException("from", "from must not be after to");
        }
        if (request.mentionedFrom() != null
                && request.mentionedTo() != null
                && request.mentionedFrom().isAfter(request.mentionedTo())) {
            throw new InvalidSearchException("mentionedFrom", "mentionedFrom must not be after mentionedTo");
        }
        if (request.histogramFrom() != null
                && request.histogramTo() != null
                && request.histogramFrom().isAfter(request.histogramTo())) {
            throw new InvalidSearchException("histogramFrom", "histogramFrom must not be after histogramTo");
        }
    }

    /** Dates beyond these years overflow the index's time fields; no news story is dated there. */
    private static void checkYear(String parameter, LocalDate date) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw new InvalidSearchException(parameter, parameter + " must be from 0001-01-01 to 9999-12-31");
        }
    }

    /** Without keywords every match scores the same, so "relevance" means newest first. */
    private static SortOrder effectiveOrderWithoutKeywords(SortOrder requested) {
        return requested == SortOrder.RELEVANCE || requested == SortOrder.RECENT ? SortOrder.NEWEST : requested;
    }
}
