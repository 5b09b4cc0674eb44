package dev.lede.search;

import dev.lede.model.ArticleView;
import dev.lede.model.BatchResult;
import dev.lede.model.DuplicateArticle;
import dev.lede.model.EntityProfile;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.IndexStatus;
import dev.lede.model.RelatedArticle;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.store.AnnotationStore;
import dev.lede.store.CurationStore;
import dev.lede.store.SavedSearchStore;
import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers searches over indexed articles. The web layer and the CLI talk only to this interface, so another engine
 * (SolrCloud) can stand behind the same API. Implementations are safe for concurrent use and show newly committed
 * articles without a restart.
 */
public interface ArticleSearch extends Closeable {

    /**
     * Makes the newest commit the one the next search reads, waiting while it opens; for a writer that promises its
     * writes are found by the next search. An engine whose commits open their searcher already needs nothing here.
     */
    default void showLatestCommit() throws IOException {}

    /**
     * Runs a faceted search.
     *
     * @throws InvalidSearchException when the request cannot be answered as asked (names the parameter)
     */
    SearchPage search(SearchRequest request) throws IOException;

    /**
     * The page of {@code request.size()} hits after {@code cursor}, the {@link SearchPage#nextCursor()} of a page of
     * the same search; the first page when {@code cursor} is {@code null}. Reaches past the page-number window.
     *
     * @throws InvalidSearchException naming {@code cursor} when it is not valid or is combined with a page beyond 1
     */
    SearchPage search(SearchRequest request, String cursor) throws IOException;

    /**
     * Hands every match of {@code request} to {@code visitor}, in the request's order, in constant memory; paging and
     * facet options are ignored.
     *
     * @return how many articles were visited
     * @throws InvalidSearchException before {@link MatchVisitor#begin} when the request cannot be answered as asked
     */
    default long export(SearchRequest request, MatchVisitor visitor) throws IOException {
        return export(request, null, visitor);
    }

    /** {@link #export(SearchRequest, MatchVisitor)} among the articles with {@code onlyIds} (all when {@code null}). */
    long export(SearchRequest request, Set<String> onlyIds, MatchVisitor visitor) throws IOException;

    /**
     * Values of {@code field} whose name or an alias of it has a word starting with {@code prefix} (ignoring case and
     * accents; every value when it is empty), with their counts under {@code request}, best first, at most
     * {@code limit} (1 to {@link SearchRequest#MAX_FACET_LIMIT}).
     *
     * @throws InvalidSearchException naming {@code limit}, {@code prefix} or a search parameter
     */
    List<FacetValue> facetValues(SearchRequest request, FacetField field, String prefix, int limit) throws IOException;

    Optional<ArticleView> article(String id) throws IOException;

    /**
     * The articles most like the one with {@code id} (similar words, shared people, places and organisations), most
     * alike first, never the article itself; empty when there is no such article.
     *
     * @param limit how many, 1 to 20
     */
    Optional<List<RelatedArticle>> related(String id, int limit) throws IOException;

    /**
     * The near-duplicates of the article with {@code id} (copies of its body, lightly edited or truncated, whatever
     * their title, byline or source), most alike first, never the article itself; empty when there is no such
     * article.
     *
     * @param limit how many at most, 1 to 100
     */
    Optional<List<DuplicateArticle>> duplicates(String id, int limit) throws IOException;

    /**
     * What the index knows about one person, place, country, region or organisation (found by any of its aliases), over
     * the articles published from {@code from} to {@code to} (each may be {@code null}); empty when no article mentions
     * it.
     *
     * @throws InvalidSearchException for the source field, or a period that ends before it starts
     */
    Optional<EntityProfile> entityProfile(FacetField field, String name, LocalDate from, LocalDate to)
            throws IOException;

    /** The corrections to entity values that this search applies: merges, renames, splits, blocks. */
    CurationStore curation();

    /** The searches saved under a name beside the index, to follow as feeds. */
    SavedSearchStore savedSearches();

    /**
     * Runs each of {@code lines} (a person, organisation, place or country name, matched through its aliases, or
     * else a keyword query) under the filters and keywords of {@code filters}, in order.
     *
     * @throws InvalidSearchException when {@code filters} cannot be answered as asked
     */
    List<BatchResult> batch(List<String> lines, SearchRequest filters) throws IOException;

    /**
     * {@link #search(SearchRequest, String)} among the articles with {@code onlyIds} (every article when it is
     * {@code null}), e.g. the ones a reader starred.
     */
    SearchPage search(SearchRequest request, String cursor, Set<String> onlyIds) throws IOException;

    /** Which of the articles with {@code among} match {@code request}. */
    Set<String> matchingIds(SearchRequest request, Set<String> among) throws IOException;

    /**
     * The query with its unknown words, and rare words that look like slips of far commoner ones, replaced by the
     * closest indexed words ({@link SpellingWords}); empty when there is nothing to fix.
     */
    Optional<String> spellingSuggestion(String query) throws IOException;

    /** The readers' stars, tags and notes, kept beside the index. */
    AnnotationStore annotations();

    /** Number of articles in the index. */
    long articleCount() throws IOException;

    /** The size, commit and freshness of the snapshot searches now see, for health checks and metrics. */
    IndexStatus status() throws IOException;
}
