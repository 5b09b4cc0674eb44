package dev.lede.model;

import java.util.HashSet;
import java.util.Set;

/** The fields a government divides its work into, as news names ministers and departments after them. */
public final class GovernmentFields {

    /**
     * Fields a minister or a secretary is named after ("Energy Secretary", "Finance Minister"). "Labour" is left out,
     * a party as much as a portfolio.
     */
    public static final Set<String> PORTFOLIOS = Set.of(
            "agriculture",
            "commerce",
            "communications",
            "culture",
            "defence",
            "defense",
            "development",
            "economy",
            "education",
            "employment",
            "energy",
            "environment",
            "finance",
            "fisheries",
            "foreign",
            "health",
            "housing",
            "industry",
            "information",
            "interior",
            "justice",
            "sport",
            "sports",
            "tourism",
            "trade",
            "transport",
            "transportation",
            "welfare");

    /** Bodies that go by their field alone and keep that name before a title ("the Treasury", "Treasury Secretary"). */
    public static final Set<String> BODIES_NAMED_BY_THEIR_FIELD = Set.of("treasury", "customs");

    /** Every word that alone names a department: a portfolio or such a body ("Energy", "Treasury"). */
    public static final Set<String> DEPARTMENT_NAMES = union(PORTFOLIOS, BODIES_NAMED_BY_THEIR_FIELD);

    private GovernmentFields() {}

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new HashSet<>(one);
        all.addAll(other);
        return Set.copyOf(all);
    }
}
