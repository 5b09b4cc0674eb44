package dev.lede.web;

import dev.lede.model.BatchResult;
import dev.lede.search.ArticleSearch;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.QuerySyntax;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/batch[?<filters of /api/search>][&format=csv]}: a list of names or queries, one per line
 * ({@code text/plain}) or in the {@code query} column of a CSV with a header ({@code text/csv}); for each, the number
 * of matches, the first and last publication time, and the entity and alias a name resolved to. JSON by default,
 * or a CSV download. A query parameter it does not read is named in the JSON's {@code warnings}, and refused with a
 * CSV, which has no room for one.
 */
final class BatchEndpoint {

    static final int MAX_LINES = 1_000;
    static final int MAX_LINE_LENGTH = 1_000;
    static final List<String> COLUMNS =
            List.of("query", "articles", "firstPublished", "lastPublished", "field", "value", "alias");

    private static final String QUERY_COLUMN = "query";
    private static final String FORMAT = "format";
    private static final Set<String> OWN_PARAMETERS = Set.of(FORMAT);

    private final ArticleSearch search;

    BatchEndpoint(ArticleSearch search) {
        this.search = search;
    }

    /** The JSON answer: how many lines were searched, each line's counts, and the parameters it did not read. */
    record Counts(int lines, List<BatchResult> results, List<String> warnings) {}

    /** One line to search, and where it stands in the body for an error to point at: "line 4" or "row 3". */
    record Line(String where, String text) {}

    void batch(Context ctx) throws IOException {
        boolean csvOut = csvOutput(ctx);
        if (csvOut) {
            SearchParams.refuseUnknown(ctx, OWN_PARAMETERS);
        }
        List<Line> lines = lines(ctx);
        List<BatchResult> results = search.batch(texts(lines), SearchParams.from(ctx));
        if (csvOut) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"lede-batch.csv\"");
            ctx.result(csv(results));
        } else {
            ctx.json(new Counts(results.size(), results, SearchParams.ignored(ctx, OWN_PARAMETERS)));
        }
    }

    private static boolean csvOutput(Context ctx) {
        String format = ctx.queryParam(FORMAT);
        if (format == null || format.isBlank() || format.strip().equalsIgnoreCase("json")) {
            return false;
        }
        if (format.strip().equalsIgnoreCase("csv")) {
            return true;
        }
        throw new BadRequest(FORMAT, "format must be json or csv, not '" + format + "'");
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    /** The non-blank lines of the body, or of its {@code query} column when it is CSV. */
    static List<Line> lines(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<Line> lines = contentType.startsWith("text/csv") ? queryColumn(ctx.body()) : plainLines(ctx.body());
        if (lines.isEmpty()) {
            throw new BadRequest("body", "the body must hold names or queries, one per line (or a CSV column query)");
        }
        if (lines.size() > MAX_LINES) {
            throw new BadRequest(
                    "body", "at most " + MAX_LINES + " lines may be searched at once, not " + lines.size());
        }
        for (Line line : lines) {
            if (line.text().length() > MAX_LINE_LENGTH) {
                throw new BadRequest("body", "a line may be at most " + MAX_LINE_LENGTH + " characters long");
            }
            checkQuery(line);
        }
        return lines;
    }

    /** The checks every engine makes of a query, made line by line so that a refusal names its line. */
    private static void checkQuery(Line line) {
        try {
            QuerySyntax.read(line.text());
        } catch (InvalidSearchException e) {
            throw new BadRequest("body", line.where() + " ('" + line.text() + "'): " + e.getMessage());
        }
    }

    private static List<Line> plainLines(String body) {
        List<String> raw = body.lines().toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i).strip();
            if (!text.isEmpty()) {
                lines.add(new Line("line " + (i + 1), text));
            }
        }
        return lines;
    }

    private static List<Line> queryColumn(String body) {
        List<List<String>> rows = CsvReader.rows(body.startsWith("\uFEFF") ? body.substring(1) : body);
        if (rows.isEmpty()) {
            return List.of();
        }
        int column = -1;
        List<String> header = rows.getFirst();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(QUERY_COLUMN)) {
                column = i;
            }
        }
        if (column < 0) {
            throw new BadRequest("body", "a CSV body needs a header with a column named query");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String value = column < row.size() ? row.get(column).strip() : "";
            if (!value.isEmpty()) {
                lines.add(new Line("row " + (i + 1), value));
            }
        }
        return lines;
    }

    private static String csv(List<BatchResult> results) throws IOException {
        StringWriter out = new StringWriter();
        SpreadsheetCsv csv = SpreadsheetCsv.start(out, true, COLUMNS);
        for (BatchResult r : results) {
            csv.row(List.of(
                    r.query(),
                    Long.toString(r.articles()),
                    time(r.firstPublished()),
                    time(r.lastPublished()),
                    text(r.field()),
                    text(r.value()),
                    text(r.alias())));
        }
        csv.flush();
        return out.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
