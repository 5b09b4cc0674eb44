package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code lede search} prints holds no terminal escapes or bidi overrides, whatever the articles hold. */
class TerminalOutputTest {

    private static final String HOSTILE = "\u001b]0;owned\u0007\u001b[2J\r\u202Eevil\u0000\u009b31m";

    @TempDir
    Path indexDir;

    @Test
    void controlCharactersInTitlesSourcesAndNamesAreNotPrinted() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(
                    new Article(
                            "t1",
                            "Tram " + HOSTILE + " line",
                            "The tram " + HOSTILE + " ran.",
                            null,
                            "Courier" + HOSTILE,
                            null,
                            null),
                    new Enrichment(List.of("Ann" + HOSTILE + " Lee"), List.of(), List.of(), List.of())));
            writer.commit();
        }
        StringWriter out = new StringWriter();
        var commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, commandLine.execute("search", "--index", indexDir.toString(), "tram"));
        String printed = out.toString();
        assertTrue(printed.contains("Tram ]0;owned[2Jevil31m line"), printed);
        assertTrue(printed.chars().allMatch(TerminalSafeWriter::isShown), "a control character was printed");
    }

    @Test
    void lineBreaksAndTabsStayAndLettersOfEveryScriptPass() throws Exception {
        StringWriter out = new StringWriter();
        try (var safe = new TerminalSafeWriter(out)) {
            safe.write("a\tb\nКиїв 東京 \u200D👩‍💻\u001b[0m");
        }
        assertEquals("a\tb\nКиїв 東京 \u200D👩‍💻[0m", out.toString());
    }
}
