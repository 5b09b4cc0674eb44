package dev.lede.index.lucene;

import dev.lede.index.CommonGrams;
import dev.lede.index.Fingerprint;
import dev.lede.index.Fingerprints;
import dev.lede.index.Provenance;
import dev.lede.index.Schema;
import dev.lede.index.WordForms;
import dev.lede.model.Article;
import dev.lede.model.ArticleView;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.MentionedDate;
import dev.lede.model.WebLink;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene document for an article, and reads a stored document back. Field by field, it says why. */
public final class DocumentMapper {

    /** Analysed with offsets in the postings, so the unified highlighter needs no re-analysis; stored beside. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static final Analyzer WORDS = WordForms.keepingForms();

    /** Ready-made terms ({@link CommonGrams}, {@link WordForms}): documents only, no norms, not stored. */
    private static final FieldType DOCS_ONLY = docsOnly();

    private static final Set<String> FINGERPRINT_ONLY = Set.of(Schema.FINGERPRINT);

    private final FacetsConfig facetsConfig;

    public DocumentMapper(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    public Document toDocument(EnrichedArticle enriched) throws IOException {
        return toDocument(enriched, Provenance.NONE);
    }

    /** The document with where the article came from, for skipping unchanged input and pruning removed files. */
    public Document toDocument(EnrichedArticle enriched, Provenance provenance) throws IOException {
        Article article = enriched.article();
        Enrichment found = enriched.enrichment();
        Document doc = new Document();
        // The id is the update key: indexing the same article again replaces it.
        doc.add(new StringField(Schema.ID, article.id(), Field.Store.YES));
        addText(doc, article);
        addFingerprint(doc, article.body());
        addStoredIfPresent(doc, Schema.CONTENT_HASH, provenance.contentHash());
        if (provenance.sourcePath() != null) {
            doc.add(new StringField(Schema.SOURCE_PATH, provenance.sourcePath(), Field.Store.YES));
        }
        addPublished(doc, article.published());
        addStoredIfPresent(doc, Schema.URL, WebLink.httpOrNull(article.url()));
        addStoredIfPresent(doc, Schema.AUTHOR, article.author());
        if (article.source() != null) {
            doc.add(new StoredField(Schema.SOURCE, article.source()));
            doc.add(new SortedSetDocValuesFacetField(Schema.DIM_SOURCE, article.source()));
        }
        addEntities(doc, Schema.PEOPLE, Schema.DIM_PERSON, found.people());
        addEntities(doc, Schema.PLACES, Schema.DIM_PLACE, found.places());
        addEntities(doc, Schema.ORGS, Schema.DIM_ORG, found.organizations());
        addEntities(doc, Schema.COUNTRIES, Schema.DIM_COUNTRY, found.countries());
        addStoredIfPresent(doc, Schema.DATELINE, found.dateline());
        addEntities(doc, Schema.REGIONS, Schema.DIM_REGION, found.regions());
        for (MentionedDate date : found.mentionedDates()) {
            addMentionedDate(doc, date);
        }
        return facetsConfig.build(doc);
    }

    public ArticleView toView(StoredFields storedFields, int docId) throws IOException {
        Document doc = storedFields.document(docId);
        return new ArticleView(
                doc.get(Schema.ID),
                doc.get(Schema.TITLE),
                doc.get(Schema.BODY),
                published(doc),
                doc.get(Schema.SOURCE),
                WebLink.httpOrNull(doc.get(Schema.URL)),
                doc.get(Schema.AUTHOR),
                List.of(doc.getValues(Schema.PEOPLE)),
                List.of(doc.getValues(Schema.PLACES)),
                List.of(doc.getValues(Schema.COUNTRIES)),
                List.of(doc.getValues(Schema.ORGS)),
                mentionedDates(doc),
                doc.get(Schema.DATELINE),
                List.of(doc.getValues(Schema.REGIONS)),
                Map.of());
    }

    /** The stored fingerprint of a document, or empty when its body was too short to have one. */
    public static Optional<Fingerprint> fingerprint(StoredFields storedFields, int docId) throws IOException {
        BytesRef bytes = storedFields.document(docId, FINGERPRINT_ONLY).getBinaryValue(Schema.FINGERPRINT);
        return bytes == null
                ? Optional.empty()
                : Optional.of(Fingerprint.fromBytes(bytes.bytes, bytes.offset, bytes.length));
    }

    /**
     * Band keys as one-dimensional long points, so that near-duplicate candidates are one point-set query away
     * ({@link #sharingABand}); the signature stored beside them to check each candidate. Computed from the body alone,
     * whatever the title, byline or source. Points rather than terms: the 32 keys of an article are nearly all unique,
     * so as terms they outnumbered the words' own terms many times over and were the largest cost of indexing with
     * {@code --nlp off} (BENCHMARKS.md); a point is a fixed eight bytes, sorted once at flush.
     */
    private static void addFingerprint(Document doc, String body) {
        Fingerprints.of(body).ifPresent(fingerprint -> {
            for (long hash : fingerprint.bandHashes()) {
                doc.add(new LongPoint(Schema.DUPLICATE_BANDS, hash));
            }
            doc.add(new StoredField(Schema.FINGERPRINT, fingerprint.toBytes()));
        });
    }

    /** Every article sharing at least one band key with {@code fingerprint}: the near-duplicate candidates. */
    public static Query sharingABand(Fingerprint fingerprint) {
        return LongPoint.newSetQuery(Schema.DUPLICATE_BANDS, fingerprint.bandHashes());
    }

    private static void addPublished(Document doc, Instant published) {
        if (published == null) {
            return;
        }
        long millis = published.toEpochMilli();
        doc.add(new LongPoint(Schema.PUBLISHED, millis));
        doc.add(new NumericDocValuesField(Schema.PUBLISHED, millis));
        doc.add(new StoredField(Schema.PUBLISHED, millis));
        ZonedDateTime utc = published.atZone(ZoneOffset.UTC);
        doc.add(new SortedSetDocValuesFacetField(Schema.DIM_YEAR, String.format("%04d", utc.getYear())));
        doc.add(new SortedSetDocValuesFacetField(
                Schema.DIM_MONTH, String.format("%04d-%02d", utc.getYear(), utc.getMonthValue())));
    }

    /** Stored for display, a day range for filtering, and year/month facet values for the mentioned-date timeline. */
    private static void addMentionedDate(Document doc, MentionedDate date) {
        doc.add(new StringField(Schema.MENTIONED, date.value(), Field.Store.YES));
        doc.add(new StoredField(Schema.MENTIONED_TEXT, date.text() == null ? "" : date.text()));
        doc.add(new LongRange(
                Schema.MENTIONED_RANGE,
                new long[] {date.firstDay().toEpochDay()},
                new long[] {date.lastDay().toEpochDay()}));
        doc.add(new SortedSetDocValuesFacetField(
                Schema.DIM_MENTIONED_YEAR, date.value().substring(0, 4)));
        if (date.precision() != MentionedDate.DatePrecision.YEAR) {
            doc.add(new SortedSetDocValuesFacetField(
                    Schema.DIM_MENTIONED_MONTH, date.value().substring(0, 7)));
        }
    }

    private static void addEntities(Document doc, String storedField, String dimension, List<String> values) {
        for (String value : values) {
            doc.add(new StoredField(storedField, value));
            doc.add(new SortedSetDocValuesFacetField(dimension, value));
        }
    }

    private static void addStoredIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static Instant published(Document doc) {
        IndexableField field = doc.getField(Schema.PUBLISHED);
        return field == null ? null : Instant.ofEpochMilli(field.numericValue().longValue());
    }

    private static List<MentionedDate> mentionedDates(Document doc) {
        String[] values = doc.getValues(Schema.MENTIONED);
        String[] texts = doc.getValues(Schema.MENTIONED_TEXT);
        List<MentionedDate> dates = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            dates.add(new MentionedDate(values[i], i < texts.length ? texts[i] : ""));
        }
        return dates;
    }

    /**
     * Title and body, stored as written and indexed as analysed once, the {@link CommonGrams} of both with the
     * marker saying this article has them, and the {@link WordForms} stemming changed in them.
     */
    public static void addText(Document doc, Article article) {
        AnalyzedText title = AnalyzedText.of(WORDS, Schema.TITLE, article.title());
        AnalyzedText body = AnalyzedText.of(WORDS, Schema.BODY, article.body());
        doc.add(new StoredField(Schema.TITLE, article.title()));
        doc.add(new Field(Schema.TITLE, title.tokens(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(Schema.BODY, article.body()));
        doc.add(new Field(Schema.BODY, body.tokens(), TEXT_WITH_OFFSETS));
        List<String> grams = new ArrayList<>(title.commonGrams());
        grams.addAll(body.commonGrams());
        grams.add(CommonGrams.MARKER);
        doc.add(new Field(Schema.COMMON_GRAMS, new TermsStream(grams), DOCS_ONLY));
        for (AnalyzedText text : List.of(title, body)) {
            if (text.hasWrittenForms()) {
                doc.add(new Field(Schema.WRITTEN_FORMS, text.writtenForms(), DOCS_ONLY));
            }
        }
    }

    private static FieldType docsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
