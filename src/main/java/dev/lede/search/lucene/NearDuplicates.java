package dev.lede.search.lucene;

import dev.lede.index.Fingerprint;
import dev.lede.index.Schema;
import dev.lede.index.lucene.DocumentMapper;
import dev.lede.model.DuplicateArticle;
import dev.lede.model.Hit;
import dev.lede.search.NearDuplicateRules;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Near-duplicate articles, through the fingerprints written at index time ({@code index.Fingerprints}): a candidate
 * shares at least one band key with the article, and counts when {@link Fingerprint#isDuplicateOf} says so. Groups
 * are formed at search time, over the matches of the search, so ingest needs no coordination between articles and a
 * group never holds an article the search excludes.
 *
 * <p>A group is the first not yet grouped hit in the search's order and its own near-duplicates among the matches
 * not grouped yet (not their near-duplicates in turn: no chains of ever less alike copies). It takes the place of its
 * first hit, shown through its earliest published member, the original as far as the index can tell.
 */
final class NearDuplicates {

    private static final Set<String> PUBLISHED_AND_SOURCE = Set.of(Schema.PUBLISHED, Schema.SOURCE);

    private NearDuplicates() {}

    /** One collapsed hit: the member shown, and how many copies and from which sources it stands for. */
    record Group(ScoreDoc shown, int copies, List<String> copySources, Instant latestCopy) {}

    private record Copy(int doc, double similarity) {}

    /** The near-duplicates of the article with {@code id}, most alike first; empty when there is no such article. */
    static Optional<List<DuplicateArticle>> find(LuceneArticleSearch engine, String id, int limit) throws IOException {
        NearDuplicateRules.checkLimit(limit);
        return engine.onSnapshot((searcher, aliases) -> {
            TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            List<DuplicateArticle> duplicates = new ArrayList<>();
            for (Copy copy : copies(searcher, found.scoreDocs[0].doc, null, Set.of())) {
                if (duplicates.size() == limit) {
                    break;
                }
                duplicates.add(
                        NearDuplicateRules.duplicate(engine.view(searcher, copy.doc(), aliases), copy.similarity()));
            }
            return Optional.of(duplicates);
        });
    }

    /** The documents of every near-duplicate of {@code doc} in the index, those {@link #find} lists. */
    static Set<Integer> copiesOf(IndexSearcher searcher, int doc) throws IOException {
        Set<Integer> docs = new HashSet<>();
        copies(searcher, doc, null, Set.of()).forEach(copy -> docs.add(copy.doc()));
        return docs;
    }

    /**
     * The groups of one search, formed in its {@code sort} order as far down the hits as the pages asked so far took,
     * and carried on from there when a later page needs more: page 100 after page 99 groups ten stories, not a
     * thousand. Every group is complete before it is kept, so a search stopped midway (the time limit) leaves it
     * ready to carry on. The answers are those of grouping from the first hit each time: the hits come in one order
     * whatever the batch they are read in.
     */
    static final class Grouping {
        private final Query query;
        private final Sort sort;
        private final Set<Integer> grouped = new HashSet<>();
        private final List<Group> groups = new ArrayList<>();
        private ScoreDoc[] batch = new ScoreDoc[0];
        private int next;
        private FieldDoc after;
        private boolean lastBatch;
        private volatile int articlesGrouped;

        Grouping(Query query, Sort sort) {
            this.query = query;
            this.sort = sort;
        }

        /** Groups {@code offset} to {@code offset + size}, fewer at the end of the hits. */
        synchronized List<Group> page(IndexSearcher searcher, int offset, int size) throws IOException {
            int wanted = offset + size;
            while (groups.size() < wanted && (next < batch.length || !lastBatch)) {
                if (next == batch.length) {
                    readBatch(searcher, wanted - groups.size());
                } else {
                    groupFrom(searcher, batch[next]);
                    next++;
                }
            }
            return List.copyOf(groups.subList(Math.min(offset, groups.size()), Math.min(wanted, groups.size())));
        }

        /** How many articles the groups formed so far hold, a measure of what keeping them costs. */
        int articlesGrouped() {
            return articlesGrouped;
        }

        private void readBatch(IndexSearcher searcher, int groupsToGo) throws IOException {
            int size = Math.max(2 * groupsToGo, 50);
            // The search counted its matches already: telling Lucene not to lets it skip those that cannot make a
            // batch.
            TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, size, after, size));
            batch = top.scoreDocs;
            next = 0;
            lastBatch = batch.length < size;
            if (batch.length > 0) {
                after = (FieldDoc) batch[batch.length - 1];
            }
        }

        private void groupFrom(IndexSearcher searcher, ScoreDoc hit) throws IOException {
            if (grouped.contains(hit.doc)) {
                return;
            }
            List<Integer> members = new ArrayList<>(List.of(hit.doc));
            copies(searcher, hit.doc, query, grouped).forEach(copy -> members.add(copy.doc()));
            Group group = group(searcher, hit, members);
            grouped.addAll(members);
            groups.add(group);
            articlesGrouped = grouped.size();
        }
    }

    /** The shown members of {@code groups}, for snippets and stored fields. */
    static TopDocs shown(List<Group> groups) {
        ScoreDoc[] docs = groups.stream().map(Group::shown).toArray(ScoreDoc[]::new);
        return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    }

    /** The hits of {@link #shown}, each with the copies its group stands for. */
    static List<Hit> withCopies(List<Hit> hits, List<Group> groups) {
        List<Hit> annotated = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Group group = groups.get(i);
            annotated.add(hits.get(i).withCopies(group.copies(), group.copySources(), group.latestCopy()));
        }
        return annotated;
    }

    /**
     * The near-duplicates of {@code doc} among the matches of {@code within} (every article when {@code null}),
     * leaving out {@code exclude}, most alike first.
     */
    private static List<Copy> copies(IndexSearcher searcher, int doc, Query within, Set<Integer> exclude)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        Optional<Fingerprint> fingerprint = DocumentMapper.fingerprint(stored, doc);
        if (fingerprint.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder candidates =
                new BooleanQuery.Builder().add(DocumentMapper.sharingABand(fingerprint.get()), Occur.FILTER);
        if (within != null) {
            candidates.add(within, Occur.FILTER);
        }
        List<Copy> copies = new ArrayList<>();
        for (int candidate : searcher.search(candidates.build(), new DocIds())) {
            if (candidate == doc || exclude.contains(candidate)) {
                continue;
            }
            Optional<Fingerprint> other = DocumentMapper.fingerprint(stored, candidate);
            if (other.isPresent() && fingerprint.get().isDuplicateOf(other.get())) {
                copies.add(new Copy(candidate, fingerprint.get().similarity(other.get())));
            }
        }
        copies.sort(Comparator.comparingDouble(Copy::similarity).reversed().thenComparingInt(Copy::doc));
        return copies;
    }

    /** Shows the member {@link NearDuplicateRules#shown} picks, with the sources of the others. */
    private static Group group(IndexSearcher searcher, ScoreDoc first, List<Integer> members) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<NearDuplicateRules.Member> dated = new ArrayList<>(members.size());
        for (int member : members) {
            Document doc = stored.document(member, PUBLISHED_AND_SOURCE);
            IndexableField published = doc.getField(Schema.PUBLISHED);
            dated.add(new NearDuplicateRules.Member(
                    published == null
                            ? null
                            : Instant.ofEpochMilli(published.numericValue().longValue()),
                    doc.get(Schema.SOURCE)));
        }
        int shown = NearDuplicateRules.shown(dated);
        return new Group(
                new ScoreDoc(members.get(shown), first.score),
                members.size() - 1,
                NearDuplicateRules.copySources(dated, shown),
                NearDuplicateRules.latestCopy(dated, shown));
    }

    /** Every matching document id, unscored and unsorted. */
    private static final class DocIds implements CollectorManager<DocIds.Collector, List<Integer>> {

        @Override
        public Collector newCollector() {
            return new Collector();
        }

        @Override
        public List<Integer> reduce(Collection<Collector> collectors) {
            List<Integer> docs = new ArrayList<>();
            collectors.forEach(collector -> docs.addAll(collector.docs));
            return docs;
        }

        static final class Collector extends SimpleCollector {
            private final List<Integer> docs = new ArrayList<>();
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                docs.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
