package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.index.solr.SolrCollectionStatus;
import dev.lede.index.solr.SolrConnection;
import dev.lede.index.solr.SolrFailure;
import dev.lede.index.solr.SolrFields;
import dev.lede.model.AutomaticMerge;
import dev.lede.model.CurationChange;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.IndexStatus;
import dev.lede.model.NameAliases;
import dev.lede.model.OrganizationVariants;
import dev.lede.model.PersonVariants;
import dev.lede.model.PlaceDerivation;
import dev.lede.model.PlaceVariants;
import dev.lede.model.TypedInAnyCase;
import dev.lede.search.BackgroundRefresh;
import dev.lede.search.EntityMatcher;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField.Count;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The aliases a Solr search applies, as the Lucene engine builds them: Lede's automatic person and organisation
 * merges over every value in the collection, then the curation log; with them, every value of each entity field, for
 * {@code person:}-style query terms. Solr has no snapshot to key them on; they are kept while the collection's article
 * count and newest update version stay the same (the collection's stamp).
 *
 * <p>Reading them again after a commit means reading every value of every entity field, seconds at a million
 * articles, so no search waits for another's reading: by default the first search that sees a new stamp reads them
 * (one small query per search tells it) while the others keep the aliases they had; after {@link
 * #refreshInBackground} a daemon thread follows the stamp and searches never ask. A curation change is shown by the
 * next search, which waits for it.
 */
final class SolrEntityAliases implements Closeable {

    private static final System.Logger LOG = System.getLogger(SolrEntityAliases.class.getName());

    /** Articles of blocked places read per request. */
    private static final int PAGE = 1_000;

    /** Reads every value of the collection's entity fields and the merges among them. */
    @FunctionalInterface
    interface ValuesReader {
        Values read() throws IOException;
    }

    private final SolrConnection solr;
    private final ValuesReader reader;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Computed last;
    private volatile BackgroundRefresh background;

    /** What the collection looked like: its article count and the newest update's version. */
    private record Stamp(long articles, long newestVersion) {}

    private record Computed(Stamp stamp, Values read, List<CurationChange> log, EntityAliases aliases) {}

    /**
     * What the collection holds and merges at one stamp.
     *
     * @param newestPublished the newest article's publication time, from which {@code sort=recent} counts ages;
     *     {@code null} when no article has one
     */
    record Values(
            Map<FacetField, List<String>> values,
            Map<FacetField, Map<String, Long>> articles,
            List<AutomaticMerge> automatic,
            Instant newestPublished) {}

    SolrEntityAliases(SolrConnection solr) {
        this.solr = solr;
        PersonVariants.NamesTakenApart names = new PersonVariants.NamesTakenApart();
        this.reader = () -> readValues(solr, names);
    }

    /** With another way to read the values (a test's, to hold a reading open). */
    SolrEntityAliases(SolrConnection solr, ValuesReader reader) {
        this.solr = solr;
        this.reader = reader;
    }

    EntityAliases current(List<CurationChange> log) throws IOException {
        Computed known = last;
        if (known == null || known.log() != log) {
            return readWaiting(log).aliases();
        }
        if (background != null) {
            return known.aliases();
        }
        Stamp now = stamp();
        if (known.stamp().equals(now) || !reading.tryLock()) {
            return known.aliases();
        }
        try {
            return readIfChanged(now, log).aliases();
        } finally {
            reading.unlock();
        }
    }

    /**
     * Resolves {@code person:}-style query terms as the Lucene engine does, over the values and aliases read last:
     * every request reads {@link #current} before its queries, so its later queries need no further look at the
     * collection.
     */
    EntityMatcher matcher(List<CurationChange> log) throws IOException {
        Computed known = last;
        if (known == null || known.log() != log) {
            current(log);
            known = last;
        }
        Map<FacetField, List<String>> values = known.read().values();
        return new EntityMatcher(field -> values.getOrDefault(field, List.of()), known.aliases());
    }

    /**
     * The newest publication time in the collection at the stamp of the aliases last read ({@code null} when no article
     * has one, or before the first {@link #current}): a search asks for it after its aliases, so both come from one
     * reading.
     */
    Instant newestPublished() {
        Computed known = last;
        return known == null ? null : known.read().newestPublished();
    }

    /** Reads the newest commit's values now, waiting for a reading already under way; the next search uses them. */
    void refreshNow() throws IOException {
        reading.lock();
        try {
            // The log read under the lock: one taken before it could undo a curation change shown meanwhile.
            Computed known = last;
            if (known != null) {
                readIfChanged(stamp(), known.log());
            }
        } finally {
            reading.unlock();
        }
    }

    /** From now on a daemon thread looks for a new stamp every {@code interval}; searches no longer ask. */
    synchronized void refreshInBackground(Duration interval) {
        if (background != null) {
            return;
        }
        background = BackgroundRefresh.every(interval, "lede-solr-aliases-refresh", this::refreshQuietly);
    }

    private void refreshQuietly() {
        try {
            refreshNow();
        } catch (IOException | RuntimeException e) {
            // Searches go on with the aliases they have; the next round tries again.
            LOG.log(System.Logger.Level.WARNING, "could not read the entity values again: " + e.getMessage());
        }
    }

    private Computed readWaiting(List<CurationChange> log) throws IOException {
        reading.lock();
        try {
            return readIfChanged(stamp(), log);
        } finally {
            reading.unlock();
        }
    }

    /** Under {@link #reading}: the aliases at {@code now} with {@code log}, read again only where either changed. */
    private Computed readIfChanged(Stamp now, List<CurationChange> log) throws IOException {
        Computed known = last;
        if (known != null && known.stamp().equals(now)) {
            return known.log() == log ? known : remember(now, known.read(), log);
        }
        return remember(now, reader.read(), log);
    }

    @Override
    public synchronized void close() {
        if (background != null) {
            background.close();
        }
    }

    private Computed remember(Stamp stamp, Values read, List<CurationChange> log) throws IOException {
        EntityAliases curated =
                new EntityAliases(read.automatic(), log, new TypedInAnyCase(read.values(), NameAliases.installed()));
        Map<FacetField, Map<String, Set<String>>> withdrawn = withdrawnValues(curated, read.values());
        EntityAliases aliases = (withdrawn.isEmpty() ? curated : curated.withWithdrawnValues(withdrawn))
                .withArticleCounts(read.articles());
        Computed computed = new Computed(stamp, read, log, aliases);
        last = computed;
        return computed;
    }

    /**
     * By field and indexed country or region value, the articles that hold it only through blocked places ({@link
     * EntityAliases#withdrawn}): each article of a blocked place is read, a page at a time.
     */
    private Map<FacetField, Map<String, Set<String>>> withdrawnValues(
            EntityAliases aliases, Map<FacetField, List<String>> values) throws IOException {
        Map<FacetField, Map<String, Set<String>>> withdrawn = new EnumMap<>(FacetField.class);
        if (!aliases.blocksDerivedPlaces()) {
            return withdrawn;
        }
        List<String> blocked = values.getOrDefault(FacetField.PLACE, List.of()).stream()
                .filter(place -> aliases.isBlocked(FacetField.PLACE, place))
                .toList();
        if (blocked.isEmpty()) {
            return withdrawn;
        }
        String placeField = SolrFields.of(FacetField.PLACE);
        SolrQuery ofBlocked = new SolrQuery("*:*")
                .addFilterQuery(SolrSearchQuery.anyOf(FacetField.PLACE, blocked))
                .setFields(Schema.ID, placeField, Schema.COUNTRIES, Schema.REGIONS)
                .setRows(PAGE)
                .addSort(Schema.ID, SolrQuery.ORDER.asc);
        try {
            String mark = CursorMarkParams.CURSOR_MARK_START;
            while (true) {
                ofBlocked.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
                QueryResponse page = solr.client().query(solr.collection(), ofBlocked);
                for (SolrDocument doc : page.getResults()) {
                    String id = String.valueOf(doc.getFirstValue(Schema.ID));
                    for (FacetField field : PlaceDerivation.FIELDS) {
                        Set<String> taken =
                                aliases.withdrawn(field, texts(doc, placeField), texts(doc, SolrFields.of(field)));
                        taken.forEach(value -> withdrawn
                                .computeIfAbsent(field, f -> new HashMap<>())
                                .computeIfAbsent(value, v -> new LinkedHashSet<>())
                                .add(id));
                    }
                }
                String next = page.getNextCursorMark();
                if (next == null || next.equals(mark)) {
                    return withdrawn;
                }
                mark = next;
            }
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading the articles of blocked places from " + solr.collection(), e);
        }
    }

    private static List<String> texts(SolrDocument doc, String field) {
        var values = doc.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private Stamp stamp() throws IOException {
        IndexStatus now = SolrCollectionStatus.counted(solr);
        return new Stamp(now.articles(), now.generation());
    }

    /** @param names the people of the last reading, taken apart, reused where they are still there */
    static Values readValues(SolrConnection solr, PersonVariants.NamesTakenApart names) throws IOException {
        // In value order, as Lucene's facet ordinals list them, so that both engines merge alike; the one article
        // asked for is the newest.
        SolrQuery all = new SolrQuery("*:*")
                .setRows(1)
                .setFields(Schema.PUBLISHED)
                .addSort(Schema.PUBLISHED, SolrQuery.ORDER.desc)
                .setFacet(true)
                .setFacetLimit(-1)
                .setFacetMinCount(1)
                .setFacetSort("index");
        Map<FacetField, List<String>> values = new EnumMap<>(FacetField.class);
        Map<FacetField, Map<String, Long>> articles = new EnumMap<>(FacetField.class);
        for (FacetField field : FacetField.values()) {
            all.addFacetField(SolrFields.of(field));
        }
        try {
            QueryResponse response = solr.client().query(solr.collection(), all);
            for (FacetField field : FacetField.values()) {
                articles.put(field, counts(response, field));
                values.put(field, List.copyOf(articles.get(field).keySet()));
            }
            Map<String, Long> articlesPerOrganization = counts(response, FacetField.ORG);
            long archive = response.getResults().getNumFound();
            SolrOrganizationsOfPeople namedWithPeople = new SolrOrganizationsOfPeople(solr);
            List<AutomaticMerge> merges = new ArrayList<>(PersonVariants.automatic(
                    counts(response, FacetField.PERSON),
                    names,
                    namedWithPeople.distinctive(articlesPerOrganization, archive),
                    namedWithPeople
                            .company()
                            .distinctive(PersonVariants.CompanyOfPeople.articlesPerNamed(articles), archive)));
            merges.addAll(OrganizationVariants.automatic(
                    articlesPerOrganization, new SolrNamedTogether(solr, FacetField.ORG)));
            merges.addAll(PlaceVariants.automatic(articles.get(FacetField.PLACE)));
            return new Values(values, articles, merges, newestPublished(response));
        } catch (SolrServerException | RuntimeException e) {
            throw new SolrFailure("reading entity values from " + solr.collection(), e);
        }
    }

    private static Instant newestPublished(QueryResponse response) {
        var docs = response.getResults();
        Object published = docs.isEmpty() ? null : docs.getFirst().getFirstValue(Schema.PUBLISHED);
        return published instanceof Date date ? date.toInstant() : null;
    }

    private static Map<String, Long> counts(QueryResponse response, FacetField field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        var facet = response.getFacetField(SolrFields.of(field));
        if (facet != null && facet.getValues() != null) {
            for (Count count : facet.getValues()) {
                counts.put(count.getName(), count.getCount());
            }
        }
        return counts;
    }
}
