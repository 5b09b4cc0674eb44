package dev.lede.model;

import java.time.Instant;
import java.util.List;

/** A whole stored article with what was extracted from it, as shown to a reader. */
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
        List<String> regions) {

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
                e.regions());
    }
}
