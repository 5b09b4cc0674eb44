package dev.lede.search.solr;

import dev.lede.index.Schema;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.search.EntityMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.SolrQuery;

/**
 * The entity terms of a query ({@code person:}, {@code place:}, {@code country:}, {@code region:}, {@code org:},
 * {@code source:}), resolved
 * as the Lucene engine resolves them (the shared {@link EntityMatcher}: a surname, another spelling, an old name, a
 * {@code zel*} prefix, merged values) and written back as the exact values Solr's entity fields hold; a country or
 * region leaves out the articles only a blocked place brought it to ({@link EntityAliases#articlesWithdrawnFrom}).
 */
final class SolrEntityTerms {

    private static final Pattern TERM = Pattern.compile("(?<![\\p{L}\\p{N}_.:])("
            + Arrays.stream(FacetField.values()).map(FacetField::parameter).collect(Collectors.joining("|"))
            + "):(\"[^\"]*\"|[^\\s()\"]+)");

    /** Matches nothing: no entity value is a lone control character. */
    private static final String NO_VALUE = "\"\\u0001\"";

    /**
     * Edismax's nested-query field, which only Lede's own rewriting may use: a user's is made plain text, so that no
     * query typed in the search box reaches Solr's other query parsers.
     */
    private static final String NESTED = "_query_";

    private static final Pattern TYPED_NESTED = Pattern.compile("(?i)" + NESTED + "(\\s*):");
    private static final String WITHDRAWN_IDS = "lede.withdrawn.";
    private static final String WITHDRAWN_SEPARATOR = "lede.withdrawnSeparator";

    private SolrEntityTerms() {}

    static boolean mentionsAny(String query) {
        return query != null && TERM.matcher(query).find();
    }

    /**
     * A copy of {@code query} with each entity term of its keywords replaced by the values it means, or by a term that
     * matches nothing; the articles a country is withdrawn from travel in parameters of their own, any number of them.
     */
    static SolrQuery resolve(SolrQuery query, EntityMatcher matcher, EntityAliases aliases) {
        List<Set<String>> withdrawn = new ArrayList<>();
        String text = resolve(query.getQuery(), matcher, aliases, withdrawn);
        SolrQuery resolved = query.getCopy().setQuery(text);
        if (!withdrawn.isEmpty()) {
            String separator = String.valueOf(SolrSearchQuery.separatorFor(
                    withdrawn.stream().flatMap(Set::stream).toList()));
            resolved.set("uf", query.get("uf") + " " + NESTED);
            resolved.set(WITHDRAWN_SEPARATOR, separator);
            for (int i = 0; i < withdrawn.size(); i++) {
                resolved.set(WITHDRAWN_IDS + i, String.join(separator, withdrawn.get(i)));
            }
        }
        return resolved;
    }

    /** {@code query} with each entity term replaced, for a collection where curation withdrew no country. */
    static String resolve(String query, EntityMatcher matcher) {
        return resolve(query, matcher, EntityAliases.NONE, new ArrayList<>());
    }

    private static String resolve(
            String query, EntityMatcher matcher, EntityAliases aliases, List<Set<String>> withdrawn) {
        String plain = TYPED_NESTED
                .matcher(query)
                .replaceAll(typed -> Matcher.quoteReplacement(
                        typed.group().substring(0, typed.group().length() - 1) + "\\:"));
        return TERM.matcher(plain).replaceAll(term -> {
            FacetField field = FacetField.byParameter(term.group(1)).orElseThrow();
            List<String> values = values(matcher, field, term.group(2));
            return Matcher.quoteReplacement(anyOf(field, values, aliases, withdrawn));
        });
    }

    private static List<String> values(EntityMatcher matcher, FacetField field, String written) {
        if (written.startsWith("\"")) {
            return matcher.exact(field, written.substring(1, written.length() - 1));
        }
        if (written.endsWith("*") && written.indexOf('*') == written.length() - 1) {
            return matcher.prefix(field, written.substring(0, written.length() - 1));
        }
        return matcher.exact(field, written);
    }

    private static String anyOf(
            FacetField field, List<String> values, EntityAliases aliases, List<Set<String>> withdrawn) {
        if (values.isEmpty()) {
            return field.parameter() + ":(" + NO_VALUE + ")";
        }
        List<String> kept = new ArrayList<>();
        List<String> narrowed = new ArrayList<>();
        for (String value : values) {
            Set<String> from = aliases.articlesWithdrawnFrom(field, value);
            if (from.isEmpty()) {
                kept.add(quoted(value));
            } else {
                withdrawn.add(from);
                narrowed.add("(" + field.parameter() + ":(" + quoted(value) + ") AND NOT " + NESTED + ":\"{!terms f="
                        + Schema.ID + " separator=$" + WITHDRAWN_SEPARATOR + " v=$" + WITHDRAWN_IDS
                        + (withdrawn.size() - 1) + "}\")");
            }
        }
        List<String> clauses = new ArrayList<>(narrowed);
        if (!kept.isEmpty()) {
            clauses.addFirst(field.parameter() + ":(" + String.join(" OR ", kept) + ")");
        }
        return clauses.size() == 1 ? clauses.getFirst() : "(" + String.join(" OR ", clauses) + ")";
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
