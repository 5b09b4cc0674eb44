package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import org.junit.jupiter.api.Test;

class EmlDocumentParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new DocumentParser();
    }

    @Override
    String extension() {
        return "eml";
    }

    @Override
    byte[] brokenContent() {
        return Containers.utf8("This is a note someone saved with the wrong name; it has no mail headers at all.\n");
    }

    @Override
    String binaryRejection() {
        return "not an e-mail message";
    }

    @Test
    void takesTheMessageIdAsTheArticleId() throws ParseException {
        Article article = parse(fixture("contract/article.eml")).articles().getFirst();

        assertEquals("ferry-strike-0305@harbourgazette.example", article.id());
    }

    @Test
    void shortensAMessageIdLongerThanTheApiOpensInsteadOfFailingTheMessage() throws ParseException {
        String messageId = "digest." + "0123456789abcdef".repeat(20) + "@lists.valleypost.example";
        String message = """
                From: Desk <desk@valleypost.example>
                Subject: Evening digest
                Date: Wed, 06 Mar 2024 19:00:00 +0000
                Message-ID: <%s>

                The ferry runs again tomorrow.
                """.formatted(messageId);

        String id = parseOne("digest.eml", message).id();

        assertTrue(id.length() <= Article.MAX_ID_LENGTH, id);
        assertTrue(id.startsWith("digest.0123456789abcdef"), id);
        assertEquals(id, parseOne("copy-of-digest.eml", message).id());
    }

    @Test
    void readsTheTextOfAnHtmlOnlyMessage() throws ParseException {
        Article article = parseOne("newsletter.eml", """
                From: Desk <desk@valleypost.example>
                Subject: Morning briefing
                Date: Wed, 06 Mar 2024 07:00:00 +0000
                MIME-Version: 1.0
                Content-Type: text/html; charset=utf-8

                <html><body><p>Frost is expected tonight.</p><p>Roads will be gritted.</p></body></html>
                """);

        assertEquals("Morning briefing", article.title());
        assertEquals("Frost is expected tonight.\n\nRoads will be gritted.", article.body());
        assertEquals("Desk", article.author());
    }
}
