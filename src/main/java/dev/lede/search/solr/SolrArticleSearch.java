package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.index.solr.SolrConnection;
import dev.lede.index.solr.SolrDocuments;
import dev.lede.index.solr.SolrFailure;
import dev.lede.model.ArticleView;
import dev.lede.model.BatchResult;
import dev.lede.model.DateHistogram;
import dev.lede.model.DuplicateArticle;
import dev.lede.model.EntityAliases;
import dev.lede.model.EntityProfile;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.IndexStatus;
import dev.lede.model.RelatedArticle;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import dev.lede.model.Timeline;
import dev.lede.search.ArticleSearch;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.MatchVisitor;
import dev.lede.search.MultiSelect;
import dev.lede.search.QuerySyntax;
import dev.lede.search.SearchRules;
import dev.lede.search.UnsupportedSearchException;
import dev.lede.store.AnnotationStore;
import dev.lede.store.CurationStore;
import dev.lede.store.SavedSearchStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;

/**
 * {@link ArticleSearch} over a SolrCloud collection: keyword search, all/any/excluded filters with multi-select
 * counts, entity and source facets with Lede's aliases, both timelines by year or month, the publication histogram's
 * chosen bounds and unit, highlighting, sorts, page numbers, batch search and the article view. What is not built for Solr yet throws {@link UnsupportedSearchException} (501). The
 * curation, saved searches and annotations live in a local folder, as beside a Lucene index.
 */
public final class SolrArticleSearch implements ArticleSearch {

    static final String BACKEND = "SolrCloud";

    private final SolrConnection solr;
    private final CurationStore curation;
    private final SavedSearchStore savedSearches;
    private final AnnotationStore annotations;
    private final SolrEntityAliases aliases;

    private SolrArticleSearch(SolrConnection solr, Path storesDir) {
        this.solr = solr;
        this.curation = new CurationStore(storesDir);
        this.savedSearches = new SavedSearchStore(storesDir);
        this.annotations = new AnnotationStore(storesDir);
        this.aliases = new SolrEntityAliases(solr);
    }

    /**
     * @param storesDir the folder for curation, saved searches and annotations (created when missing)
     */
    public static SolrArticleSearch open(SolrConnection solr, Path storesDir) throws IOException {
        Files.createDirectories(storesDir);
        return new SolrArticleSearch(solr, storesDir);
    }

    @Override
    public SearchPage search(SearchRequest request) throws IOException {
        return search(request, null, null);
    }

    @Override
    public SearchPage search(SearchRequest request, String cursor) throws IOException {
        return search(request, cursor, null);
    }

    @Override
    public SearchPage search(SearchRequest asked, String cursor, Set<String> onlyIds) throws IOException {
        SearchRules.validate(asked);
        refuseUnsupported(asked, cursor, onlyIds);
        long started = System.nanoTime();
        SearchRequest request = MultiSelect.withSidewaysSelections(asked);
        EntityAliases shown = aliases.current(curation.log());
        SolrCursor from = cursor == null ? SolrCursor.START : SolrCursor.parse(cursor, request);
        SolrQuery solrQuery = SolrSearchQuery.of(request, shown, newestIfRecent(request));
        if (request.page() == 1) {
            solrQuery.set("cursorMark", from.mark());
        }
        QueryResponse response = query(solrQuery);
        Map<String, List<FacetValue>> facets =
                SolrFacets.topValues(response, request, shown, groups -> countGroups(request, shown, groups));
        return new SearchPage(
                request.query(),
                response.getResults().getNumFound(),
                (System.nanoTime() - started) / 1_000_000,
                request.page(),
                request.size(),
                request.sort().label(),
                hits(response, shown),
                facets,
                request.timelines().contains(Timeline.PUBLISHED) ? published(request, shown, response) : null,
                request.timelines().contains(Timeline.MENTIONED) ? SolrFacets.mentioned(response) : null,
                QuerySyntax.read(request.query()).warnings(),
                nextCursor(request, from, response));
    }

    /** How many matches have any value of each group, each article once, keyed by the group's key. */
    Map<String, Long> countGroups(SearchRequest request, EntityAliases shown, List<SolrSearchQuery.Group> groups)
            throws IOException {
        Map<String, Long> counts = new HashMap<>();
        query(SolrSearchQuery.countingGroups(request, shown, groups))
                .getFacetQuery()
                .forEach((key, count) -> counts.put(key, count.longValue()));
        return counts;
    }

    /** The publication timeline: by year or month from the search's own facets, unless the request chose it. */
    private DateHistogram published(SearchRequest request, EntityAliases shown, QueryResponse response)
            throws IOException {
        return request.hasHistogramOptions()
                ? SolrPublicationHistogram.count(this, request, shown)
                : SolrFacets.published(response);
    }

    /** Only a first page (or a cursor's page) knows Solr's mark; {@code null} once the last match is shown. */
    private static String nextCursor(SearchRequest request, SolrCursor from, QueryResponse response) {
        long shown = from.offset() + response.getResults().size();
        if (request.page() > 1
                || request.size() == 0
                || shown >= response.getResults().getNumFound()) {
            return null;
        }
        return SolrCursor.after(shown, request, response.getNextCursorMark()).text();
    }

    /** The newest publication time, from which {@code sort=recent} counts an article's age. */
    private Instant newestIfRecent(SearchRequest request) throws IOException {
        if (request.sort() != SortOrder.RECENT || !request.hasKeywords()) {
            return null;
        }
        SolrQuery newest = new SolrQuery("*:*")
                .setRows(1)
                .setFields(Schema.PUBLISHED)
                .addSort(Schema.PUBLISHED, SolrQuery.ORDER.desc);
        var docs = query(newest).getResults();
        return docs.isEmpty() || docs.getFirst().getFirstValue(Schema.PUBLISHED) == null
                ? null
                : ((java.util.Date) docs.getFirst().getFirstValue(Schema.PUBLISHED)).toInstant();
    }

    private static void refuseUnsupported(SearchRequest request, String cursor, Set<String> onlyIds) {
        if (cursor != null && request.page() > 1) {
            throw new InvalidSearchException(
                    SolrCursor.PARAMETER, "cursor and page cannot be used together: a cursor carries its own position");
        }
        if (onlyIds != null) {
            throw unsupported("searching among starred or tagged articles");
        }
        if (request.collapse()) {
            throw unsupported("collapsing near-duplicates");
        }
    }

    private List<Hit> hits(QueryResponse response, EntityAliases shown) {
        Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            ArticleView article = shown.shown(SolrDocuments.toView(doc));
            hits.add(new Hit(
                    article.id(),
                    article.title(),
                    article.published(),
                    article.source(),
                    article.url(),
                    snippet(highlighting, article.id()),
                    article.people(),
                    article.places(),
                    article.countries(),
                    article.orgs()));
        }
        return hits;
    }

    private static String snippet(Map<String, Map<String, List<String>>> highlighting, String id) {
        List<String> passages = highlighting == null
                ? null
                : highlighting.getOrDefault(id, Map.of()).get(Schema.BODY);
        return passages == null
                ? ""
                : String.join(" … ", passages).replaceAll("\\s+", " ").strip();
    }

    @Override
    public Optional<ArticleView> article(String id) throws IOException {
        try {
            SolrDocument doc = solr.client().getById(solr.collection(), id);
            return doc == null
                    ? Optional.empty()
                    : Optional.of(aliases.current(curation.log()).shown(SolrDocuments.toView(doc)));
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading article " + id, e);
        }
    }

    @Override
    public long articleCount() throws IOException {
        return query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    }

    /** Solr keeps no single commit generation or size for a collection: those read 0. */
    @Override
    public IndexStatus status() throws IOException {
        return new IndexStatus(articleCount(), 0, 0, Instant.now());
    }

    @Override
    public Optional<String> spellingSuggestion(String query) {
        return Optional.empty();
    }

    @Override
    public CurationStore curation() {
        return curation;
    }

    @Override
    public SavedSearchStore savedSearches() {
        return savedSearches;
    }

    @Override
    public AnnotationStore annotations() {
        return annotations;
    }

    @Override
    public long export(SearchRequest request, Set<String> onlyIds, MatchVisitor visitor) throws IOException {
        if (onlyIds != null) {
            throw unsupported("exporting starred or tagged articles");
        }
        return SolrExport.run(this, request, visitor);
    }

    /** The request's matches in its order, {@code rows} at a time after {@code cursorMark}, without counts. */
    QueryResponse batch(SearchRequest request, EntityAliases shown, String cursorMark, int rows) throws IOException {
        SolrQuery batch = SolrSearchQuery.of(request, shown, newestIfRecent(request));
        batch.setFacet(false).setHighlight(false).setRows(rows).set("cursorMark", cursorMark);
        return query(batch);
    }

    /** The aliases in force now, for features beside the search. */
    EntityAliases aliases() throws IOException {
        return aliases.current(curation.log());
    }

    @Override
    public List<FacetValue> facetValues(SearchRequest request, FacetField field, String prefix, int limit)
            throws IOException {
        SearchRules.validate(request);
        return SolrFacetValueSearch.find(this, aliases(), request, field, prefix, limit);
    }

    @Override
    public Optional<List<RelatedArticle>> related(String id, int limit) {
        throw unsupported("related stories");
    }

    @Override
    public Optional<List<DuplicateArticle>> duplicates(String id, int limit) {
        throw unsupported("near-duplicates");
    }

    @Override
    public Optional<EntityProfile> entityProfile(FacetField field, String name, LocalDate from, LocalDate to)
            throws IOException {
        return SolrEntityProfiles.profile(this, aliases(), field, name, from, to);
    }

    @Override
    public List<BatchResult> batch(List<String> lines, SearchRequest filters) throws IOException {
        return SolrBatchSearch.run(this, aliases(), lines, filters);
    }

    @Override
    public Set<String> matchingIds(SearchRequest request, Set<String> among) {
        throw unsupported("searching among starred or tagged articles");
    }

    @Override
    public void close() throws IOException {
        solr.close();
    }

    private static UnsupportedSearchException unsupported(String feature) {
        return new UnsupportedSearchException(feature, BACKEND);
    }

    /** Solr's own refusal of a query (a 400) names the query; anything else is a failure of the cluster. */
    QueryResponse query(SolrQuery query) throws IOException {
        try {
            return solr.client().query(solr.collection(), query);
        } catch (SolrException e) {
            if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                throw new InvalidSearchException("q", "The query could not be understood: " + query.getQuery());
            }
            throw new SolrFailure("searching " + solr.collection(), e);
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("searching " + solr.collection(), e);
        }
    }
}
