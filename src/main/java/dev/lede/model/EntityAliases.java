package dev.lede.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final NameAliases known;

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
        Set<String> members = new LinkedHashSet<>();
        members.add(canonical);
        for (String value : renamed.getOrDefault(field, Map.of()).keySet()) {
            if (canonical(field, value).equals(canonical)) {
                members.add(value);
            }
        }
        return List.copyOf(members);
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

    /** How many indexed values are renamed or blocked in {@code field}: facet counting looks that much deeper. */
    public int curatedValueCount(FacetField field) {
        return renamed.getOrDefault(field, Map.of()).size()
                + blocked.getOrDefault(field, Set.of()).size();
    }

    /** The article with its entities as curation shows them. */
    public ArticleView shown(ArticleView article) {
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
                shown(FacetField.COUNTRY, article.countries()),
                shown(FacetField.ORG, article.orgs()),
                article.mentionedDates(),
                article.dateline() == null ? null : canonical(FacetField.PLACE, article.dateline()),
                article.regions());
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
