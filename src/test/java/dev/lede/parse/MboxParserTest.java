package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxParserTest extends ParserContract {

    @Override
    ArticleParser parser() {
        return new MboxParser();
    }

    @Override
    String extension() {
        return "mbox";
    }

    @Override
    byte[] brokenContent() {
        return Containers.utf8("Subject: a message without the mbox \"From \" separator line\n\nText.\n");
    }

    @Override
    String binaryRejection() {
        return "not an mbox file";
    }

    @Test
    void readsEachMessageAsAnArticleAndReportsAMessageWithoutHeaders() throws ParseException {
        ParseResult result = parse(fixture("mail/desk.mbox"));

        assertEquals(
                List.of("Harbour ferry crews walk out over night-shift rota", "Caf\u00e9 owners welcome the new tram"),
                result.articles().stream().map(Article::title).toList());
        assertEquals(
                "Crews on the Northpoint ferry stopped work at dawn on Tuesday. From the quay, commuters watched the"
                        + " empty berth.",
                result.articles().getFirst().body());
        assertEquals(
                "The caf\u00e9 on Quay Street expects more customers.",
                result.articles().get(1).body());
        assertEquals("Jo Arvidsson", result.articles().get(1).author());
        assertEquals(List.of("message 3: not an e-mail message (no From, Subject or Date)"), result.problems());
    }

    @Test
    void shortensALongMessageIdAndStillReadsEveryMessage() throws ParseException {
        String mailbox = """
                From desk@valleypost.example Wed Mar  6 08:00:00 2024
                From: Desk <desk@valleypost.example>
                Subject: Tram timetable published
                Date: Wed, 06 Mar 2024 08:00:00 +0000
                Message-ID: <%s@valleypost.example>

                Trams run every ten minutes.

                From desk@valleypost.example Wed Mar  6 09:00:00 2024
                From: Desk <desk@valleypost.example>
                Subject: Ferry back on time
                Date: Wed, 06 Mar 2024 09:00:00 +0000
                Message-ID: <ferry-0306@valleypost.example>

                The ferry is back on time.
                """.formatted("tram.".repeat(80));

        ParseResult first = parse(document("desk.mbox", mailbox));
        ParseResult again = parse(document("desk.mbox", mailbox));

        List<String> ids = first.articles().stream().map(Article::id).toList();
        assertEquals(List.of(), first.problems());
        assertEquals(2, ids.size(), first.toString());
        assertTrue(
                ids.getFirst().startsWith("tram.tram.") && ids.getFirst().length() <= Article.MAX_ID_LENGTH,
                ids.getFirst());
        assertEquals("ferry-0306@valleypost.example", ids.get(1));
        assertEquals(ids, again.articles().stream().map(Article::id).toList());
    }
}
