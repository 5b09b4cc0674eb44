package dev.lede.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the curation log means for each facet field: which indexed value shows as which name, and which values are
 * blocked. Built by replaying the log in order, so a later change wins and undoing one is replaying without it.
 */
public final class EntityAliases {

    public static final EntityAliases NONE = new EntityAliases(List.of());

    /** Longest chain of renames and merges followed; a longer one can only be a cycle. */
    private static final int MAX_HOPS = 64;

    private final Map<FacetField, Map<String, String>> renamed = new EnumMap<>(FacetField.class);
    private final Map<FacetField, Set<String>> blocked = new EnumMap<>(FacetField.class);
    private final Map<FacetField, Map<String, AutomaticMerge>> automatic = new EnumMap<>(FacetField.class);
    /** By field, the renamed values that show as each name, in the order they were renamed; built when first asked. */
    private final Map<FacetField, Map<String, List<String>>> renamedTo = new ConcurrentHashMap<>();
    /** By field, {@link #curatorChangedValueCount}, counted when first asked (searches ask it every time). */
    private final Map<FacetField, Integer> curatorChanged = new ConcurrentHashMap<>();

    private final NameAliases known;
    /** What each place value brings to an article, asked of {@link #known} once per value. */
    private final Map<String, PlaceDerivation> derivations = new ConcurrentHashMap<>();
    /**
     * By field ({@link PlaceDerivation#FIELDS}) and indexed value: the articles that hold it only through blocked
     * places, so show, count and match without it; filled by the search backend from its index.
     */
    private final Map<FacetField, Map<String, Set<String>>> withdrawnArticles;
    /** By field, how many articles of the whole index hold each value, where the search backend said so. */
    private final Map<FacetField, Map<String, Long>> articlesByValue;

    public EntityAliases(List<CurationChange> log) {
        this(List.of(), log, NameAliases.NONE);
    }

    /**
     * Automatic merges first, then the curation log, so that a curator's split or rename wins.
     *
     * @param known other names of values that are not in the index, for names a user types
     */
    public EntityAliases(List<AutomaticMerge> automaticMerges, List<CurationChange> log, NameAliases known) {
        this.known = known;
        this.withdrawnArticles = Map.of();
        this.articlesByValue = Map.of();
        List<CurationChange> all = new ArrayList<>();
        for (AutomaticMerge merge : automaticMerges) {
            automatic.computeIfAbsent(merge.field(), f -> new LinkedHashMap<>()).put(merge.value(), merge);
            all.add(merge.change());
        }
        all.addAll(log);
        for (CurationChange change : all) {
            Map<String, String> names = renamed.computeIfAbsent(change.field(), f -> new LinkedHashMap<>());
            switch (change.action()) {
                case MERGE, RENAME -> {
                    if (!change.value().equals(change.target())) {
                        names.put(change.value(), change.target());
                    }
                }
                case SPLIT -> names.remove(change.value());
                case BLOCK ->
                    blocked.computeIfAbsent(change.field(), f -> new HashSet<>())
                            .add(change.value());
            }
        }
    }

    private EntityAliases(
            EntityAliases curated,
            Map<FacetField, Map<String, Set<String>>> withdrawnArticles,
            Map<FacetField, Map<String, Long>> articlesByValue) {
        this.known = curated.known;
        this.renamed.putAll(curated.renamed);
        this.blocked.putAll(curated.blocked);
        this.automatic.putAll(curated.automatic);
        this.withdrawnArticles = Map.copyOf(withdrawnArticles);
        this.articlesByValue = Map.copyOf(articlesByValue);
    }

    /** These aliases, with how many articles of the whole index hold each value, as the search backend counted. */
    public EntityAliases withArticleCounts(Map<FacetField, Map<String, Long>> articlesByValue) {
        return new EntityAliases(this, withdrawnArticles, articlesByValue);
    }

    /**
     * At most how many articles of a search hold the indexed value: those of the whole index, when the backend gave
     * them ({@link #withArticleCounts}); otherwise no bound.
     */
    public long articlesAtMost(FacetField field, String value) {
        return articlesByValue.getOrDefault(field, Map.of()).getOrDefault(value, Long.MAX_VALUE);
    }

    /**
     * These aliases, with the articles whose countries and regions a blocked place alone brought ({@link #withdrawn}),
     * as the search backend found them in its index: by field and indexed value, the ids of those articles.
     */
    public EntityAliases withWithdrawnValues(Map<FacetField, Map<String, Set<String>>> withdrawn) {
        return new EntityAliases(this, withdrawn, articlesByValue);
    }

    /** The ids of the articles that hold the indexed {@code value} of {@code field} only through a blocked place. */
    public Set<String> articlesWithdrawnFrom(FacetField field, String value) {
        return withdrawnArticles.getOrDefault(field, Map.of()).getOrDefault(value, Set.of());
    }

    /**
     * Whether a blocked place took one of these values of {@code field} from some article, so that a count of the
     * articles that hold them as indexed is too high.
     */
    public boolean withdrawnFromAny(FacetField field, List<String> values) {
        Map<String, Set<String>> withdrawn = withdrawnArticles.getOrDefault(field, Map.of());
        return !withdrawn.isEmpty() && values.stream().anyMatch(withdrawn::containsKey);
    }

    /** Whether some blocked place may have brought a country or region to an article. */
    public boolean blocksDerivedPlaces() {
        return !blocked.getOrDefault(FacetField.PLACE, Set.of()).isEmpty();
    }

    /**
     * The countries or regions ({@code field}, one of {@link PlaceDerivation#FIELDS}) of an article that only its
     * blocked places brought: a blocked place ("Las Vegas" extracted from "Old Town") takes its country and region
     * away with it, unless the article names that country or region itself or another place in it that is not blocked.
     *
     * @param places the article's indexed place values
     * @param values its indexed values of {@code field}
     */
    public Set<String> withdrawn(FacetField field, List<String> places, List<String> values) {
        if (!PlaceDerivation.FIELDS.contains(field) || !blocksDerivedPlaces() || values.isEmpty()) {
            return Set.of();
        }
        Set<String> fromBlocked = new HashSet<>();
        Set<String> fromOthers = new HashSet<>();
        for (String place : places) {
            List<String> brought =
                    derivations.computeIfAbsent(place, known::derivedFrom).values(field);
            (isBlocked(FacetField.PLACE, place) ? fromBlocked : fromOthers).addAll(brought);
        }
        fromBlocked.removeAll(fromOthers);
        fromBlocked.retainAll(values);
        return fromBlocked;
    }

    /** The name an indexed value shows as. */
    public String canonical(FacetField field, String value) {
        Map<String, String> names = renamed.getOrDefault(field, Map.of());
        String current = value;
        for (int hop = 0; hop < MAX_HOPS && names.containsKey(current); hop++) {
            current = names.get(current);
        }
        return current;
    }

    /** Every indexed value that shows as {@code name}, the name itself first. */
    public List<String> members(FacetField field, String name) {
        String canonical = canonical(field, name);
        List<String> renamedValues = renamedTo(field).get(canonical);
        if (renamedValues == null) {
            return List.of(canonical);
        }
        Set<String> members = new LinkedHashSet<>();
        members.add(canonical);
        members.addAll(renamedValues);
        return List.copyOf(members);
    }

    private Map<String, List<String>> renamedTo(FacetField field) {
        return renamedTo.computeIfAbsent(field, this::renamedByName);
    }

    private Map<String, List<String>> renamedByName(FacetField field) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (String value : renamed.getOrDefault(field, Map.of()).keySet()) {
            byName.computeIfAbsent(canonical(field, value), k -> new ArrayList<>())
                    .add(value);
        }
        return byName;
    }

    /**
     * The names a typed name stands for: its own canonical name, then those of the values it is another name of
     * ("Bombay" → "Mumbai"), each once.
     */
    public List<String> typed(FacetField field, String typed) {
        Set<String> names = new LinkedHashSet<>();
        names.add(canonical(field, typed));
        for (String value : known.valuesNamed(field, typed)) {
            names.add(canonical(field, value));
        }
        return List.copyOf(names);
    }

    /**
     * Every indexed value a typed name finds: the members of each name it stands for, blocked values left out (a
     * blocked value is no entity, so filtering by it finds nothing); empty when there are none.
     */
    public List<String> membersOfTyped(FacetField field, String typed) {
        Set<String> members = new LinkedHashSet<>();
        for (String name : typed(field, typed)) {
            members.addAll(members(field, name));
        }
        members.removeIf(member -> isBlocked(field, member));
        return List.copyOf(members);
    }

    /** The known other names of {@code name} and of every indexed value shown as it ("Bombay" for "Mumbai"). */
    public List<String> otherNames(FacetField field, String name) {
        Set<String> names = new LinkedHashSet<>();
        for (String member : members(field, name)) {
            names.addAll(known.otherNames(field, member));
        }
        return List.copyOf(names);
    }

    /** The other indexed values shown as {@code name}. */
    public List<String> aliases(FacetField field, String name) {
        List<String> members = members(field, name);
        return members.subList(1, members.size());
    }

    /** Why each alias of {@code name} that Lede merged on its own (and no curator changed since) shows under it. */
    public List<MergeReason> mergeReasons(FacetField field, String name) {
        Map<String, AutomaticMerge> merges = automatic.getOrDefault(field, Map.of());
        Map<String, String> names = renamed.getOrDefault(field, Map.of());
        List<MergeReason> reasons = new ArrayList<>();
        for (String alias : aliases(field, name)) {
            AutomaticMerge merge = merges.get(alias);
            if (merge != null && merge.target().equals(names.get(alias))) {
                reasons.add(new MergeReason(alias, "merged because " + merge.reason()));
            }
        }
        return reasons;
    }

    public boolean isBlocked(FacetField field, String value) {
        Set<String> values = blocked.getOrDefault(field, Set.of());
        return values.contains(value) || values.contains(canonical(field, value));
    }

    /**
     * How many indexed values the curation log itself renamed or blocked in {@code field}, automatic merges left out
     * (an engine that checks which merged values could reach its top looks this much deeper, not thousands deeper).
     */
    public int curatorChangedValueCount(FacetField field) {
        return curatorChanged.computeIfAbsent(field, this::countCuratorChanges);
    }

    private int countCuratorChanges(FacetField field) {
        Map<String, AutomaticMerge> merged = automatic.getOrDefault(field, Map.of());
        int renamedByCurator = 0;
        for (String value : renamed.getOrDefault(field, Map.of()).keySet()) {
            renamedByCurator += merged.containsKey(value) ? 0 : 1;
        }
        return renamedByCurator + blocked.getOrDefault(field, Set.of()).size();
    }

    /** The names of {@code field} that some other indexed value shows as, each with those values. */
    public Map<String, List<String>> renamedValuesByName(FacetField field) {
        return Collections.unmodifiableMap(renamedTo(field));
    }

    /** How many indexed values are renamed or blocked in {@code field}: facet counting looks that much deeper. */
    public int curatedValueCount(FacetField field) {
        return renamed.getOrDefault(field, Map.of()).size()
                + blocked.getOrDefault(field, Set.of()).size();
    }

    /**
     * The article with its entities as curation shows them: without the countries and regions only its blocked places
     * brought.
     */
    public ArticleView shown(ArticleView article) {
        List<String> countries = new ArrayList<>(article.countries());
        countries.removeAll(withdrawn(FacetField.COUNTRY, article.places(), article.countries()));
        List<String> regions = new ArrayList<>(article.regions());
        regions.removeAll(withdrawn(FacetField.REGION, article.places(), article.regions()));
        return new ArticleView(
                article.id(),
                article.title(),
                article.body(),
                article.published(),
                article.source(),
                article.url(),
                article.author(),
                shown(FacetField.PERSON, article.people()),
                shown(FacetField.PLACE, article.places()),
                shown(FacetField.COUNTRY, countries),
                shown(FacetField.ORG, article.orgs()),
                article.mentionedDates(),
                article.dateline() == null ? null : canonical(FacetField.PLACE, article.dateline()),
                shown(FacetField.REGION, regions),
                Map.of());
    }

    /**
     * The article as a reader opens it: {@link #shown(ArticleView) shown}, with the other names its text calls its
     * people, places, countries and organisations by (the indexed values shown under each, and a place's known
     * other names).
     */
    public ArticleView opened(ArticleView article) {
        ArticleView shown = shown(article);
        Map<String, List<String>> names = new LinkedHashMap<>();
        otherNamesOf(FacetField.PERSON, shown.people(), names);
        otherNamesOf(FacetField.PLACE, shown.places(), names);
        otherNamesOf(FacetField.COUNTRY, shown.countries(), names);
        otherNamesOf(FacetField.ORG, shown.orgs(), names);
        return shown.withWrittenAs(WrittenNames.in(shown.title() + "\n" + shown.body(), names));
    }

    private void otherNamesOf(FacetField field, List<String> values, Map<String, List<String>> names) {
        for (String value : values) {
            List<String> known = names.computeIfAbsent(value, v -> new ArrayList<>());
            known.addAll(aliases(field, value));
            known.addAll(otherNames(field, value));
        }
    }

    /** {@code values} as shown: renamed, blocked ones left out, each name once, in first-seen order. */
    public List<String> shown(FacetField field, List<String> values) {
        Set<String> shown = new LinkedHashSet<>();
        for (String value : values) {
            if (!isBlocked(field, value)) {
                shown.add(canonical(field, value));
            }
        }
        return new ArrayList<>(shown);
    }
}
