package dev.lede.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole stored article with what was extracted from it, as shown to a reader.
 *
 * @param writtenAs each entity the text names by another name than the one shown, with those names as written
 *     ("United States" → "U.S."); empty unless asked for by {@link EntityAliases#opened}
 */
public record ArticleView(
        String id,
        String title,
        String body,
        Instant published,
        String source,
        String url,
        String author,
        List<String> people,
        List<String> places,
        List<String> countries,
        List<String> orgs,
        List<MentionedDate> mentionedDates,
        String dateline,
        List<String> regions,
        Map<String, List<String>> writtenAs) {

    public ArticleView {
        writtenAs = Collections.unmodifiableMap(new LinkedHashMap<>(writtenAs));
    }

    /** The same article with the other names it writes its entities by. */
    public ArticleView withWrittenAs(Map<String, List<String>> names) {
        return new ArticleView(
                id,
                title,
                body,
                published,
                source,
                url,
                author,
                people,
                places,
                countries,
                orgs,
                mentionedDates,
                dateline,
                regions,
                names);
    }

    public static ArticleView of(EnrichedArticle enriched) {
        Article a = enriched.article();
        Enrichment e = enriched.enrichment();
        return new ArticleView(
                a.id(),
                a.title(),
                a.body(),
                a.published(),
                a.source(),
                a.url(),
                a.author(),
                e.people(),
                e.places(),
                e.countries(),
                e.organizations(),
                e.mentionedDates(),
                e.dateline(),
                e.regions(),
                Map.of());
    }
}
