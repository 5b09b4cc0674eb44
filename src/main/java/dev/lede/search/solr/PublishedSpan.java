package dev.lede.search.solr;

import dev.lede.index.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FieldStatsInfo;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * The first and last publication time among a query's matches, from Solr's stats component in the same request;
 * {@code null} when no match has a date.
 */
record PublishedSpan(Instant first, Instant last) {

    /** {@code query}, also asking for the span of its matches' publication times. */
    static SolrQuery askedBy(SolrQuery query) {
        query.set("stats", true);
        query.set("stats.field", Schema.PUBLISHED);
        return query;
    }

    /** The span a query built by {@link #askedBy} answered. */
    static PublishedSpan of(QueryResponse response) {
        FieldStatsInfo published = response.getFieldStatsInfo() == null
                ? null
                : response.getFieldStatsInfo().get(Schema.PUBLISHED);
        return published == null
                ? new PublishedSpan(null, null)
                : new PublishedSpan(instant(published.getMin()), instant(published.getMax()));
    }

    LocalDate firstDay() {
        return first == null ? null : LocalDate.ofInstant(first, ZoneOffset.UTC);
    }

    LocalDate lastDay() {
        return last == null ? null : LocalDate.ofInstant(last, ZoneOffset.UTC);
    }

    private static Instant instant(Object time) {
        return time instanceof Date date ? date.toInstant() : null;
    }
}
