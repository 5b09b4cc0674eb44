package dev.lede.web;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.model.ArticleView;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Writes exported articles, one row each, as CSV or JSON lines: id, title, published, source, url, people, places,
 * countries, orgs. It keeps nothing but the row at hand, so an export of any size takes constant memory. It lives in
 * {@code web}, beside {@link Json}, as one of the representations Lede gives out; {@code lede export} borrows it, as
 * {@code lede search --json} borrows {@link Json}.
 */
public final class ExportWriter {

    public static final List<String> COLUMNS =
            List.of("id", "title", "published", "source", "url", "people", "places", "countries", "orgs");

    /** Several values in one CSV field: "; " rather than "," so that a spreadsheet keeps them in one cell. */
    static final String VALUE_SEPARATOR = "; ";

    private static final String CRLF = "\r\n";
    private static final ObjectWriter JSON = Json.mapper().writerFor(Row.class);

    private final ExportFormat format;
    private final Writer out;
    private boolean started;
    private long rows;

    public ExportWriter(ExportFormat format, Writer out) {
        this.format = format;
        this.out = out;
    }

    /** The fields of a row, in column order; also the shape of a JSON line. */
    record Row(
            String id,
            String title,
            Instant published,
            String source,
            String url,
            List<String> people,
            List<String> places,
            List<String> countries,
            List<String> orgs) {

        static Row of(ArticleView article) {
            return new Row(
                    article.id(),
                    article.title(),
                    article.published(),
                    article.source(),
                    article.url(),
                    article.people(),
                    article.places(),
                    article.countries(),
                    article.orgs());
        }
    }

    public void write(ArticleView article) throws IOException {
        start();
        Row row = Row.of(article);
        if (format == ExportFormat.JSONL) {
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
        } else {
            writeCsvLine(List.of(
                    row.id(),
                    text(row.title()),
                    row.published() == null ? "" : row.published().toString(),
                    text(row.source()),
                    text(row.url()),
                    String.join(VALUE_SEPARATOR, row.people()),
                    String.join(VALUE_SEPARATOR, row.places()),
                    String.join(VALUE_SEPARATOR, row.countries()),
                    String.join(VALUE_SEPARATOR, row.orgs())));
        }
        rows++;
    }

    /** Ends the export (a CSV of no match still gets its header) and flushes; the writer is left open. */
    public void finish() throws IOException {
        start();
        out.flush();
    }

    public long rows() {
        return rows;
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            if (format == ExportFormat.CSV) {
                writeCsvLine(COLUMNS);
            }
        }
    }

    private void writeCsvLine(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvField(fields.get(i)));
        }
        out.write(CRLF);
    }

    /** Quoted when it holds a comma, a quote or a line break, with its quotes doubled (RFC 4180). */
    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
