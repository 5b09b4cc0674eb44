package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ScratchDirs;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.index.solr.SolrArticleSink;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.PersonVariants;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Merges are applied at query time on SolrCloud too, and follow each commit and each curation change at once; no search
 * waits for another's reading of the values after a commit.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrEntityAliasesTest {

    private static final List<CurationChange> LOG = List.of();
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "aliases-test");
        thread.setDaemon(true);
        return thread;
    });

    @Test
    void aBareSurnameIndexedLaterIsCountedUnderTheFullNameAtOnce() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "aliases_now")) {
            new SolrCollectionSetup(solr).run(2, 1, false);
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-aliases"));
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                for (int i = 0; i < 3; i++) {
                    sink.write(article("full-" + i, "Wanjiru Kamaune"));
                }
            }
            assertEquals(List.of(new FacetValue("Wanjiru Kamaune", 3)), people(search));

            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article("bare-1", "Kamaune"));
            }

            assertEquals(List.of(new FacetValue("Wanjiru Kamaune", 4, List.of("Kamaune"))), people(search));
            assertEquals(
                    4,
                    search.search(SearchRequest.builder()
                                    .filter(FacetField.PERSON, List.of("Wanjiru Kamaune"))
                                    .build())
                            .total());
        }
    }

    @Test
    void anAcronymJoinsItsExpansionOnlyOnceAnArticleNamesBoth() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "aliases_acronym")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-acronym"));
            writeArticles(solr, withOrgs("n1", "NHS"), withOrgs("n2", "NHS"), withOrgs("n3", "Norwood High School"));
            List<FacetValue> apart = orgs(search);
            assertTrue(apart.contains(new FacetValue("NHS", 2)), apart.toString());

            writeArticles(solr, withOrgs("n4", "Norwood High School", "NHS"));

            assertEquals(List.of(new FacetValue("Norwood High School", 4, List.of("NHS"))), orgs(search));
        }
    }

    @Test
    void aCuratedRenameShowsInTheNextSearch() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "aliases_curated")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-curated"));
            try (SolrArticleSink sink = new SolrArticleSink(solr)) {
                sink.write(article("a", "Joost Amerlaan"));
            }
            assertEquals("Joost Amerlaan", people(search).getFirst().value());

            search.curation().apply(CurationAction.RENAME, FacetField.PERSON, "Joost Amerlaan", "Joost Ammerlaan");

            assertEquals("Joost Ammerlaan", people(search).getFirst().value());
            assertEquals(
                    List.of("Joost Ammerlaan"),
                    search.article("a").orElseThrow().people());
        }
    }

    @Test
    void aSearchWhileAnotherReadsTheNewValuesKeepsTheAliasesItHad() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "aliases_single")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            HeldReading reading = new HeldReading(solr);
            SolrEntityAliases aliases = new SolrEntityAliases(solr, reading);
            writeArticles(solr, article("full-1", "Wanjiru Kamaune"), article("full-2", "Wanjiru Kamaune"));
            aliases.current(LOG);
            writeArticles(solr, article("bare-1", "Kamaune"));

            reading.hold();
            Future<EntityAliases> first = THREADS.submit(() -> aliases.current(LOG));
            reading.awaitEntered();
            EntityAliases meanwhile = THREADS.submit(() -> aliases.current(LOG)).get(20, TimeUnit.SECONDS);
            reading.release();

            assertEquals("Kamaune", meanwhile.canonical(FacetField.PERSON, "Kamaune"));
            assertEquals("Wanjiru Kamaune", first.get(20, TimeUnit.SECONDS).canonical(FacetField.PERSON, "Kamaune"));
            assertEquals("Wanjiru Kamaune", aliases.current(LOG).canonical(FacetField.PERSON, "Kamaune"));
            assertEquals(2, reading.reads(), "one reading at the start and one after the commit");
        }
    }

    @Test
    void inTheBackgroundSearchesNeverWaitForAReadingAndItsResultFollows() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "aliases_behind")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            HeldReading reading = new HeldReading(solr);
            try (SolrEntityAliases followed = new SolrEntityAliases(solr, reading)) {
                writeArticles(solr, article("full-1", "Wanjiru Kamaune"));
                followed.current(LOG);
                followed.refreshInBackground(Duration.ofMillis(20));

                reading.hold();
                writeArticles(solr, article("bare-1", "Kamaune"));
                reading.awaitEntered();
                EntityAliases meanwhile =
                        THREADS.submit(() -> followed.current(LOG)).get(20, TimeUnit.SECONDS);
                reading.release();

                assertEquals("Kamaune", meanwhile.canonical(FacetField.PERSON, "Kamaune"));
                assertEquals("Wanjiru Kamaune", soonCanonical(followed, "Kamaune", "Wanjiru Kamaune"));
            }
        }
    }

    /** The canonical name of {@code person} once it is {@code expected}, or after 30 seconds. */
    private static String soonCanonical(SolrEntityAliases aliases, String person, String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String canonical = aliases.current(LOG).canonical(FacetField.PERSON, person);
        while (!canonical.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            canonical = aliases.current(LOG).canonical(FacetField.PERSON, person);
        }
        return canonical;
    }

    @Test
    void refreshingNowReadsTheNewCommitSoTheNextSearchNeedNot() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "aliases_shown")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            HeldReading reading = new HeldReading(solr);
            SolrEntityAliases aliases = new SolrEntityAliases(solr, reading);
            writeArticles(solr, article("full-1", "Wanjiru Kamaune"));
            aliases.current(LOG);
            writeArticles(solr, article("bare-1", "Kamaune"));

            aliases.refreshNow();
            int readsBeforeTheSearch = reading.reads();
            EntityAliases searched = aliases.current(LOG);

            assertEquals(2, readsBeforeTheSearch);
            assertEquals(2, reading.reads());
            assertEquals("Wanjiru Kamaune", searched.canonical(FacetField.PERSON, "Kamaune"));
        }
    }

    /** Reads the collection's values as the engine does, and can hold a reading open until released. */
    private static final class HeldReading implements SolrEntityAliases.ValuesReader {
        private final SolrConnection solr;
        private final AtomicInteger reads = new AtomicInteger();
        private volatile CountDownLatch entered = new CountDownLatch(0);
        private volatile CountDownLatch released = new CountDownLatch(0);

        HeldReading(SolrConnection solr) {
            this.solr = solr;
        }

        void hold() {
            entered = new CountDownLatch(1);
            released = new CountDownLatch(1);
        }

        void awaitEntered() throws InterruptedException {
            assertTrue(entered.await(30, TimeUnit.SECONDS), "no reading started");
        }

        void release() {
            released.countDown();
        }

        int reads() {
            return reads.get();
        }

        @Override
        public SolrEntityAliases.Values read() throws IOException {
            reads.incrementAndGet();
            entered.countDown();
            try {
                if (!released.await(30, TimeUnit.SECONDS)) {
                    throw new IOException("the test never released the reading");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return SolrEntityAliases.readValues(solr, new PersonVariants.NamesTakenApart());
        }
    }

    @Test
    void aMisspeltPlaceIsCountedUnderThePlaceItMisspells() throws Exception {
        try (SolrConnection solr = SolrConnection.open(SolrTestCluster.get().zkHost(), List.of(), "aliases_places")) {
            new SolrCollectionSetup(solr).run(1, 1, false);
            SolrArticleSearch search = SolrArticleSearch.open(solr, ScratchDirs.create("lede-places"));
            writeArticles(
                    solr,
                    withPlaces("p1", "Oklahoma City"),
                    withPlaces("p2", "Oklahoma City"),
                    withPlaces("p3", "Oklahoma City"),
                    withPlaces("p4", "Okalhoma City"));

            assertEquals(
                    List.of(new FacetValue("Oklahoma City", 4, List.of("Okalhoma City"))),
                    search.search(SearchRequest.everything()).facets().get(FacetField.PLACE.plural()));
            assertEquals(
                    4,
                    search.search(SearchRequest.builder()
                                    .filter(FacetField.PLACE, List.of("Oklahoma City"))
                                    .build())
                            .total());
        }
    }

    private static EnrichedArticle withPlaces(String id, String... places) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "A story.", Instant.parse("2025-02-01T00:00:00Z"), "Wire", null, null),
                new Enrichment(List.of(), List.of(places), List.of(), List.of()));
    }

    private static void writeArticles(SolrConnection solr, EnrichedArticle... articles) throws IOException {
        try (SolrArticleSink sink = new SolrArticleSink(solr)) {
            for (EnrichedArticle article : articles) {
                sink.write(article);
            }
        }
    }

    private static List<FacetValue> people(SolrArticleSearch search) throws Exception {
        return search.search(SearchRequest.everything()).facets().get(FacetField.PERSON.plural());
    }

    private static List<FacetValue> orgs(SolrArticleSearch search) throws Exception {
        return search.search(SearchRequest.everything()).facets().get(FacetField.ORG.plural());
    }

    private static EnrichedArticle withOrgs(String id, String... orgs) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "A story.", Instant.parse("2025-02-01T00:00:00Z"), "Wire", null, null),
                new Enrichment(List.of(), List.of(), List.of(orgs), List.of()));
    }

    private static EnrichedArticle article(String id, String person) {
        return new EnrichedArticle(
                new Article(
                        id,
                        "Story " + id,
                        "A story that names " + person + ".",
                        Instant.parse("2025-02-01T00:00:00Z"),
                        "Wire",
                        null,
                        null),
                // one county in every story, so that a bare surname keeps the full name's company
                new Enrichment(List.of(person), List.of("Nairobi"), List.of(), List.of()));
    }
}
