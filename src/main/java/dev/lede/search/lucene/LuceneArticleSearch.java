package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.index.lucene.DocumentMapper;
import dev.lede.index.lucene.IndexInfo;
import dev.lede.model.ArticleView;
import dev.lede.model.BatchResult;
import dev.lede.model.DuplicateArticle;
import dev.lede.model.EntityAliases;
import dev.lede.model.EntityProfile;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.IndexStatus;
import dev.lede.model.RelatedArticle;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import dev.lede.search.EntityMatcher;
import dev.lede.search.MatchVisitor;
import dev.lede.search.SearchRules;
import dev.lede.search.SearchTimedOutException;
import dev.lede.search.SpellingWords;
import dev.lede.store.AnnotationStore;
import dev.lede.store.CurationStore;
import dev.lede.store.SavedSearchStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * {@link ArticleSearch} over a Lucene index on disk. Before each request it picks up whatever has been committed
 * since, by this process or another (e.g. {@code lede index} while the server runs).
 */
public final class LuceneArticleSearch implements ArticleSearch {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

    /**
     * Searches do not spread segments over threads unless asked ({@link #searchSegmentsWith}): at 1M articles, one
     * client, two cores, two threads made the as-built index (16 segments) slower, not faster, once counting stopped
     * scoring (BENCHMARKS.md, "At 1M, fourth session"), and a merged index has one segment to spread.
     */
    public static final int DEFAULT_SEGMENT_THREADS = 1;

    private final Directory directory;
    private final IndexSnapshots searchers;
    private final FacetsConfig facetsConfig = Schema.facetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facetsConfig);
    private final KeywordQueryParser keywordParser;
    private final FilterQueryBuilder filters = new FilterQueryBuilder(facetsConfig);
    private final SnippetMaker snippets;
    private final CurationStore curation;
    private final SavedSearchStore savedSearches;
    private final AnnotationStore annotations;
    private final SpellingSuggestions spelling;
    private final IndexFacets facets = new IndexFacets(facetsConfig);
    private final FacetedSearch faceted;
    /** Set while an export streams: it is bounded by the client reading it, not by the search time limit. */
    private static final ThreadLocal<Boolean> UNTIMED = ThreadLocal.withInitial(() -> false);

    private volatile Duration timeLimit = DEFAULT_TIME_LIMIT;
    private volatile SegmentParallelism parallelism = SegmentParallelism.OFF;

    private LuceneArticleSearch(
            Directory directory,
            CurationStore curation,
            SavedSearchStore savedSearches,
            AnnotationStore annotations,
            String schemaVersion,
            UnaryOperator<IndexSnapshots.Preparer> around)
            throws IOException {
        this.directory = directory;
        this.keywordParser =
                new KeywordQueryParser(Schema.queryAnalyzer(schemaVersion), Schema.keepsWrittenForms(schemaVersion));
        Analyzer analyzer = Schema.analyzer(schemaVersion);
        this.snippets = new SnippetMaker(analyzer);
        this.spelling = new SpellingSuggestions(analyzer);
        this.faceted = new FacetedSearch(this, facetsConfig, keywordParser, filters, snippets, facets);
        this.curation = curation;
        this.savedSearches = savedSearches;
        this.annotations = annotations;
        this.searchers = new IndexSnapshots(directory, around.apply(reader -> facets.prepare(reader, curation.log())));
    }

    /**
     * Opens the index at {@code path} for reading only: it never takes the write lock, so an indexer may be writing
     * (an index without a commit yet reads as empty until one lands).
     *
     * @throws IndexInfo.NotAnIndexException when {@code path} is missing or holds something other than an index
     */
    public static LuceneArticleSearch open(Path path) throws IOException {
        return open(path, UnaryOperator.identity());
    }

    /** {@link #open(Path)}, with {@code around} wrapped around the preparation of each new snapshot (for tests). */
    static LuceneArticleSearch open(Path path, UnaryOperator<IndexSnapshots.Preparer> around) throws IOException {
        IndexInfo.requireReadable(path);
        String schemaVersion =
                IndexInfo.read(path).map(IndexInfo::schemaVersion).orElse("");
        Directory directory = FSDirectory.open(path);
        try {
            return new LuceneArticleSearch(
                    directory,
                    new CurationStore(path),
                    new SavedSearchStore(path),
                    new AnnotationStore(path),
                    schemaVersion,
                    around);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    public void showLatestCommit() throws IOException {
        searchers.refreshNow();
    }

    /**
     * Looks for new commits on a background thread every {@code interval}, so that no search ever waits while a new
     * snapshot is opened and prepared (for a long-running server; without it, the first search after a commit does
     * that work).
     */
    public LuceneArticleSearch refreshInBackground(Duration interval) {
        searchers.refreshInBackground(interval);
        return this;
    }

    /**
     * Lets a search spread the index's segments over up to {@code threads} threads while fewer searches than that
     * run (1: never). Answers do not change, only how soon they come.
     */
    public LuceneArticleSearch searchSegmentsWith(int threads) {
        SegmentParallelism previous = parallelism;
        parallelism = threads == 1 ? SegmentParallelism.OFF : new SegmentParallelism(threads);
        previous.close();
        return this;
    }

    /** How long one request may search before it is stopped with a {@link SearchTimedOutException}. */
    public LuceneArticleSearch limitTimeTo(Duration limit) {
        this.timeLimit = limit;
        return this;
    }

    @Override
    public SearchPage search(SearchRequest request) throws IOException {
        return search(request, null);
    }

    @Override
    public SearchPage search(SearchRequest request, String cursor) throws IOException {
        SearchRules.validate(request);
        return onSnapshot((searcher, aliases) -> faceted.search(searcher, aliases, request, cursor));
    }

    @Override
    public SearchPage search(SearchRequest request, String cursor, Set<String> onlyIds) throws IOException {
        SearchRules.validate(request);
        return onSnapshot((searcher, aliases) -> faceted.search(searcher, aliases, request, cursor, onlyIds));
    }

    @Override
    public Set<String> matchingIds(SearchRequest request, Set<String> among) throws IOException {
        SearchRules.validate(request);
        return onSnapshot((searcher, aliases) ->
                IdRestriction.matching(searcher, faceted.query(searcher, aliases, request, among), among));
    }

    @Override
    public Optional<String> spellingSuggestion(String query) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return spelling.suggest(
                    searcher.getIndexReader(),
                    query,
                    words -> search(SpellingWords.counting(words)).total());
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public AnnotationStore annotations() {
        return annotations;
    }

    @Override
    public long export(SearchRequest request, Set<String> onlyIds, MatchVisitor visitor) throws IOException {
        UNTIMED.set(true);
        try {
            return ArticleExport.run(this, request, onlyIds, visitor);
        } finally {
            UNTIMED.remove();
        }
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
                    : Optional.of(aliases.opened(mapper.toView(searcher.storedFields(), top.scoreDocs[0].doc)));
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
        IndexSearcher shared = acquire();
        try (SegmentParallelism.Slot slot = parallelism.enter()) {
            IndexSearcher searcher = UNTIMED.get() ? shared : timed(shared, slot);
            return task.run(searcher, facets.aliases(searcher.getIndexReader(), curation.log()));
        } finally {
            searchers.release(shared);
        }
    }

    /** A searcher of its own over the shared snapshot, since the deadline is set per searcher. */
    private IndexSearcher timed(IndexSearcher shared, SegmentParallelism.Slot slot) {
        IndexSearcher searcher = new DeadlineSearcher(shared.getIndexReader(), timeLimit, slot.work());
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setQueryCache(shared.getQueryCache());
        return searcher;
    }

    /** The query a request means: its keywords (parsed forgivingly) and every filter, with aliases expanded. */
    Query matching(SearchRequest request, EntityAliases aliases) {
        SearchRules.validate(request);
        IndexFacets.Snapshot snapshot = facets.latest();
        return filters.build(
                request,
                keywordParser
                        .parse(request.query(), entityQueries(snapshot, aliases))
                        .query(),
                aliases);
    }

    EntityQueries entityQueries(IndexFacets.Snapshot snapshot, EntityAliases aliases) {
        return new EntityQueries(
                new EntityMatcher(field -> snapshot == null ? List.of() : snapshot.values(field), aliases),
                filters,
                aliases);
    }

    /** The ordinal table of a snapshot under {@code aliases}, or {@code null} while no article has a facet value. */
    CanonicalOrdinals ordinals(IndexReader reader, EntityAliases aliases) throws IOException {
        return facets.ordinals(reader, aliases);
    }

    /** A stored article as curation shows it. */
    ArticleView view(IndexSearcher searcher, int doc, EntityAliases aliases) throws IOException {
        return view(searcher.storedFields(), doc, aliases);
    }

    ArticleView view(StoredFields stored, int doc, EntityAliases aliases) throws IOException {
        return aliases.shown(mapper.toView(stored, doc));
    }

    /** Articles that have any of {@code values} in {@code field}, aliases included. */
    Query anyOf(FacetField field, List<String> values, EntityAliases aliases) {
        List<String> members = new ArrayList<>();
        values.forEach(value -> members.addAll(aliases.members(field, value)));
        return filters.anyOf(field, members, aliases);
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
    public IndexStatus status() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            if (!(searcher.getIndexReader() instanceof DirectoryReader reader)) {
                return new IndexStatus(0, 0, 0, searchers.refreshedAt());
            }
            IndexCommit commit = reader.getIndexCommit();
            long bytes = 0;
            for (String file : commit.getFileNames()) {
                bytes += directory.fileLength(file);
            }
            return new IndexStatus(reader.numDocs(), commit.getGeneration(), bytes, searchers.refreshedAt());
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory;
                SegmentParallelism ignored = parallelism) {
            searchers.close();
        }
    }

    private IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }
}
