package dev.lede.eval;

import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.PlaceResolver;
import dev.lede.model.AutomaticMerge;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import dev.lede.model.OrganizationVariants;
import dev.lede.model.PersonVariants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Whether Lede merges the pairs of the name-variants file it should, and no other: each pair is put to the rule that
 * merges that kind of name as an archive holding just the two names, one article each.
 */
public final class NameVariantsEvaluation {

    /** Per kind: "same" pairs merged, "different" pairs merged (wrong), and the pairs that went wrong. */
    public record KindResult(
            String kind, int same, int sameMerged, int different, int wrongMerges, List<String> misses) {}

    /** The results per kind, in the file's order of kinds. */
    public record Result(List<KindResult> kinds) {

        public int wrongMerges() {
            return kinds.stream().mapToInt(KindResult::wrongMerges).sum();
        }

        /** The share of "different" pairs merged. */
        public double wrongMergedShare() {
            int different = kinds.stream().mapToInt(KindResult::different).sum();
            return different == 0 ? 0 : (double) wrongMerges() / different;
        }

        public double sameMergedShare() {
            int same = kinds.stream().mapToInt(KindResult::same).sum();
            int merged = kinds.stream().mapToInt(KindResult::sameMerged).sum();
            return same == 0 ? 0 : (double) merged / same;
        }
    }

    private final Map<String, BiPredicate<String, String>> rules;

    /** @param rules per kind of the file ("person", "org", "place"), whether Lede takes two names for one */
    public NameVariantsEvaluation(Map<String, BiPredicate<String, String>> rules) {
        this.rules = rules;
    }

    public Result run(List<NameVariantPairs.Pair> pairs) {
        Map<String, List<NameVariantPairs.Pair>> byKind = new LinkedHashMap<>();
        pairs.forEach(
                p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
        List<KindResult> results = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            BiPredicate<String, String> rule = rules.get(kind);
            if (rule != null) {
                results.add(score(kind, list, rule));
            }
        });
        return new Result(results);
    }

    private static KindResult score(String kind, List<NameVariantPairs.Pair> pairs, BiPredicate<String, String> rule) {
        int same = 0;
        int sameMerged = 0;
        int different = 0;
        int wrong = 0;
        List<String> misses = new ArrayList<>();
        for (NameVariantPairs.Pair pair : pairs) {
            boolean merged = rule.test(pair.a(), pair.b());
            if (pair.same()) {
                same++;
                sameMerged += merged ? 1 : 0;
            } else {
                different++;
                wrong += merged ? 1 : 0;
            }
            if (merged != pair.same()) {
                misses.add((merged ? "merged: " : "not merged: ") + pair.a() + " / " + pair.b() + " (" + pair.note()
                        + ")");
            }
        }
        return new KindResult(kind, same, sameMerged, different, wrong, misses);
    }

    /** Lede's rules for the three kinds of the file; places are resolved with Lede's gazetteer. */
    public static NameVariantsEvaluation withLedesRules(Gazetteer gazetteer) {
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        return new NameVariantsEvaluation(Map.of(
                "person",
                NameVariantsEvaluation::samePerson,
                "org",
                NameVariantsEvaluation::sameOrganization,
                "place",
                (a, b) -> samePlace(resolver, a, b)));
    }

    /** Whether both names, each alone in an article, resolve to one place. */
    static boolean samePlace(PlaceResolver resolver, String a, String b) {
        List<String> first = resolver.resolve(List.of(a), null).places();
        List<String> second = resolver.resolve(List.of(b), null).places();
        return !first.isEmpty() && first.equals(second);
    }

    /**
     * Whether {@link OrganizationVariants} shows the two names as one, in an archive of just them where an article
     * names both (the evidence an acronym needs, as a story that spells it out gives it).
     */
    public static boolean sameOrganization(String a, String b) {
        return sameInArchive(FacetField.ORG, OrganizationVariants.automatic(archiveOf(a, b), (x, y) -> 1), a, b);
    }

    private static Map<String, Long> archiveOf(String a, String b) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(a, 1L);
        counts.put(b, 1L);
        return counts;
    }

    private static boolean sameInArchive(FacetField field, List<AutomaticMerge> merges, String a, String b) {
        EntityAliases aliases = new EntityAliases(merges, List.of(), NameAliases.NONE);
        return aliases.canonical(field, a).equals(aliases.canonical(field, b));
    }

    /**
     * Whether {@link PersonVariants} shows the two names as one, in an archive of just them where an organisation is
     * named with each (the evidence a familiar given name needs, as two stories about one person give it).
     */
    public static boolean samePerson(String a, String b) {
        return sameInArchive(
                FacetField.PERSON,
                PersonVariants.automatic(archiveOf(a, b), NameVariantsEvaluation::oneOrganizationEach),
                a,
                b);
    }

    private static Map<String, Set<String>> oneOrganizationEach(Collection<String> people) {
        Map<String, Set<String>> organizations = new HashMap<>();
        people.forEach(person -> organizations.put(person, Set.of("the organisation of both")));
        return organizations;
    }
}
