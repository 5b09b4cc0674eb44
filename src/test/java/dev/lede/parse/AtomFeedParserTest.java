package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AtomFeedParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new FeedParser();
    }

    @Override
    String extension() {
        return "atom";
    }

    @Override
    byte[] brokenContent() {
        return fixture("feeds/truncated.atom").content();
    }

    @Test
    void prefersTheFullContentToTheSummaryAndThePublishedToTheUpdatedDate() throws ParseException {
        Article article = parse(fixture("contract/article.atom")).articles().getFirst();

        assertEquals(FIRST_PARAGRAPH + "\n\n" + SECOND_PARAGRAPH, article.body());
        assertEquals(PUBLISHED, article.published());
    }

    @Test
    void fallsBackToTheUpdatedDateAndJoinsSeveralAuthors() throws ParseException {
        Article article = parseOne("entry.atom", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
                <entry><title>Joint report</title><updated>2024-06-01T12:00:00Z</updated>
                <author><name>Ana Ruiz</name></author><author><name>Bo Lind</name></author>
                <summary>Short text.</summary></entry></feed>""");

        assertEquals(Instant.parse("2024-06-01T12:00:00Z"), article.published());
        assertEquals("Ana Ruiz, Bo Lind", article.author());
        assertEquals("Short text.", article.body());
    }

    @Test
    void readsTextContentAsWrittenAndHtmlContentAsHtml() throws ParseException {
        Article text = parseOne("text.atom", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
                <entry><title>Markup in prose</title><updated>2024-06-01T12:00:00Z</updated>
                <content type="text">Writing a &lt;b&gt; tag and AT&amp;amp;T in plain text.</content></entry></feed>""");
        Article html = parseOne("html.atom", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
                <entry><title>Escaped</title><updated>2024-06-01T12:00:00Z</updated>
                <content type="html">Fish &amp;amp; chips</content></entry></feed>""");

        assertEquals("Writing a <b> tag and AT&amp;T in plain text.", text.body());
        assertEquals("Fish & chips", html.body());
    }
}
