package dev.lede.index.solr;

import dev.lede.index.Fingerprints;
import dev.lede.index.Provenance;
import dev.lede.index.Schema;
import dev.lede.model.Article;
import dev.lede.model.ArticleView;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.MentionedDate;
import dev.lede.model.WebLink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Builds the Solr document for an article and reads a stored one back: the same fields as
 * {@code index.DocumentMapper} writes for Lucene, named by {@link Schema}.
 */
public final class SolrDocuments {

    private SolrDocuments() {}

    public static SolrInputDocument toSolr(EnrichedArticle enriched, Provenance provenance) {
        Article article = enriched.article();
        Enrichment found = enriched.enrichment();
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(Schema.ID, article.id());
        doc.addField(Schema.TITLE, article.title());
        doc.addField(Schema.BODY, article.body());
        Fingerprints.of(article.body()).ifPresent(fingerprint -> {
            fingerprint.bandKeys().forEach(key -> doc.addField(Schema.DUPLICATE_BANDS, key));
            doc.addField(Schema.FINGERPRINT, fingerprint.toBytes());
        });
        addIfPresent(doc, Schema.CONTENT_HASH, provenance.contentHash());
        addIfPresent(doc, Schema.SOURCE_PATH, provenance.sourcePath());
        addPublished(doc, article.published());
        addIfPresent(doc, Schema.URL, WebLink.httpOrNull(article.url()));
        addIfPresent(doc, Schema.AUTHOR, article.author());
        addIfPresent(doc, Schema.SOURCE, article.source());
        addAll(doc, Schema.PEOPLE, found.people());
        addAll(doc, Schema.PLACES, found.places());
        addAll(doc, Schema.ORGS, found.organizations());
        addAll(doc, Schema.COUNTRIES, found.countries());
        addIfPresent(doc, Schema.DATELINE, found.dateline());
        addAll(doc, Schema.REGIONS, found.regions());
        found.mentionedDates().forEach(date -> addMentionedDate(doc, date));
        return doc;
    }

    public static ArticleView toView(SolrDocument doc) {
        Object published = doc.getFirstValue(Schema.PUBLISHED);
        return new ArticleView(
                text(doc, Schema.ID),
                text(doc, Schema.TITLE),
                text(doc, Schema.BODY),
                published instanceof Date date ? date.toInstant() : null,
                text(doc, Schema.SOURCE),
                WebLink.httpOrNull(text(doc, Schema.URL)),
                text(doc, Schema.AUTHOR),
                texts(doc, Schema.PEOPLE),
                texts(doc, Schema.PLACES),
                texts(doc, Schema.COUNTRIES),
                texts(doc, Schema.ORGS),
                mentionedDates(doc),
                text(doc, Schema.DATELINE),
                texts(doc, Schema.REGIONS),
                Map.of());
    }

    /** A day as Solr writes dates, for ranges over {@link Schema#PUBLISHED} and mentioned-date ranges. */
    public static String day(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private static void addPublished(SolrInputDocument doc, Instant published) {
        if (published == null) {
            return;
        }
        doc.addField(Schema.PUBLISHED, Date.from(published));
        ZonedDateTime utc = published.atZone(ZoneOffset.UTC);
        doc.addField(SolrFields.YEAR, String.format("%04d", utc.getYear()));
        doc.addField(SolrFields.MONTH, String.format("%04d-%02d", utc.getYear(), utc.getMonthValue()));
    }

    /** Stored for display, by precision for filtering, and year/month values for the mentioned-date timeline. */
    private static void addMentionedDate(SolrInputDocument doc, MentionedDate date) {
        doc.addField(Schema.MENTIONED, date.value());
        doc.addField(Schema.MENTIONED_TEXT, date.text() == null ? "" : date.text());
        doc.addField(SolrFields.mentionedAs(date.precision()), date.value());
        doc.addField(SolrFields.MENTIONED_YEAR, date.value().substring(0, 4));
        if (date.precision() != MentionedDate.DatePrecision.YEAR) {
            doc.addField(SolrFields.MENTIONED_MONTH, date.value().substring(0, 7));
        }
    }

    private static void addAll(SolrInputDocument doc, String field, List<String> values) {
        values.forEach(value -> doc.addField(field, value));
    }

    private static void addIfPresent(SolrInputDocument doc, String field, String value) {
        if (value != null) {
            doc.addField(field, value);
        }
    }

    private static String text(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value == null ? null : value.toString();
    }

    private static List<String> texts(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        if (values == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(values.size());
        values.forEach(value -> texts.add(value.toString()));
        return texts;
    }

    private static List<MentionedDate> mentionedDates(SolrDocument doc) {
        List<String> values = texts(doc, Schema.MENTIONED);
        List<String> texts = texts(doc, Schema.MENTIONED_TEXT);
        List<MentionedDate> dates = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            dates.add(new MentionedDate(values.get(i), i < texts.size() ? texts.get(i) : ""));
        }
        return dates;
    }
}
