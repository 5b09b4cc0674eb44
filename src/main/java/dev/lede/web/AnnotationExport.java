package dev.lede.web;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.model.ArticleView;
import dev.lede.search.ArticleSearch;
import dev.lede.search.MatchVisitor;
import dev.lede.store.Annotation;
import dev.lede.store.AnnotationStore;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/annotations/export?<the filters of /api/search, star and tag too>}: the annotated articles among the
 * matches, one JSON line each with the article's id, title, date, source and URL beside the reader's star, tags and
 * note, in the search's order. Streamed like {@code /api/export}, and like it refuses a parameter it does not read.
 */
final class AnnotationExport {

    private static final ObjectWriter JSON = Json.mapper().writerFor(Row.class);

    /** One exported line. */
    record Row(
            String id,
            String title,
            Instant published,
            String source,
            String url,
            boolean starred,
            List<String> tags,
            String note,
            Instant annotated) {}

    private final ArticleSearch search;

    AnnotationExport(ArticleSearch search) {
        this.search = search;
    }

    void export(Context ctx) throws IOException {
        SearchParams.refuseUnknown(ctx, Set.of());
        AnnotationStore store = search.annotations();
        Set<String> onlyIds = AnnotationFilters.restriction(ctx, store);
        Set<String> annotated = new HashSet<>(store.all().keySet());
        if (onlyIds != null) {
            annotated.retainAll(onlyIds);
        }
        Lines lines = new Lines(ctx, store);
        search.export(SearchParams.from(ctx), annotated, lines);
        lines.finish();
    }

    private static final class Lines implements MatchVisitor {

        private final Context ctx;
        private final AnnotationStore store;
        private Writer out;

        Lines(Context ctx, AnnotationStore store) {
            this.ctx = ctx;
            this.store = store;
        }

        @Override
        public void begin(long total) {
            ctx.contentType("application/x-ndjson; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"lede-annotations.jsonl\"");
            ctx.header(ExportEndpoint.TOTAL_HEADER, Long.toString(total));
            out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public void article(ArticleView article) throws IOException {
            Annotation annotation = store.get(article.id()).orElse(null);
            if (annotation == null) {
                return; // removed while the export ran
            }
            out.write(JSON.writeValueAsString(new Row(
                    article.id(),
                    article.title(),
                    article.published(),
                    article.source(),
                    article.url(),
                    annotation.starred(),
                    annotation.tags(),
                    annotation.note(),
                    annotation.updated())));
            out.write('\n');
        }

        void finish() throws IOException {
            out.flush();
        }
    }
}
