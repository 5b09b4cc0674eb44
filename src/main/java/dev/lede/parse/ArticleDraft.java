package dev.lede.parse;

import dev.lede.model.Article;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Article fields as a format gives them, before the rules every parser shares: trimmed, blank as {@code null},
 * markup removed from title and body when either holds HTML ({@link HtmlText}), the date read, the id made stable.
 *
 * @param published the date as written in the source
 */
record ArticleDraft(
        String id,
        String title,
        String body,
        String published,
        String source,
        String url,
        String author,
        String dateline) {

    ArticleDraft(String id, String title, String body, String published, String source, String url, String author) {
        this(id, title, body, published, source, url, author, null);
    }

    /** Whether there is a title or a body; without either there is no article. */
    boolean hasText() {
        return PlainText.blankToNull(title) != null || PlainText.blankToNull(body) != null;
    }

    /**
     * Why the id a user wrote for the article cannot be kept: it is longer than the API opens. Ids a format derives
     * from the document's own metadata are shortened by {@link ArticleIds} instead, so only formats whose ids the user
     * writes ask this.
     *
     * @param where prefix for the message, such as {@code "line 7: "}, or {@code ""} for a single article
     */
    Optional<String> givenIdRefusal(String where) {
        String given = PlainText.blankToNull(id);
        return given == null || given.length() <= Article.MAX_ID_LENGTH
                ? Optional.empty()
                : Optional.of(where + "id may be at most " + Article.MAX_ID_LENGTH + " characters long");
    }

    /**
     * The finished article.
     *
     * @param where prefix for problem messages, such as {@code "line 7: "}, or {@code ""} for a single article
     * @param warnings receives a note when the date cannot be read; the article is kept without it
     */
    Article toArticle(String where, List<String> warnings) {
        // A record whose title or body holds markup came from HTML, such as a CMS export: its other text field is
        // escaped as HTML too ("Fish &amp; chips"), so both are read as HTML. Otherwise both are text as written,
        // but for numeric references ("communiqu&#233;"), which only an escaper writes.
        boolean html = HtmlText.holdsMarkup(title) || HtmlText.holdsMarkup(body);
        String cleanTitle =
                PlainText.oneLine(html ? HtmlText.toPlainText(title) : PlainText.decodeNumericReferences(title));
        String cleanBody =
                PlainText.paragraphs(html ? HtmlText.toPlainText(body) : PlainText.decodeNumericReferences(body));
        String cleanUrl = PlainText.blankToNull(url);
        String publishedText = PlainText.oneLine(published);
        Instant publishedAt = PublicationDates.parse(publishedText);
        if (publishedText != null && publishedAt == null) {
            warnings.add(where + "published '" + publishedText + "' is not a date; indexed without a date");
        }
        return new Article(
                ArticleIds.idFor(id, cleanUrl, cleanTitle, cleanBody),
                cleanTitle,
                cleanBody,
                publishedAt,
                PlainText.oneLine(source),
                cleanUrl,
                PlainText.oneLine(PlainText.decodeNumericReferences(author)),
                PlainText.oneLine(dateline));
    }
}
