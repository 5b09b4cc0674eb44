package dev.lede.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One news article as read from its source, before any extraction.
 *
 * @param id stable identifier: the given id, else derived from the canonical URL, else from title and body
 * @param published publication instant, or {@code null} when the source gives none
 * @param source publisher or feed name, or {@code null}
 * @param url the article's URL as the source gives it, or {@code null}
 * @param author byline, or {@code null}
 * @param dateline where the story was filed from as the input states it ("SALVADOR, Feb 26"), or {@code null};
 *     a dateline at the start of the body is found by extraction instead
 * @param given entities the input names for the article, {@link GivenEntities#NONE} when it names none
 */
public record Article(
        String id,
        String title,
        String body,
        Instant published,
        String source,
        String url,
        String author,
        String dateline,
        GivenEntities given) {

    /**
     * The longest id an article may be given: the API opens an article by its id in the path, and refuses longer ones
     * there, so a longer id could be indexed and found but never opened.
     */
    public static final int MAX_ID_LENGTH = 300;

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        given = given == null ? GivenEntities.NONE : given;
    }

    public Article(
            String id,
            String title,
            String body,
            Instant published,
            String source,
            String url,
            String author,
            String dateline) {
        this(id, title, body, published, source, url, author, dateline, GivenEntities.NONE);
    }

    public Article(String id, String title, String body, Instant published, String source, String url, String author) {
        this(id, title, body, published, source, url, author, null);
    }

    public Article withGiven(GivenEntities entities) {
        return new Article(id, title, body, published, source, url, author, dateline, entities);
    }

    public Article withBody(String text) {
        return new Article(id, title, text, published, source, url, author, dateline, given);
    }

    /** Title and body as one text, title first, separated by a blank line. */
    public String fullText() {
        return title.isEmpty() ? body : title + "\n\n" + body;
    }
}
