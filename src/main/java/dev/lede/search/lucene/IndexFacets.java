package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.AutomaticMerge;
import dev.lede.model.CurationChange;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import dev.lede.model.OrganizationVariants;
import dev.lede.model.PersonVariants;
import dev.lede.model.PlaceVariants;
import dev.lede.model.TypedInAnyCase;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;

/**
 * What facet counting needs from one index snapshot: Lucene's ordinal state, the automatic merges of person and
 * organisation variants found over all its values, every value by field, and — combined with the curation log — the
 * aliases a search applies and their {@link CanonicalOrdinals}. {@link #prepare} builds all of it while a new snapshot
 * is opened, before any search can see that snapshot, so that no search waits for it; each snapshot's state is
 * dropped when its reader closes.
 */
final class IndexFacets {

    /** Threads for the parts of a new snapshot's state that do not depend on each other; idle ones end. */
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(work -> {
        Thread helper = new Thread(work, "lede-snapshot-helper");
        helper.setDaemon(true);
        return helper;
    });

    private final FacetsConfig facetsConfig;
    private final HeapOrdinals heapOrdinals;
    private final WithdrawnValues withdrawnValues = new WithdrawnValues();
    private final PersonVariants.NamesTakenApart personNames = new PersonVariants.NamesTakenApart();
    private final ArticlesPerValue articlesPerValue;
    private final ValueNames valueNames = new ValueNames();
    private final Map<IndexReader.CacheKey, Snapshot> byReader = new ConcurrentHashMap<>();
    private volatile Snapshot latest;
    /** The ordinal table built last, whose segments' whole counts the next one takes over where they still hold. */
    private volatile CanonicalOrdinals latestTable;

    IndexFacets(FacetsConfig facetsConfig) {
        this(facetsConfig, HeapOrdinals.DEFAULT_MAX_ORDINALS);
    }

    /** @param maxHeapOrdinals how many facet ordinals may be copied onto the heap for counting (0: none) */
    IndexFacets(FacetsConfig facetsConfig, long maxHeapOrdinals) {
        this.facetsConfig = facetsConfig;
        this.heapOrdinals = new HeapOrdinals(indexField(facetsConfig), maxHeapOrdinals);
        this.articlesPerValue = new ArticlesPerValue(heapOrdinals);
    }

    private static String indexField(FacetsConfig facetsConfig) {
        return facetsConfig.getDimConfig(Schema.DIM_PERSON).indexFieldName;
    }

    /** One snapshot's facet state, with the aliases and ordinal table of the curation log last asked for. */
    final class Snapshot {
        private final SortedSetDocValuesReaderState state;
        private final List<AutomaticMerge> automatic;
        private final Map<FacetField, List<String>> values;
        private volatile Curated curated;

        /** @param state {@code null} while no article has a facet value */
        private Snapshot(
                SortedSetDocValuesReaderState state,
                List<AutomaticMerge> automatic,
                Map<FacetField, List<String>> values) {
            this.state = state;
            this.automatic = automatic;
            this.values = values;
        }

        /** {@code null} while no article has a facet value. */
        SortedSetDocValuesReaderState state() {
            return state;
        }

        /** Every indexed value of {@code field}, for resolving names typed in a query. */
        List<String> values(FacetField field) {
            return values.getOrDefault(field, List.of());
        }

        /** Automatic merges first, then the log, so that a person's split or rename wins. */
        Curated curated(List<CurationChange> log) throws IOException {
            Curated last = curated;
            if (last != null && last.log() == log) {
                return last;
            }
            EntityAliases curatedAliases =
                    new EntityAliases(automatic, log, new TypedInAnyCase(values, NameAliases.installed()));
            List<WithdrawnValues.Withdrawal> withdrawn = withdrawn(curatedAliases);
            EntityAliases aliases = withdrawn.isEmpty()
                    ? curatedAliases
                    : curatedAliases.withWithdrawnValues(WithdrawnValues.articlesByValue(withdrawn));
            CanonicalOrdinals table =
                    state == null ? null : CanonicalOrdinals.of(state, values, aliases, heapOrdinals, withdrawn);
            CanonicalOrdinals before = latestTable;
            if (table != null && before != null) {
                table.keepWholeSegmentCounts(before);
            }
            if (table != null) {
                latestTable = table;
            }
            Curated fresh = new Curated(log, aliases, table);
            curated = fresh;
            return fresh;
        }

        /** The countries and regions only blocked places brought to this snapshot's articles under {@code aliases}. */
        List<WithdrawnValues.Withdrawal> withdrawn(EntityAliases aliases) throws IOException {
            return state == null
                    ? List.of()
                    : withdrawnValues.find(state.getReader(), facetsConfig, aliases, values(FacetField.PLACE));
        }
    }

    /** @param ordinals {@code null} while no article has a facet value */
    record Curated(List<CurationChange> log, EntityAliases aliases, CanonicalOrdinals ordinals) {}

    /**
     * Builds the state of the snapshot {@code reader} opens, with the aliases of {@code log}; called off the request
     * path. What the aliases and ordinal table need besides the snapshot's values — the other names of places (read
     * from the gazetteer once per process) and the heap copies of new segments — is read on helper threads meanwhile,
     * which shortens a server's start on a large index by using the second core.
     */
    void prepare(IndexReader reader, List<CurationChange> log) throws IOException {
        List<Future<?>> ahead =
                List.of(HELPERS.submit(NameAliases::installed), HELPERS.submit(() -> copyToHeap(reader)));
        Snapshot snapshot = of(reader);
        for (Future<?> work : ahead) {
            awaitQuietly(work);
        }
        snapshot.curated(log);
    }

    private Void copyToHeap(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            heapOrdinals.of(leaf.reader());
        }
        return null;
    }

    /** Waits for work done ahead; if it failed, the same work is done again where it is needed and fails there. */
    private static void awaitQuietly(Future<?> work) throws InterruptedIOException {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while a new index snapshot was prepared");
        } catch (ExecutionException failedAhead) {
            // read again by the curated state, which reports the failure
        }
    }

    /** The state of {@code reader}'s snapshot, built here only if {@link #prepare} has not built it. */
    Snapshot of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        if (cache == null) {
            return build(reader);
        }
        Snapshot known = byReader.get(cache.getKey());
        if (known != null) {
            return known;
        }
        Snapshot built = build(reader);
        Snapshot raced = byReader.putIfAbsent(cache.getKey(), built);
        if (raced == null) {
            cache.addClosedListener(byReader::remove);
            return built;
        }
        return raced;
    }

    /** The aliases in force for {@code reader}'s snapshot under {@code log}. */
    EntityAliases aliases(IndexReader reader, List<CurationChange> log) throws IOException {
        return of(reader).curated(log).aliases();
    }

    /** The ordinal table of {@code reader}'s snapshot for exactly {@code aliases}, or {@code null} without values. */
    CanonicalOrdinals ordinals(IndexReader reader, EntityAliases aliases) throws IOException {
        Curated curated = of(reader).curated;
        if (curated != null && curated.aliases() == aliases) {
            return curated.ordinals();
        }
        Snapshot snapshot = of(reader);
        return snapshot.state() == null
                ? null
                : CanonicalOrdinals.of(
                        snapshot.state(), snapshot.values, aliases, heapOrdinals, snapshot.withdrawn(aliases));
    }

    /** How many facet ordinals the heap copies of open segments hold. */
    long heldOnHeap() {
        return heapOrdinals.held();
    }

    /** The last snapshot built, or {@code null} before the first. */
    Snapshot latest() {
        return latest;
    }

    private Snapshot build(IndexReader reader) throws IOException {
        Snapshot built = buildState(reader);
        latest = built;
        return built;
    }

    private Snapshot buildState(IndexReader reader) throws IOException {
        String field = indexField(facetsConfig);
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
        if (info == null) {
            return new Snapshot(null, List.of(), Map.of());
        }
        var state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        Map<FacetField, List<String>> values = valueNames.of(state);
        long[] articles = articlesPerValue.perOrdinal(state);
        List<AutomaticMerge> automatic = new ArrayList<>();
        try {
            Map<FacetField, Map<String, Long>> articlesPerValue = new EnumMap<>(FacetField.class);
            for (FacetField kind : PersonVariants.CompanyOfPeople.FIELDS) {
                articlesPerValue.put(kind, counts(state, values, articles, kind));
            }
            Map<String, Long> articlesPerOrganization = articlesPerValue.get(FacetField.ORG);
            automatic.addAll(PersonVariants.automatic(
                    articlesPerValue.get(FacetField.PERSON),
                    personNames,
                    organizationsOfPeople(reader).distinctive(articlesPerOrganization, reader.numDocs()),
                    companyOfPeople(reader)
                            .distinctive(
                                    PersonVariants.CompanyOfPeople.articlesPerNamed(articlesPerValue),
                                    reader.numDocs())));
            automatic.addAll(
                    OrganizationVariants.automatic(articlesPerOrganization, namedTogether(reader, FacetField.ORG)));
            automatic.addAll(PlaceVariants.automatic(articlesPerValue.get(FacetField.PLACE)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Snapshot(state, automatic, values);
    }

    /** The organisations named in the live articles of each person asked about. */
    private PersonVariants.OrganizationsOfPeople organizationsOfPeople(IndexReader reader) {
        String personDimension = Schema.dimension(FacetField.PERSON);
        String organizationDimension = Schema.dimension(FacetField.ORG);
        String personField = facetsConfig.getDimConfig(personDimension).indexFieldName;
        String organizationField = facetsConfig.getDimConfig(organizationDimension).indexFieldName;
        return people -> {
            Map<String, Set<String>> organizations = new HashMap<>();
            try {
                for (String person : people) {
                    Term articles = DrillDownQuery.term(personField, personDimension, person);
                    organizations.put(
                            person, ValuesNamedWith.of(reader, articles, organizationField, organizationDimension));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return organizations;
        };
    }

    /** The people, places and organisations named in the live articles of each person asked about. */
    private PersonVariants.CompanyOfPeople companyOfPeople(IndexReader reader) {
        String personDimension = Schema.dimension(FacetField.PERSON);
        String personField = facetsConfig.getDimConfig(personDimension).indexFieldName;
        Map<String, FacetField> named = new HashMap<>();
        for (FacetField field : PersonVariants.CompanyOfPeople.FIELDS) {
            if (!facetsConfig
                    .getDimConfig(Schema.dimension(field))
                    .indexFieldName
                    .equals(personField)) {
                throw new IllegalStateException("the " + field + " facet is not held with the people");
            }
            named.put(Schema.dimension(field), field);
        }
        return people -> {
            Map<String, Set<String>> company = new HashMap<>();
            try {
                for (String person : people) {
                    Term articles = DrillDownQuery.term(personField, personDimension, person);
                    company.put(person, ValuesNamedWith.of(reader, articles, personField, (dimension, value) -> {
                        FacetField field = named.get(dimension);
                        return field == null ? null : PersonVariants.CompanyOfPeople.named(field, value);
                    }));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return company;
        };
    }

    /** How many live articles of {@code reader} hold both values of {@code field}. */
    private OrganizationVariants.NamedTogether namedTogether(IndexReader reader, FacetField field) {
        String dimension = Schema.dimension(field);
        String indexField = facetsConfig.getDimConfig(dimension).indexFieldName;
        return (first, second) -> {
            try {
                return PostingsOverlap.count(
                        reader,
                        DrillDownQuery.term(indexField, dimension, first),
                        DrillDownQuery.term(indexField, dimension, second));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** How many live articles use each value of {@code field}, in index order, leaving out values none use now. */
    private static Map<String, Long> counts(
            SortedSetDocValuesReaderState state,
            Map<FacetField, List<String>> values,
            long[] articlesPerOrdinal,
            FacetField field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        OrdRange range = state.getOrdRange(Schema.dimension(field));
        if (range != null) {
            List<String> names = values.get(field);
            for (int i = 0; i < names.size(); i++) {
                long articles = articlesPerOrdinal[range.start() + i];
                if (articles > 0) {
                    counts.put(names.get(i), articles);
                }
            }
        }
        return counts;
    }
}
