package dev.lede.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.model.ArticleView;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes exported articles, one row each, as CSV or JSON lines: id, title, published, source, url, people, places,
 * countries, orgs, snippet and, when asked, body. It keeps nothing but the row at hand, so an export of any size takes
 * constant memory. It lives in {@code web}, beside {@link Json}, as one of the representations Lede gives out;
 * {@code lede export} borrows it, as {@code lede search --json} borrows {@link Json}.
 */
public final class ExportWriter {

    public static final List<String> COLUMNS =
            List.of("id", "title", "published", "source", "url", "people", "places", "countries", "orgs", "snippet");

    static final String BODY_COLUMN = "body";

    /** Several values in one CSV field: "; " rather than "," so that a spreadsheet keeps them in one cell. */
    static final String VALUE_SEPARATOR = "; ";

    private static final ObjectWriter JSON = Json.mapper().writerFor(Row.class);

    private final ExportFormat format;
    private final Writer out;
    private final Options options;
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

    public ExportWriter(ExportFormat format, Writer out, Options options) {
        this.format = format;
        this.out = out;
        this.options = options;
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
            List<String> orgs,
            String snippet,
            String body) {

        static Row of(ArticleView article, boolean withBody) {
            return new Row(
                    article.id(),
                    article.title(),
                    article.published(),
                    article.source(),
                    article.url(),
                    article.people(),
                    article.places(),
                    article.countries(),
                    article.orgs(),
                    Snippet.opening(article.body()),
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
                    String.join(VALUE_SEPARATOR, orgs),
                    snippet));
            if (body != null) {
                cells.add(body);
            }
            return cells;
        }
    }

    public void write(ArticleView article) throws IOException {
        start();
        Row row = Row.of(article, options.body());
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
