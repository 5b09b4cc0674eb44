package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collapsed pages carried on from the groups earlier pages formed: over stories whose copies are published weeks
 * apart (so a group's members lie far apart in the hits, across the batches they are read in), every page must be
 * the page a search that groups from the first hit gives.
 */
class DeepCollapsedPagesTest {

    private static final int STORIES = 90;
    private static final int PAGE_SIZE = 7;
    private static final Instant FIRST_DAY = Instant.parse("2024-01-01T06:00:00Z");
    private static final String[] SOURCES = {"Coast Courier", "Valley Times", "Metro Wire"};

    @TempDir
    Path indexDir;

    @BeforeEach
    void indexStoriesAndCopies() throws IOException {
        Random random = new Random(57);
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            for (int story = 0; story < STORIES; story++) {
                String body = body(random, story);
                int copies = story % 4;
                for (int copy = 0; copy <= copies; copy++) {
                    writer.write(article(story, copy, body));
                }
            }
            writer.commit();
        }
    }

    @Test
    void pagesTurnedInOrderMatchPagesAskedOfAFreshSearch() throws IOException {
        for (SearchRequest.Builder asked : List.of(newest(""), relevance("harbour"))) {
            List<List<String>> turned = new ArrayList<>();
            try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
                for (int page = 1; page <= 14; page++) {
                    turned.add(shown(search, asked.page(page).build()));
                }
            }
            for (int page = 1; page <= 14; page++) {
                try (LuceneArticleSearch fresh = LuceneArticleSearch.open(indexDir)) {
                    assertEquals(shown(fresh, asked.page(page).build()), turned.get(page - 1), "page " + page);
                }
            }
            assertEquals(STORIES % PAGE_SIZE, turned.get(12).size(), "the last stories fill part of page 13");
            assertTrue(turned.get(13).isEmpty());
        }
    }

    @Test
    void aDeepPageFirstThenEarlierAndLaterOnesMatchAFreshSearch() throws IOException {
        SearchRequest.Builder asked = newest("");
        List<List<String>> jumped = new ArrayList<>();
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            for (int page : new int[] {9, 2, 10, 9, 5}) {
                jumped.add(shown(search, asked.page(page).build()));
            }
        }
        int[] pages = {9, 2, 10, 9, 5};
        for (int i = 0; i < pages.length; i++) {
            try (LuceneArticleSearch fresh = LuceneArticleSearch.open(indexDir)) {
                assertEquals(shown(fresh, asked.page(pages[i]).build()), jumped.get(i), "page " + pages[i]);
            }
        }
    }

    @Test
    void aGroupingStoppedMidwayCarriesOnAsIfNeverStopped() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            Sort sort = SearchSort.sortFor(
                    SearchRequest.builder().sort(SortOrder.NEWEST).build());
            var uninterrupted = new NearDuplicates.Grouping(new MatchAllDocsQuery(), sort);
            List<String> expected = described(uninterrupted.page(new IndexSearcher(reader), 0, 60));

            var interrupted = new NearDuplicates.Grouping(new MatchAllDocsQuery(), sort);
            assertThrows(IllegalStateException.class, () -> interrupted.page(new FailingSearcher(reader, 9), 0, 60));
            assertTrue(interrupted.articlesGrouped() > 0, "some groups were formed before the failure");
            assertEquals(expected.subList(20, 60), described(interrupted.page(new IndexSearcher(reader), 20, 40)));
            assertEquals(expected.subList(0, 20), described(interrupted.page(new IndexSearcher(reader), 0, 20)));
        }
    }

    @Test
    void aSearchKeepsItsGroupingUntilTheNextCommit() throws IOException {
        GroupingCache cache = new GroupingCache();
        Sort sort = Sort.RELEVANCE;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            var grouping = cache.grouping(reader, new TermQuery(new Term("body", "harbour")), sort);
            assertSame(grouping, cache.grouping(reader, new TermQuery(new Term("body", "harbour")), sort));
            assertNotSame(grouping, cache.grouping(reader, new TermQuery(new Term("body", "tram")), sort));
            try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
                writer.write(article(STORIES, 0, body(new Random(1), STORIES)));
                writer.commit();
            }
            try (DirectoryReader newer = DirectoryReader.openIfChanged(reader)) {
                assertNotSame(grouping, cache.grouping(newer, new TermQuery(new Term("body", "harbour")), sort));
            }
        }
    }

    @Test
    void theLeastRecentlyUsedGroupingsGoOnceTheyHoldTooManyArticles() throws IOException {
        GroupingCache cache = new GroupingCache();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            for (int i = 0; i < GroupingCache.MAX_SEARCHES + 10; i++) {
                cache.grouping(reader, new TermQuery(new Term("body", "w" + i)), Sort.RELEVANCE);
            }
            assertEquals(GroupingCache.MAX_SEARCHES, cache.size());
        }
    }

    @Test
    void theLeastRecentlyUsedGroupingsGoOnceTheyHoldTooManyArticlesBetweenThem() throws IOException {
        GroupingCache cache = new GroupingCache(100, 1_000);
        Sort sort = SearchSort.sortFor(
                SearchRequest.builder().sort(SortOrder.NEWEST).build());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var deep = cache.grouping(reader, new MatchAllDocsQuery(), sort);
            deep.page(searcher, 0, 40);
            assertTrue(deep.articlesGrouped() > 100, "forty stories and their copies");
            var shallow = cache.grouping(reader, new TermQuery(new Term("body", "harbour")), sort);
            shallow.page(searcher, 0, 1);
            assertEquals(1, cache.size(), "the deep grouping went first");
            assertSame(shallow, cache.grouping(reader, new TermQuery(new Term("body", "harbour")), sort));
        }
    }

    private static List<String> shown(LuceneArticleSearch search, SearchRequest request) throws IOException {
        return search.search(request).hits().stream()
                .map(hit -> hit.id() + "+" + hit.copies() + hit.copySources())
                .toList();
    }

    private static List<String> described(List<NearDuplicates.Group> groups) {
        return groups.stream()
                .map(group -> group.shown().doc + "+" + group.copies() + group.copySources())
                .toList();
    }

    private static SearchRequest.Builder newest(String query) {
        return SearchRequest.builder()
                .query(query)
                .sort(SortOrder.NEWEST)
                .size(PAGE_SIZE)
                .collapse(true);
    }

    private static SearchRequest.Builder relevance(String query) {
        return SearchRequest.builder().query(query).size(PAGE_SIZE).collapse(true);
    }

    /** Sixty words of its own for each story, "harbour" among them a story-dependent number of times. */
    private static String body(Random random, int story) {
        StringBuilder body = new StringBuilder();
        for (int word = 0; word < 60; word++) {
            body.append(word % (2 + story % 9) == 0 ? "harbour" : syllables(random))
                    .append(' ');
        }
        return body.toString().trim() + ".";
    }

    private static String syllables(Random random) {
        String[] parts = {"ka", "lo", "mer", "sti", "van", "du", "pre", "ol", "tis", "ron", "bea", "gu"};
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            word.append(parts[random.nextInt(parts.length)]);
        }
        return word.toString();
    }

    /** The original on its story's day, each copy three weeks after the one before, from another source. */
    private static EnrichedArticle article(int story, int copy, String body) {
        Instant published = FIRST_DAY.plus(Duration.ofDays(story + 21L * copy));
        return new EnrichedArticle(
                new Article(
                        "s" + story + "-c" + copy,
                        "Story " + story,
                        body,
                        published,
                        SOURCES[(story + copy) % SOURCES.length],
                        null,
                        null),
                Enrichment.NONE);
    }

    /** A searcher that fails its {@code failAt}-th search, as the time limit would. */
    private static final class FailingSearcher extends IndexSearcher {
        private final int failAt;
        private int searches;

        FailingSearcher(DirectoryReader reader, int failAt) {
            super(reader);
            this.failAt = failAt;
        }

        @Override
        protected void searchLeaf(
                LeafReaderContext leaf, int minDocId, int maxDocId, Weight weight, Collector collector)
                throws IOException {
            if (++searches == failAt) {
                throw new IllegalStateException("time is up");
            }
            super.searchLeaf(leaf, minDocId, maxDocId, weight, collector);
        }
    }
}
