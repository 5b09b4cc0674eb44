package dev.lede.search;

import dev.lede.index.DocumentMapper;
import dev.lede.index.LuceneIndexWriter;
import dev.lede.index.Schema;
import dev.lede.model.ArticleView;
import dev.lede.model.BatchResult;
import dev.lede.model.DateHistogram;
import dev.lede.model.DuplicateArticle;
import dev.lede.model.EntityAliases;
import dev.lede.model.EntityProfile;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.RelatedArticle;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * {@link ArticleSearch} over a Lucene index on disk. Before each request it picks up whatever has been committed
 * since, by this process or another (e.g. {@code lede index} while the server runs).
 */
public final class LuceneArticleSearch implements ArticleSearch {

    private final Directory directory;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facetsConfig);
    private final Analyzer analyzer = Schema.analyzer();
    private final KeywordQueryParser keywordParser = new KeywordQueryParser(analyzer);
    private final FilterQueryBuilder filters = new FilterQueryBuilder(facetsConfig);
    private final SnippetMaker snippets = new SnippetMaker(analyzer);
    private final CurationStore curation;
    private final SavedSearchStore savedSearches;
    private final IndexFacets facets = new IndexFacets(facetsConfig);

    private LuceneArticleSearch(Directory directory, CurationStore curation, SavedSearchStore savedSearches)
            throws IOException {
        this.directory = directory;
        this.curation = curation;
        this.savedSearches = savedSearches;
        this.searchers = new SearcherManager(directory, null);
    }

    /** Opens the index at {@code path}, creating an empty one when there is none yet. */
    public static LuceneArticleSearch open(Path path) throws IOException {
        LuceneIndexWriter.createIfMissing(path);
        Directory directory = FSDirectory.open(path);
        try {
            return new LuceneArticleSearch(directory, new CurationStore(path), new SavedSearchStore(path));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    public SearchPage search(SearchRequest request) throws IOException {
        return search(request, null);
    }

    @Override
    public SearchPage search(SearchRequest request, String cursor) throws IOException {
        long started = System.nanoTime();
        validate(request);
        FieldDoc after = cursor == null ? null : after(cursor, request);
        IndexSearcher searcher = acquire();
        try {
            EntityAliases aliases = facets.aliases(searcher.getIndexReader(), curation.log());
            KeywordQueryParser.Parsed parsed =
                    keywordParser.parse(request.query(), entityMatcher(facets.of(searcher.getIndexReader()), aliases));
            var keywords = new KeywordQueryParser.Parsed(
                    RecencyBoost.apply(parsed.query(), request, searcher.getIndexReader()), parsed.warning());
            DrillDownQuery query = filters.build(request, keywords.query(), aliases);
            SortOrder order = request.hasKeywords() ? request.sort() : effectiveOrderWithoutKeywords(request.sort());
            Outcome outcome = run(searcher, query, sortFor(order), request, keywords.query(), aliases, after);
            int offset = after == null ? (request.page() - 1) * request.size() : 0;
            List<NearDuplicates.Group> groups = request.collapse()
                    ? NearDuplicates.groups(searcher, query, sortFor(order), offset + request.size())
                    : null;
            TopDocs pageDocs = groups == null
                    ? slice(outcome.top(), offset, request.size())
                    : NearDuplicates.page(groups, offset, request.size());
            List<Hit> hits = hits(searcher, pageDocs, request.hasKeywords() ? keywords.query() : null, aliases);
            if (groups != null) {
                hits = NearDuplicates.withCopies(hits, groups, offset);
            }
            List<String> warnings = keywords.warning() == null ? List.of() : List.of(keywords.warning());
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            return new SearchPage(
                    request.query(),
                    outcome.top().totalHits.value(),
                    tookMs,
                    request.page(),
                    request.size(),
                    request.sort().label(),
                    hits,
                    outcome.facets(),
                    outcome.published(),
                    outcome.mentioned(),
                    warnings,
                    // Collapsed pages are numbered only: a cursor cannot say which copies were already shown.
                    groups == null ? nextCursor(outcome.top(), offset + request.size(), sortFor(order)) : null);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException("q", "The query matches too many different words; make it more specific.");
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public long export(SearchRequest request, MatchVisitor visitor) throws IOException {
        return ArticleExport.run(this, request, visitor);
    }

    @Override
    public List<FacetValue> facetValues(SearchRequest request, FacetField field, String prefix, int limit)
            throws IOException {
        return FacetValueSearch.find(this, request, field, prefix, limit);
    }

    @Override
    public Optional<ArticleView> article(String id) throws IOException {
        return onSnapshot((searcher, aliases) -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            return top.scoreDocs.length == 0
                    ? Optional.empty()
                    : Optional.of(view(searcher, top.scoreDocs[0].doc, aliases));
        });
    }

    @Override
    public Optional<List<RelatedArticle>> related(String id, int limit) throws IOException {
        return new RelatedStories(this).find(id, limit);
    }

    @Override
    public Optional<List<DuplicateArticle>> duplicates(String id, int limit) throws IOException {
        return NearDuplicates.find(this, id, limit);
    }

    @Override
    public Optional<EntityProfile> entityProfile(FacetField field, String name, LocalDate from, LocalDate to)
            throws IOException {
        return new EntityProfiles(this).profile(field, name, from, to);
    }

    /** Work on one consistent snapshot of the index, with the aliases in force for it. */
    interface SnapshotTask<T> {
        T run(IndexSearcher searcher, EntityAliases aliases) throws IOException;
    }

    /** Runs {@code task} on the newest committed snapshot, for features built beside the search itself. */
    <T> T onSnapshot(SnapshotTask<T> task) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return task.run(searcher, facets.aliases(searcher.getIndexReader(), curation.log()));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The query a request means: its keywords (parsed forgivingly) and every filter, with aliases expanded. */
    Query matching(SearchRequest request, EntityAliases aliases) {
        validate(request);
        IndexFacets.Snapshot snapshot = facets.latest();
        return filters.build(
                request,
                keywordParser
                        .parse(request.query(), entityMatcher(snapshot, aliases))
                        .query(),
                aliases);
    }

    private EntityMatcher entityMatcher(IndexFacets.Snapshot snapshot, EntityAliases aliases) {
        return new EntityMatcher(field -> snapshot == null ? List.of() : snapshot.values(field), aliases, filters);
    }

    /** The order a request asks for, relevance meaning newest first when there are no keywords. */
    static Sort sortFor(SearchRequest request) {
        return sortFor(request.hasKeywords() ? request.sort() : effectiveOrderWithoutKeywords(request.sort()));
    }

    /** Lucene's facet ordinals of a snapshot, or {@code null} while no article has a facet value. */
    SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        return facets.of(reader).state();
    }

    /** A stored article as curation shows it. */
    ArticleView view(IndexSearcher searcher, int doc, EntityAliases aliases) throws IOException {
        return aliases.shown(mapper.toView(searcher.storedFields(), doc));
    }

    /** Articles that have any of {@code values} in {@code field}, aliases included. */
    Query anyOf(FacetField field, List<String> values, EntityAliases aliases) {
        List<String> members = new ArrayList<>();
        values.forEach(value -> members.addAll(aliases.members(field, value)));
        return filters.anyOf(field, members);
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
    public List<BatchResult> batch(List<String> lines, SearchRequest filters) throws IOException {
        return new BatchSearch(this).run(lines, filters);
    }

    /** Every indexed value of {@code field} in the snapshot of {@code reader}. */
    List<String> indexedValues(IndexReader reader, FacetField field) throws IOException {
        return facets.of(reader).values(field);
    }

    @Override
    public long articleCount() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            searchers.close();
        }
    }

    private record Outcome(
            TopFieldDocs top, Map<String, List<FacetValue>> facets, DateHistogram published, DateHistogram mentioned) {}

    private Outcome run(
            IndexSearcher searcher,
            DrillDownQuery query,
            Sort sort,
            SearchRequest request,
            Query keywords,
            EntityAliases aliases,
            FieldDoc after)
            throws IOException {
        // One hit more than the page shows tells whether a next page exists.
        int window = (after == null ? request.page() * request.size() : request.size()) + 1;
        var collector = new TopFieldCollectorManager(sort, window, after, Integer.MAX_VALUE);
        SortedSetDocValuesReaderState state =
                facets.of(searcher.getIndexReader()).state();
        if (state == null) {
            TopFieldDocs top = searcher.search(query, collector);
            return new Outcome(
                    top,
                    FacetReader.topValues(null, 0, aliases, (f, v) -> 0),
                    DateHistogram.EMPTY,
                    DateHistogram.EMPTY);
        }
        var result = new DrillSideways(searcher, facetsConfig, state).search(query, collector);
        FacetReader.GroupCounter counter = (field, values) -> {
            // A field selected as "any of" counts sideways: without its own selection.
            SearchRequest base = request.anyOf().contains(field) ? request.withoutSelection(field) : request;
            return searcher.count(new BooleanQuery.Builder()
                    .add(filters.build(base, keywords, aliases), Occur.FILTER)
                    .add(filters.anyOf(field, values), Occur.FILTER)
                    .build());
        };
        return new Outcome(
                result.collectorResult,
                FacetReader.topValues(result.facets, request.facetLimit(), aliases, counter),
                FacetReader.publishedHistogram(result.facets),
                FacetReader.mentionedHistogram(result.facets));
    }

    private List<Hit> hits(IndexSearcher searcher, TopDocs page, Query keywords, EntityAliases aliases)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<ArticleView> articles = new ArrayList<>(page.scoreDocs.length);
        for (ScoreDoc scoreDoc : page.scoreDocs) {
            articles.add(aliases.shown(mapper.toView(stored, scoreDoc.doc)));
        }
        String[] bodies = articles.stream().map(ArticleView::body).toArray(String[]::new);
        String[] snippetTexts = snippets.snippets(searcher, keywords, page, bodies);
        List<Hit> hits = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ArticleView a = articles.get(i);
            hits.add(new Hit(
                    a.id(),
                    a.title(),
                    a.published(),
                    a.source(),
                    a.url(),
                    snippetTexts[i],
                    a.people(),
                    a.places(),
                    a.countries(),
                    a.orgs()));
        }
        return hits;
    }

    private static void validate(SearchRequest request) {
        if (request.page() < 1) {
            throw new InvalidSearchException("page", "page must be 1 or more");
        }
        if (request.size() < 1 || request.size() > SearchRequest.MAX_SIZE) {
            throw new InvalidSearchException("size", "size must be between 1 and " + SearchRequest.MAX_SIZE);
        }
        if ((long) request.page() * request.size() > SearchRequest.MAX_WINDOW) {
            throw new InvalidSearchException(
                    "page", "page × size may not pass " + SearchRequest.MAX_WINDOW + "; narrow the search instead");
        }
        if (request.facetLimit() < 1 || request.facetLimit() > SearchRequest.MAX_FACET_LIMIT) {
            throw new InvalidSearchException(
                    "facetLimit", "facetLimit must be between 1 and " + SearchRequest.MAX_FACET_LIMIT);
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw new InvalidSearchException("from", "from must not be after to");
        }
        if (request.mentionedFrom() != null
                && request.mentionedTo() != null
                && request.mentionedFrom().isAfter(request.mentionedTo())) {
            throw new InvalidSearchException("mentionedFrom", "mentionedFrom must not be after mentionedTo");
        }
    }

    /** Without keywords every match scores the same, so "relevance" means newest first. */
    private static SortOrder effectiveOrderWithoutKeywords(SortOrder requested) {
        return requested == SortOrder.RELEVANCE || requested == SortOrder.RECENT ? SortOrder.NEWEST : requested;
    }

    private static Sort sortFor(SortOrder order) {
        return switch (order) {
            case RELEVANCE, RECENT -> new Sort(SortField.FIELD_SCORE, byPublished(true));
            case NEWEST -> new Sort(byPublished(true));
            case OLDEST -> new Sort(byPublished(false));
        };
    }

    /** Articles without a publication date sort last either way. */
    private static SortField byPublished(boolean newestFirst) {
        return new SortField(
                Schema.PUBLISHED, SortField.Type.LONG, newestFirst, newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    }

    private static TopDocs slice(TopFieldDocs top, int offset, int size) {
        ScoreDoc[] docs = offset >= top.scoreDocs.length
                ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, offset, Math.min(top.scoreDocs.length, offset + size));
        return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    }

    private static FieldDoc after(String cursor, SearchRequest request) {
        if (request.collapse()) {
            throw new InvalidSearchException(
                    SearchCursor.PARAMETER,
                    "cursor and collapse cannot be used together: page collapsed results by number");
        }
        if (request.page() > 1) {
            throw new InvalidSearchException(
                    SearchCursor.PARAMETER,
                    "cursor and page cannot be used together: a cursor carries its own position");
        }
        return SearchCursor.parse(cursor, sortFor(request));
    }

    /** @param end how many hits the pages up to this one hold */
    private static String nextCursor(TopFieldDocs top, int end, Sort sort) {
        return top.scoreDocs.length > end ? SearchCursor.after((FieldDoc) top.scoreDocs[end - 1], sort) : null;
    }

    private IndexSearcher acquire() throws IOException {
        searchers.maybeRefresh();
        return searchers.acquire();
    }
}
