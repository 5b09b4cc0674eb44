package dev.lede.web;

import dev.lede.model.ArticleView;
import dev.lede.search.ArticleSearch;
import dev.lede.search.MatchVisitor;
import dev.lede.store.Annotation;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/export?<the filters of /api/search>&format=csv|jsonl[&bom=false][&body=true]}: every match, streamed
 * as a download while it is read from the index. A CSV starts with a byte order mark unless {@code bom=false}, since
 * most who download one open it in a spreadsheet. Each row carries the reader's star, tags and note, empty for an
 * article not annotated. Nothing is sent before the request has been checked, so a bad parameter still gets a JSON
 * 400; the number of matches is sent ahead in {@code X-Total-Count}. A parameter it does not read is a 400 too, since
 * a download has no room to say what it ignored.
 */
final class ExportEndpoint {

    static final String FORMAT = "format";
    static final String BYTE_ORDER_MARK = "bom";
    static final String BODY = "body";
    static final String TOTAL_HEADER = "X-Total-Count";
    private static final Set<String> OWN_PARAMETERS = Set.of(FORMAT, BYTE_ORDER_MARK, BODY);

    private final ArticleSearch search;

    ExportEndpoint(ArticleSearch search) {
        this.search = search;
    }

    void export(Context ctx) throws IOException {
        SearchParams.refuseUnknown(ctx, OWN_PARAMETERS);
        ExportFormat format = format(ctx);
        Download download =
                new Download(ctx, format, options(ctx), search.annotations().all());
        search.export(SearchParams.from(ctx), AnnotationFilters.restriction(ctx, search.annotations()), download);
        download.finish();
    }

    private static ExportFormat format(Context ctx) {
        String raw = ctx.queryParam(FORMAT);
        if (raw == null || raw.isBlank()) {
            return ExportFormat.CSV;
        }
        return ExportFormat.parse(raw)
                .orElseThrow(() -> new BadRequest(
                        FORMAT, "format must be one of " + ExportFormat.labels() + ", not '" + raw + "'"));
    }

    private static ExportWriter.Options options(Context ctx) {
        String bom = ctx.queryParam(BYTE_ORDER_MARK);
        boolean byteOrderMark = bom == null || bom.isBlank() || SearchParams.bool(ctx, BYTE_ORDER_MARK);
        return new ExportWriter.Options(byteOrderMark, SearchParams.bool(ctx, BODY));
    }

    /** Opens the response only once the search has begun, so that errors before it are still answered as JSON. */
    private static final class Download implements MatchVisitor {

        private final Context ctx;
        private final ExportFormat format;
        private final ExportWriter.Options options;
        private final Map<String, Annotation> annotations;
        private ExportWriter writer;

        Download(Context ctx, ExportFormat format, ExportWriter.Options options, Map<String, Annotation> annotations) {
            this.ctx = ctx;
            this.format = format;
            this.options = options;
            this.annotations = annotations;
        }

        @Override
        public void begin(long total) {
            ctx.contentType(format.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
            ctx.header(TOTAL_HEADER, Long.toString(total));
            writer = new ExportWriter(
                    format,
                    new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)),
                    options,
                    annotations);
        }

        @Override
        public void article(ArticleView article) throws IOException {
            writer.write(article);
        }

        void finish() throws IOException {
            writer.finish();
        }
    }
}
