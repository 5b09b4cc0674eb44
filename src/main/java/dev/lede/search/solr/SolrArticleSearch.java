package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrCollectionStatus;
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
import dev.lede.search.EntityMatcher;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.MatchVisitor;
import dev.lede.search.MultiSelect;
import dev.lede.search.QuerySyntax;
import dev.lede.search.QuotedMarks;
import dev.lede.search.SearchRules;
import dev.lede.store.AnnotationStore;
import dev.lede.store.CurationStore;
import dev.lede.store.SavedSearchStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * {@link ArticleSearch} over a SolrCloud collection: keyword search, all/any/excluded filters with multi-select
 * counts, entity and source facets with Lede's aliases, both timelines by year or month, the publication histogram's
 * chosen bounds and unit, highlighting, sorts, page numbers, batch search, the article view, near-duplicates and
 * collapse, related stories, and searches among the starred or tagged articles. The curation, saved searches and
 * annotations live in a local folder, as beside a Lucene index.
 */
public final class SolrArticleSearch implements ArticleSearch {

    private final SolrConnection solr;
    private final CurationStore curation;
    private final SavedSearchStore savedSearches;
    private final AnnotationStore annotations;
    private final SolrEntityAliases aliases;
    private volatile SolrTimeLimit timeLimit = SolrTimeLimit.NONE;
    /** The articles every query is narrowed to (the starred or tagged ones), or {@code null} for all. */
    private final SolrIdRestriction restriction;

    private SolrArticleSearch(SolrConnection solr, Path storesDir) {
        this.solr = solr;
        this.curation = new CurationStore(storesDir);
        this.savedSearches = new SavedSearchStore(storesDir);
        this.annotations = new AnnotationStore(storesDir);
        this.aliases = new SolrEntityAliases(solr);
        this.restriction = null;
    }

    /** The same engine with every search narrowed to {@code restriction}, for one request. */
    private SolrArticleSearch(SolrArticleSearch whole, SolrIdRestriction restriction) {
        this.solr = whole.solr;
        this.curation = whole.curation;
        this.savedSearches = whole.savedSearches;
        this.annotations = whole.annotations;
        this.aliases = whole.aliases;
        this.timeLimit = whole.timeLimit;
        this.restriction = restriction;
    }

    /** This engine among the articles with {@code onlyIds} ({@code null}: all of them). */
    private SolrArticleSearch among(Set<String> onlyIds) {
        return onlyIds == null ? this : new SolrArticleSearch(this, new SolrIdRestriction(onlyIds));
    }

    /**
     * @param storesDir the folder for curation, saved searches and annotations (created when missing)
     */
    public static SolrArticleSearch open(SolrConnection solr, Path storesDir) throws IOException {
        new SolrCollectionSetup(solr).requireSearchable();
        Files.createDirectories(storesDir);
        return new SolrArticleSearch(solr, storesDir);
    }

    /** Answers a search that takes longer than {@code limit} (none when {@code null}) with a 503, as Lucene does. */
    public SolrArticleSearch limitTimeTo(Duration limit) {
        this.timeLimit = SolrTimeLimit.of(limit);
        return this;
    }

    /**
     * Follows commits on a background thread every {@code interval} (the aliases read from every entity value), so
     * that no search waits while they are read again (for a long-running server; without it, the first search after
     * a commit does that work). Articles themselves show as soon as Solr's commit opens them; their merges and
     * aliases follow within an interval and one reading.
     */
    public SolrArticleSearch refreshInBackground(Duration interval) {
        aliases.refreshInBackground(interval);
        return this;
    }

    @Override
    public void showLatestCommit() throws IOException {
        aliases.refreshNow();
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
        refuseCursorMisuse(asked, cursor);
        if (onlyIds != null) {
            return among(onlyIds).search(asked, cursor, null);
        }
        long started = System.nanoTime();
        SearchRequest request = MultiSelect.withSidewaysSelections(asked);
        EntityAliases shown = aliases.current(curation.log());
        SolrCursor from = cursor == null ? SolrCursor.START : SolrCursor.parse(cursor, request);
        Instant newest = newestIfRecent(request);
        SolrQuery solrQuery = SolrSearchQuery.of(request, shown, newest);
        boolean collapsing = request.collapse() && request.size() > 0;
        if (collapsing) {
            solrQuery.setRows(0).setHighlight(false);
        } else if (request.page() == 1) {
            solrQuery.set("cursorMark", from.mark());
        }
        QueryResponse response = query(solrQuery);
        Map<String, List<FacetValue>> facets = SolrFacets.topValues(
                response,
                request,
                shown,
                groups -> countGroups(request, shown, groups),
                field -> everyValue(request, shown, field));
        SolrFinePeriods.Timelines fine = SolrFinePeriods.count(this, request, shown);
        return new SearchPage(
                request.query(),
                response.getResults().getNumFound(),
                (System.nanoTime() - started) / 1_000_000,
                request.page(),
                request.size(),
                request.sort().label(),
                collapsing
                        ? SolrCollapse.page(this, request, shown, newest)
                        : hits(response, shown, QuotedMarks.of(request.query())),
                facets,
                request.timelines().contains(Timeline.PUBLISHED)
                        ? fine.published().orElse(published(request, shown, response))
                        : null,
                request.timelines().contains(Timeline.MENTIONED)
                        ? fine.mentioned().orElseGet(() -> SolrFacets.mentioned(response))
                        : null,
                QuerySyntax.withTooCommonWords(
                        request.query(), QuerySyntax.read(request.query()).warnings()),
                // Collapsed pages are numbered only, as on Lucene: a cursor cannot say which copies were shown.
                collapsing ? null : nextCursor(request, shown, newest, from, response));
    }

    /** Every value of {@code field} the matches hold, with its count, as the field's facet counts them. */
    Map<String, Long> everyValue(SearchRequest request, EntityAliases shown, FacetField field) throws IOException {
        return SolrFacets.indexed(query(SolrSearchQuery.countingEveryValue(request, shown, field)), field);
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

    /** The publication timeline: by year or month from the search's own facets, unless it is counted apart. */
    private DateHistogram published(SearchRequest request, EntityAliases shown, QueryResponse response)
            throws IOException {
        return SolrPublicationHistogram.countsApart(request)
                ? SolrPublicationHistogram.count(this, request, shown)
                : SolrFacets.published(response);
    }

    /**
     * The cursor after this page; {@code null} once the last match is shown. A first page (or a cursor's page) has
     * Solr's mark; a later page number asks Solr for the mark after all the pages up to it (ids only).
     */
    private String nextCursor(
            SearchRequest request, EntityAliases shown, Instant newest, SolrCursor from, QueryResponse response)
            throws IOException {
        long end = request.page() == 1
                ? from.offset() + response.getResults().size()
                : (long) request.page() * request.size();
        if (request.size() == 0 || end >= response.getResults().getNumFound()) {
            return null;
        }
        if (request.page() == 1) {
            return SolrCursor.after(end, request, response.getNextCursorMark()).text();
        }
        SolrQuery upToThisPage = SolrSearchQuery.of(request.toBuilder().page(1).build(), shown, newest)
                .setFacet(false)
                .setHighlight(false)
                .setRows((int) end)
                .setFields(Schema.ID);
        upToThisPage.set("cursorMark", SolrCursor.START.mark());
        return SolrCursor.after(end, request, query(upToThisPage).getNextCursorMark())
                .text();
    }

    /**
     * The newest publication time, from which {@code sort=recent} counts an article's age: the collection's, as on
     * Lucene, whatever the restriction; read with the aliases the search applies.
     */
    private Instant newestIfRecent(SearchRequest request) {
        return request.sort() == SortOrder.RECENT && request.hasKeywords() ? aliases.newestPublished() : null;
    }

    private static void refuseCursorMisuse(SearchRequest request, String cursor) {
        if (cursor != null && request.collapse()) {
            throw new InvalidSearchException(
                    SolrCursor.PARAMETER,
                    "cursor and collapse cannot be used together: page collapsed results by number");
        }
        if (cursor != null && request.page() > 1) {
            throw new InvalidSearchException(
                    SolrCursor.PARAMETER, "cursor and page cannot be used together: a cursor carries its own position");
        }
    }

    /**
     * The hits of a response, with their highlighted snippets (marking only what {@code quoted} allows), as curation
     * shows them.
     */
    static List<Hit> hits(QueryResponse response, EntityAliases shown, QuotedMarks quoted) {
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
                    snippet(highlighting, article.id(), quoted),
                    article.people(),
                    article.places(),
                    article.countries(),
                    article.orgs()));
        }
        return hits;
    }

    /**
     * The passages Solr highlighted in one string; with {@code quoted} restricting the marks, the first
     * {@link SolrSearchQuery#PASSAGES} sentences of them that keep a mark ({@link QuotedMarks#best}).
     */
    private static String snippet(Map<String, Map<String, List<String>>> highlighting, String id, QuotedMarks quoted) {
        List<String> passages = highlighting == null
                ? null
                : highlighting.getOrDefault(id, Map.of()).get(Schema.BODY);
        if (passages == null) {
            return "";
        }
        if (quoted.restricts()) {
            passages = quoted.best(passages, SolrSearchQuery.PASSAGES);
        }
        return String.join(" … ", passages).replaceAll("\\s+", " ").strip();
    }

    @Override
    public Optional<ArticleView> article(String id) throws IOException {
        Optional<SolrDocument> doc = byId(id, "*");
        return doc.isEmpty()
                ? Optional.empty()
                : Optional.of(aliases.current(curation.log()).opened(SolrDocuments.toView(doc.get())));
    }

    /** The stored {@code fields} (comma-separated, {@code *} for all) of the article with {@code id}, read in real time. */
    Optional<SolrDocument> byId(String id, String fields) throws IOException {
        try {
            var params = new ModifiableSolrParams().set("fl", fields);
            return Optional.ofNullable(solr.client().getById(solr.collection(), id, params));
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading article " + id, e);
        }
    }

    @Override
    public long articleCount() throws IOException {
        return query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    }

    @Override
    public IndexStatus status() throws IOException {
        return SolrCollectionStatus.read(solr);
    }

    @Override
    public Optional<String> spellingSuggestion(String query) throws IOException {
        return new SolrSpellingSuggestions(this, solr).suggest(query);
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
        return SolrExport.run(among(onlyIds), request, visitor);
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
    public Optional<List<RelatedArticle>> related(String id, int limit) throws IOException {
        return SolrRelatedStories.find(this, aliases(), id, limit);
    }

    @Override
    public Optional<List<DuplicateArticle>> duplicates(String id, int limit) throws IOException {
        return SolrNearDuplicates.find(this, id, limit);
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
    public Set<String> matchingIds(SearchRequest request, Set<String> among) throws IOException {
        SearchRules.validate(request);
        Set<String> ids = new HashSet<>();
        if (among.isEmpty()) {
            return ids;
        }
        SolrQuery matches = SolrSearchQuery.counting(request, aliases()).setFields(Schema.ID);
        SolrMatches.walk(among(among), matches, SolrExport.BATCH, doc -> {
            ids.add(SolrNearDuplicates.id(doc));
            return true;
        });
        return ids;
    }

    @Override
    public void close() throws IOException {
        aliases.close();
        solr.close();
    }

    /** Runs {@code query} among the articles this engine is narrowed to. */
    QueryResponse query(SolrQuery query) throws IOException {
        return withinTimeLimit(withEntityTermsResolved(restriction == null ? query : restriction.applyTo(query)));
    }

    private SolrQuery withEntityTermsResolved(SolrQuery query) throws IOException {
        if (!SolrEntityTerms.mentionsAny(query.getQuery())) {
            return query;
        }
        EntityMatcher matcher = aliases.matcher(curation.log());
        return SolrEntityTerms.resolve(query, matcher, matcher.aliases());
    }

    private QueryResponse withinTimeLimit(SolrQuery query) throws IOException {
        return timeLimit.check(run(timeLimit.applyTo(query)));
    }

    /** Solr's own refusal of a query (a 400) names the query; anything else is a failure of the cluster. */
    private QueryResponse run(SolrQuery query) throws IOException {
        try {
            // Posted: a restriction to many ids would not fit in a URL.
            return solr.client().query(solr.collection(), query, SolrRequest.METHOD.POST);
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
