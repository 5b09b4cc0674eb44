package dev.lede.search.solr;

import dev.lede.model.FacetField;
import dev.lede.search.EntityMatcher;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code person:}, {@code place:}, {@code country:}, {@code org:} and {@code source:} terms of a query, resolved
 * as the Lucene engine resolves them (the shared {@link EntityMatcher}: a surname, another spelling, an old name, a
 * {@code zel*} prefix, merged values) and written back as the exact values Solr's entity fields hold.
 */
final class SolrEntityTerms {

    private static final Pattern TERM =
            Pattern.compile("(?<![\\p{L}\\p{N}_.:])(person|place|country|org|source):(\"[^\"]*\"|[^\\s()\"]+)");

    /** Matches nothing: no entity value is a lone control character. */
    private static final String NO_VALUE = "\"\\u0001\"";

    private SolrEntityTerms() {}

    static boolean mentionsAny(String query) {
        return query != null && TERM.matcher(query).find();
    }

    /** {@code query} with each entity term replaced by the values it means, or by a term that matches nothing. */
    static String resolve(String query, EntityMatcher matcher) {
        return TERM.matcher(query).replaceAll(term -> {
            FacetField field = FacetField.byParameter(term.group(1)).orElseThrow();
            return Matcher.quoteReplacement(
                    field.parameter() + ":(" + anyOf(values(matcher, field, term.group(2))) + ")");
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

    private static String anyOf(List<String> values) {
        if (values.isEmpty()) {
            return NO_VALUE;
        }
        return values.stream().map(SolrEntityTerms::quoted).collect(Collectors.joining(" OR "));
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
