package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
