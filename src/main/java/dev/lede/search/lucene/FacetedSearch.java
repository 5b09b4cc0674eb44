package dev.lede.search.lucene;

import dev.lede.model.ArticleView;
import dev.lede.model.DateHistogram;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetValue;
import dev.lede.model.Hit;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.model.Timeline;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.MultiSelect;
import dev.lede.search.QuerySyntax;
import dev.lede.search.QuotedMarks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The main search: keywords and filters, sorted hits with snippets, facet counts (sideways for "any of" fields), the
 * two timelines, cursor paging and near-duplicate collapsing, all on one index snapshot.
 */
final class FacetedSearch {

    /**
     * Up to this many matches, scoring each costs less than Lucene's skipping, which at a million articles read a
     * filtered phrase's positions far beyond the filter (BENCHMARKS.md, "At 1M, fourth session").
     */
    static final int SCORE_EACH_MATCH_UP_TO = 20_000;

    /**
     * Without a filter, beyond this many matches Lucene's skipping wins: nothing narrows them, and scoring each one
     * reads a frequent phrase's positions in every article that has it, where block-max scores pass most by.
     */
    static final int SCORE_EACH_UNFILTERED_MATCH_UP_TO = 2_000;

    private final LuceneArticleSearch engine;
    private final FacetsConfig facetsConfig;
    private final KeywordQueryParser keywordParser;
    private final FilterQueryBuilder filters;
    private final SnippetMaker snippets;
    private final IndexFacets facets;
    private final GroupingCache groupings = new GroupingCache();

    FacetedSearch(
            LuceneArticleSearch engine,
            FacetsConfig facetsConfig,
            KeywordQueryParser keywordParser,
            FilterQueryBuilder filters,
            SnippetMaker snippets,
            IndexFacets facets) {
        this.engine = engine;
        this.facetsConfig = facetsConfig;
        this.keywordParser = keywordParser;
        this.filters = filters;
        this.snippets = snippets;
        this.facets = facets;
    }

    SearchPage search(IndexSearcher searcher, EntityAliases aliases, SearchRequest request, String cursor)
            throws IOException {
        return search(searcher, aliases, request, cursor, null);
    }

    /** The search among the articles with {@code onlyIds} (all articles when {@code null}). */
    SearchPage search(
            IndexSearcher searcher, EntityAliases aliases, SearchRequest asked, String cursor, Set<String> onlyIds)
            throws IOException {
        long started = System.nanoTime();
        SearchRequest request = MultiSelect.withSidewaysSelections(asked);
        FieldDoc after = cursor == null ? null : after(cursor, request);
        try {
            Keywords keywords = keywords(searcher, aliases, request);
            DrillDownQuery query = filters.build(request, IdRestriction.apply(keywords.query(), onlyIds), aliases);
            DrillDownQuery matching =
                    filters.build(request, IdRestriction.apply(keywords.matching(), onlyIds), aliases);
            Sort sort = SearchSort.sortFor(request);
            boolean narrowed = onlyIds != null || isFiltered(request);
            Outcome outcome = run(searcher, query, matching, sort, request, keywords.query(), aliases, after, narrowed);
            int offset = after == null ? (request.page() - 1) * request.size() : 0;
            List<NearDuplicates.Group> groups = request.collapse() && request.size() > 0
                    ? groupings.grouping(searcher.getIndexReader(), query, sort).page(searcher, offset, request.size())
                    : null;
            TopDocs pageDocs =
                    groups == null ? slice(outcome.top(), offset, request.size()) : NearDuplicates.shown(groups);
            Query highlighted = request.hasKeywords() && request.highlight() ? keywords.query() : null;
            QuotedMarks quoted = keywordParser.quotesAsWritten() ? QuotedMarks.of(request.query()) : QuotedMarks.NONE;
            List<Hit> hits = hits(searcher, pageDocs, highlighted, quoted, aliases);
            if (groups != null) {
                hits = NearDuplicates.withCopies(hits, groups);
            }
            List<String> warnings = QuerySyntax.withTooCommonWords(
                    request.query(), keywords.warning() == null ? List.of() : List.of(keywords.warning()));
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
                    finePublished(searcher, query, request).orElse(outcome.published()),
                    fineMentioned(searcher, query, request).orElse(outcome.mentioned()),
                    warnings,
                    // Collapsed pages are numbered only: a cursor cannot say which copies were already shown.
                    groups == null && request.size() > 0
                            ? nextCursor(outcome.top(), offset + request.size(), sort, request)
                            : null);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException("q", "The query matches too many different words; make it more specific.");
        }
    }

    /** The query the search runs for {@code request}, restricted to {@code onlyIds}, for features beside it. */
    Query query(IndexSearcher searcher, EntityAliases aliases, SearchRequest request, Set<String> onlyIds)
            throws IOException {
        return filters.build(
                request,
                IdRestriction.apply(keywords(searcher, aliases, request).query(), onlyIds),
                aliases);
    }

    /**
     * The keywords as searched: {@code query} scores (and is highlighted), {@code matching} matches the same articles
     * and may be cheaper ({@link PhraseGrams#matching}), for counting where no score is read.
     */
    private record Keywords(Query query, Query matching, String warning) {}

    private Keywords keywords(IndexSearcher searcher, EntityAliases aliases, SearchRequest request) throws IOException {
        KeywordQueryParser.Parsed parsed = keywordParser.parse(
                request.query(), engine.entityQueries(facets.of(searcher.getIndexReader()), aliases));
        IndexReader reader = searcher.getIndexReader();
        PhraseGrams grams = PhraseGrams.of(reader);
        return new Keywords(
                RecencyBoost.apply(WrittenFormBonus.apply(grams.scoring(parsed.query()), request), request, reader),
                grams.matching(parsed.query()),
                parsed.warning());
    }

    private record Outcome(
            TopFieldDocs top, Map<String, List<FacetValue>> facets, DateHistogram published, DateHistogram mentioned) {}

    private Outcome run(
            IndexSearcher searcher,
            DrillDownQuery query,
            DrillDownQuery matching,
            Sort sort,
            SearchRequest request,
            Query keywords,
            EntityAliases aliases,
            FieldDoc after,
            boolean narrowed)
            throws IOException {
        // One hit more than the page shows tells whether a next page exists.
        int window = (after == null ? request.page() * request.size() : request.size()) + 1;
        var collector = new TopFieldCollectorManager(hitsShown(request, sort, after), window, after, Integer.MAX_VALUE);
        IndexReader reader = searcher.getIndexReader();
        SortedSetDocValuesReaderState state = facets.of(reader).state();
        if (state == null || !needsFacetCounts(request)) {
            return new Outcome(
                    request.size() == 0 && after == null
                            ? countedWithoutHits(searcher, query)
                            : searcher.search(query, collector),
                    FacetReader.noValues(request.counted()),
                    publishedHistogram(searcher, DateHistogram.EMPTY, null, query, request, keywords, aliases),
                    request.timelines().contains(Timeline.MENTIONED) ? DateHistogram.EMPTY : null);
        }
        boolean scoredPage = request.size() > 0 && sort.needsScores();
        boolean collectsScores = !scoredPage && hitsShown(request, sort, after).needsScores();
        var result = new SidewaysMatches(searcher, facetsConfig, state)
                .matches(collectsScores ? query : matching, scoredPage ? countOnly() : collector);
        FacetReader.Counted counted = FacetReader.count(
                facets.ordinals(reader, aliases),
                result,
                request.counted(),
                countedTimelines(request),
                request.facetLimit());
        return new Outcome(
                scoredPage
                        ? bestScored(
                                searcher,
                                query,
                                result.drillDownFacetsCollector,
                                sort,
                                window,
                                after,
                                result.collectorResult.totalHits,
                                narrowed)
                        : result.collectorResult,
                counted.facets(),
                publishedHistogram(
                        searcher,
                        counted.timelines().get(Timeline.PUBLISHED),
                        SidewaysMatches.matchesFor(result, FilterQueryBuilder.PUBLISHED_RANGE),
                        query,
                        request,
                        keywords,
                        aliases),
                counted.timelines().get(Timeline.MENTIONED));
    }

    /**
     * The order of the hits collected: none are shown without a page, and then no match needs a score. A phrase's
     * score counts every occurrence in an article where matching stops at the first, which at a million articles made
     * a size=0 search of frequent words several times slower than the same search sorted by date.
     */
    private static Sort hitsShown(SearchRequest request, Sort sort, FieldDoc after) {
        return request.size() == 0 && after == null ? Sort.INDEXORDER : sort;
    }

    /** Whether anything beside the keywords narrows the matches: filter values, exclusions or date bounds. */
    private static boolean isFiltered(SearchRequest request) {
        return request.filters().values().stream().anyMatch(values -> !values.isEmpty())
                || request.excluded().values().stream().anyMatch(values -> !values.isEmpty())
                || request.from() != null
                || request.to() != null
                || request.mentionedFrom() != null
                || request.mentionedTo() != null;
    }

    /**
     * The number of matches and no hits, for a search that shows none and counts nothing else: Lucene then counts from
     * the index's statistics where it can (every article, one word without deletions) instead of visiting each match.
     */
    private static TopFieldDocs countedWithoutHits(IndexSearcher searcher, Query query) throws IOException {
        return new TopFieldDocs(
                new TotalHits(searcher.count(query), TotalHits.Relation.EQUAL_TO), new ScoreDoc[0], new SortField[0]);
    }

    /** Counts every match and keeps one hit, in index order: no match needs a score. */
    private static TopFieldCollectorManager countOnly() {
        return new TopFieldCollectorManager(Sort.INDEXORDER, 1, null, Integer.MAX_VALUE);
    }

    /**
     * The page's hits by score, searched apart from the counting, which has them all already. Few matches are scored
     * each, starting from the matches themselves (the keywords' phrase positions are then read in those articles
     * only); of many, Lucene, told it need not count, skips those that can no longer reach the page (block-max
     * scores). Either way a phrase of frequent words is no longer scored in every article that has it.
     */
    private static TopFieldDocs bestScored(
            IndexSearcher searcher,
            Query query,
            FacetsCollector matches,
            Sort sort,
            int window,
            FieldDoc after,
            TotalHits counted,
            boolean narrowed)
            throws IOException {
        long scoredEachUpTo = narrowed ? SCORE_EACH_MATCH_UP_TO : SCORE_EACH_UNFILTERED_MATCH_UP_TO;
        TopFieldDocs best = counted.value() <= scoredEachUpTo
                ? searcher.search(
                        new BooleanQuery.Builder()
                                .add(query, BooleanClause.Occur.MUST)
                                .add(new MatchedDocs(matches), BooleanClause.Occur.FILTER)
                                .build(),
                        new TopFieldCollectorManager(sort, window, after, Integer.MAX_VALUE))
                : searcher.search(query, new TopFieldCollectorManager(sort, window, after, window));
        return new TopFieldDocs(counted, best.scoreDocs, best.fields);
    }

    /** The timelines counted with the facets: all asked for, but a publication histogram the request shapes itself. */
    private static Set<Timeline> countedTimelines(SearchRequest request) {
        Set<Timeline> counted = EnumSet.noneOf(Timeline.class);
        counted.addAll(request.timelines());
        if (ownPublishedHistogram(request)) {
            counted.remove(Timeline.PUBLISHED);
        }
        return counted;
    }

    /** Whether anything asked for comes from the facet counts (rather than being left out or counted apart). */
    private static boolean needsFacetCounts(SearchRequest request) {
        return !request.counted().isEmpty() || !countedTimelines(request).isEmpty();
    }

    /** Week or day bars for a short publication range, unless the request chose the histogram's bounds itself. */
    private static Optional<DateHistogram> finePublished(IndexSearcher searcher, Query query, SearchRequest request)
            throws IOException {
        return request.timelines().contains(Timeline.PUBLISHED) && !ownPublishedHistogram(request)
                ? FinePeriods.published(searcher, query, request)
                : Optional.empty();
    }

    private static Optional<DateHistogram> fineMentioned(IndexSearcher searcher, Query query, SearchRequest request)
            throws IOException {
        return request.timelines().contains(Timeline.MENTIONED)
                ? FinePeriods.mentioned(searcher, query, request)
                : Optional.empty();
    }

    private static boolean ownPublishedHistogram(SearchRequest request) {
        return request.hasHistogramOptions() || excludesDatesFromHistogram(request);
    }

    private static boolean excludesDatesFromHistogram(SearchRequest request) {
        return FilterQueryBuilder.excludesDatesFromHistogram(request);
    }

    /**
     * {@code null} when not asked for.
     *
     * @param counted the histogram counted with the facets, unless the request shapes its own
     */
    private DateHistogram publishedHistogram(
            IndexSearcher searcher,
            DateHistogram counted,
            FacetsCollector matches,
            Query query,
            SearchRequest request,
            Query keywords,
            EntityAliases aliases)
            throws IOException {
        if (!request.timelines().contains(Timeline.PUBLISHED)) {
            return null;
        }
        if (!ownPublishedHistogram(request)) {
            return counted;
        }
        if (matches != null) {
            // The matches were collected already: all of them, or without the date range (a dimension of its own).
            return PublicationHistogram.count(searcher.getIndexReader(), matches, request);
        }
        Query withoutDates = excludesDatesFromHistogram(request)
                ? filters.build(request.toBuilder().published(null, null).build(), keywords, aliases)
                : query;
        return PublicationHistogram.count(searcher, withoutDates, request);
    }

    private List<Hit> hits(
            IndexSearcher searcher, TopDocs page, Query keywords, QuotedMarks quoted, EntityAliases aliases)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<ArticleView> articles = new ArrayList<>(page.scoreDocs.length);
        for (ScoreDoc scoreDoc : page.scoreDocs) {
            articles.add(engine.view(stored, scoreDoc.doc, aliases));
        }
        String[] bodies = articles.stream().map(ArticleView::body).toArray(String[]::new);
        String[] snippetTexts = snippets.snippets(searcher, keywords, page, bodies, quoted);
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
        return SearchCursor.parse(cursor, SearchSort.sortFor(request), request);
    }

    /** @param end how many hits the pages up to this one hold */
    private static String nextCursor(TopFieldDocs top, int end, Sort sort, SearchRequest request) {
        return top.scoreDocs.length > end ? SearchCursor.after((FieldDoc) top.scoreDocs[end - 1], sort, request) : null;
    }
}
