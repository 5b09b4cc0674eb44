package dev.lede.index.solr;

import dev.lede.index.Schema;
import dev.lede.model.FacetField;

/**
 * The Solr field behind each of Lede's fields. Names are {@link Schema}'s own; facets count the stored entity fields
 * themselves (strings with doc values), so a value is written once.
 */
public final class SolrFields {

    /** Publication year and month as strings with doc values: the publication timeline's buckets, as in Lucene. */
    public static final String YEAR = Schema.DIM_YEAR;

    public static final String MONTH = Schema.DIM_MONTH;
    public static final String MENTIONED_YEAR = Schema.DIM_MENTIONED_YEAR;
    public static final String MENTIONED_MONTH = Schema.DIM_MENTIONED_MONTH;

    private SolrFields() {}

    /** The multi-valued string field an entity or source facet counts and filters on. */
    public static String of(FacetField field) {
        return switch (field) {
            case PERSON -> Schema.PEOPLE;
            case PLACE -> Schema.PLACES;
            case COUNTRY -> Schema.COUNTRIES;
            case ORG -> Schema.ORGS;
            case SOURCE -> Schema.SOURCE;
        };
    }
}
