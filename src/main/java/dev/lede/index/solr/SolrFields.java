package dev.lede.index.solr;

import dev.lede.index.Schema;
import dev.lede.model.FacetField;
import dev.lede.model.MentionedDate;

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

    /**
     * Each mentioned date in the field of its precision, as its ISO value: "mentions a date within A..B" is then a
     * range over each (whole months and years only), which holds when any one date lies inside, as in Lucene.
     */
    public static final String MENTIONED_AS_DAY = "mentioned_as_day";

    public static final String MENTIONED_AS_MONTH = "mentioned_as_month";
    public static final String MENTIONED_AS_YEAR = "mentioned_as_year";

    private SolrFields() {}

    /** The field that holds mentioned dates of {@code precision}. */
    public static String mentionedAs(MentionedDate.DatePrecision precision) {
        return switch (precision) {
            case DAY -> MENTIONED_AS_DAY;
            case MONTH -> MENTIONED_AS_MONTH;
            case YEAR -> MENTIONED_AS_YEAR;
        };
    }

    /** The multi-valued string field an entity or source facet counts and filters on. */
    public static String of(FacetField field) {
        return switch (field) {
            case PERSON -> Schema.PEOPLE;
            case PLACE -> Schema.PLACES;
            case COUNTRY -> Schema.COUNTRIES;
            case REGION -> Schema.REGIONS;
            case ORG -> Schema.ORGS;
            case SOURCE -> Schema.SOURCE;
        };
    }
}
