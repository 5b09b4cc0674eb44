package dev.lede.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.model.ArticleView;
import dev.lede.store.Annotation;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes exported articles, one row each, as CSV or JSON lines: id, title, published, source, url, people, places,
 * countries, regions, orgs, snippet, the reader's starred, tags and note (empty for an article not annotated) and, when
 * asked, body. It keeps nothing but the row at hand, so an export of any size takes constant memory. It lives in {@code
 * web}, beside {@link Json}, as one of the representations Lede gives out; {@code lede export} borrows it, as {@code
 * lede search --json} borrows {@link Json}.
 */
public final class ExportWriter {

    public static final List<String> COLUMNS = List.of(
            "id",
            "title",
            "published",
            "source",
            "url",
            "people",
            "places",
            "countries",
            "regions",
            "orgs",
            "snippet",
            "starred",
            "tags",
            "note");

    static final String BODY_COLUMN = "body";

    /** Several values in one CSV field: "; " rather than "," so that a spreadsheet keeps them in one cell. */
    static final String VALUE_SEPARATOR = "; ";

    private static final ObjectWriter JSON = Json.mapper().writerFor(Row.class);

    private final ExportFormat format;
    private final Writer out;
    private final Options options;
    private final Map<String, Annotation> annotations;
    private SpreadsheetCsv csv;
    private boolean started;
    private long rows;

    /**
     * How an export is written beyond its format.
     *
     * @param byteOrderMark CSV only: start with a UTF-8 byte order mark, for Excel
     * @param body add each article's whole text (large: opt-in)
     */
    public record Options(boolean byteOrderMark, boolean body) {}

    /** @param annotations the readers' annotations by article id, as they were when the export began */
    public ExportWriter(ExportFormat format, Writer out, Options options, Map<String, Annotation> annotations) {
        this.format = format;
        this.out = out;
        this.options = options;
        this.annotations = Map.copyOf(annotations);
    }

    /** The fields of a row, in column order; also the shape of a JSON line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(
            String id,
            String title,
            Instant published,
            String source,
            String url,
            List<String> people,
            List<String> places,
            List<String> countries,
            List<String> regions,
            List<String> orgs,
            String snippet,
            boolean starred,
            List<String> tags,
            String note,
            String body) {

        private static final Annotation NONE = new Annotation("", false, List.of(), "", null);

        static Row of(ArticleView article, Annotation annotation, boolean withBody) {
            Annotation noted = annotation == null ? NONE : annotation;
            return new Row(
                    article.id(),
                    article.title(),
                    article.published(),
                    article.source(),
                    article.url(),
                    article.people(),
                    article.places(),
                    article.countries(),
                    article.regions(),
                    article.orgs(),
                    Snippet.opening(article.body()),
                    noted.starred(),
                    noted.tags(),
                    noted.note(),
                    withBody ? text(article.body()) : null);
        }

        List<String> cells() {
            List<String> cells = new ArrayList<>(List.of(
                    id,
                    text(title),
                    published == null ? "" : published.toString(),
                    text(source),
                    text(url),
                    String.join(VALUE_SEPARATOR, people),
                    String.join(VALUE_SEPARATOR, places),
                    String.join(VALUE_SEPARATOR, countries),
                    String.join(VALUE_SEPARATOR, regions),
                    String.join(VALUE_SEPARATOR, orgs),
                    snippet,
                    starred ? "true" : "",
                    String.join(VALUE_SEPARATOR, tags),
                    note));
            if (body != null) {
                cells.add(body);
            }
            return cells;
        }
    }

    public void write(ArticleView article) throws IOException {
        start();
        Row row = Row.of(article, annotations.get(article.id()), options.body());
        if (format == ExportFormat.JSONL) {
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
        } else {
            csv.row(row.cells());
        }
        rows++;
    }

    /** Ends the export (a CSV of no match still gets its header) and flushes; the writer is left open. */
    public void finish() throws IOException {
        start();
        if (csv != null) {
            csv.flush();
        }
        out.flush();
    }

    public long rows() {
        return rows;
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            if (format == ExportFormat.CSV) {
                csv = SpreadsheetCsv.start(out, options.byteOrderMark(), header());
            }
        }
    }

    private List<String> header() {
        List<String> header = new ArrayList<>(COLUMNS);
        if (options.body()) {
            header.add(BODY_COLUMN);
        }
        return header;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
