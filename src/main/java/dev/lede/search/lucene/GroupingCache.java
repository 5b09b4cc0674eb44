package dev.lede.search.lucene;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;

/**
 * The near-duplicate groupings of recent collapsed searches, so that a reader turning pages is not made to wait
 * while every story before the page is grouped again (BENCHMARKS.md, "Fifty-seventh session"). A grouping belongs
 * to one snapshot of the index: a commit gives its searches new keys, and the old ones age out. The least recently
 * used go first once the groupings hold more than {@link #MAX_ARTICLES} articles between them, or there are more
 * than {@link #MAX_SEARCHES}.
 */
final class GroupingCache {

    /** About 5 MB of grouped article numbers: ten readers at the deepest page a search may reach. */
    static final int MAX_ARTICLES = 100_000;

    /** Searches kept, however few articles their groupings hold. */
    static final int MAX_SEARCHES = 64;

    private record Key(Object snapshot, Query query, Sort sort) {}

    private final Map<Key, NearDuplicates.Grouping> groupings = new LinkedHashMap<>(16, 0.75f, true);
    private final int maxArticles;
    private final int maxSearches;

    GroupingCache() {
        this(MAX_ARTICLES, MAX_SEARCHES);
    }

    GroupingCache(int maxArticles, int maxSearches) {
        this.maxArticles = maxArticles;
        this.maxSearches = maxSearches;
    }

    /** The grouping of {@code query} in {@code sort} order on {@code reader}'s snapshot, new or as far as it got. */
    NearDuplicates.Grouping grouping(IndexReader reader, Query query, Sort sort) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return new NearDuplicates.Grouping(query, sort);
        }
        synchronized (groupings) {
            evictBeyondLimit();
            return groupings.computeIfAbsent(
                    new Key(helper.getKey(), query, sort), key -> new NearDuplicates.Grouping(query, sort));
        }
    }

    /** How many searches' groupings are kept. */
    int size() {
        synchronized (groupings) {
            return groupings.size();
        }
    }

    private void evictBeyondLimit() {
        long articles = 0;
        for (NearDuplicates.Grouping grouping : groupings.values()) {
            articles += grouping.articlesGrouped();
        }
        Iterator<NearDuplicates.Grouping> eldestFirst = groupings.values().iterator();
        int searches = groupings.size();
        while ((articles > maxArticles || searches >= maxSearches) && eldestFirst.hasNext()) {
            searches--;
            articles -= eldestFirst.next().articlesGrouped();
            eldestFirst.remove();
        }
    }
}
