package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.source.SourceInput;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZipParserTest extends ParserContract {

    private final Parsers parsers = Parsers.standard();

    @Override
    ArticleParser parser() {
        return parsers.forExtension("zip").orElseThrow();
    }

    @Override
    String extension() {
        return "zip";
    }

    @Override
    byte[] contained(byte[] content) {
        return Containers.zip(Map.of("story.json", content));
    }

    @Override
    byte[] brokenContent() {
        // Cut inside the compressed story.
        return Arrays.copyOf(fixture("contract/article.zip").content(), 200);
    }

    @Test
    void readsEveryEntryByItsOwnFormatAndNamesItInsideTheArchive() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("desk/", new byte[0]);
        entries.put("desk/a.txt", Containers.utf8("Text story\n\nBody."));
        entries.put("desk/b.jsonl", Containers.utf8("{\"title\": \"Line one\"}\nbroken\n"));
        entries.put("web/c.html.gz", Containers.gzip(Containers.utf8("<title>Gzipped page</title><p>Text.</p>")));

        Containers.Collected read = Containers.read(parsers, "in/export.zip", Containers.zip(entries));

        assertEquals(List.of("Text story", "Line one", "Gzipped page"), read.titles());
        assertEquals(
                List.of("in/export.zip!/desk/b.jsonl: line 2: invalid JSON: "),
                read.problems().stream()
                        .map(p -> p.substring(0, p.indexOf("JSON: ") + 6))
                        .toList());
    }

    @Test
    void reportsEntriesOfUnsupportedTypesAsIgnoredAndReadsTheRest() throws Exception {
        byte[] archive = Containers.zip("notes.md", "# notes", "story.txt", "Kept\n\nBody.", "logo.png", "PNG");

        Containers.Collected read = Containers.read(parsers, "x.zip", archive);

        assertEquals(List.of("Kept"), read.titles());
        assertEquals(
                List.of(
                        "x.zip!/notes.md: ignored: unsupported file type",
                        "x.zip!/logo.png: ignored: unsupported file type"),
                read.problems());
    }

    @Test
    void keepsReadingAfterAnUnreadableEntry() throws Exception {
        byte[] archive = Containers.zip("bad.json", "{\"title\": ", "good.txt", "Good\n\nBody.");

        Containers.Collected read = Containers.read(parsers, "x.zip", archive);

        assertEquals(List.of("Good"), read.titles());
        assertEquals(1, read.problems().size());
        assertTrue(
                read.problems().getFirst().startsWith("x.zip!/bad.json: invalid JSON"),
                read.problems().toString());
    }

    @Test
    void rejectsAnArchiveWithOnlyIgnoredEntriesAsEmpty() {
        ParseException e = assertThrows(
                ParseException.class, () -> Containers.read(parsers, "x.zip", Containers.zip("a.md", "text")));

        assertEquals(ParseException.Kind.EMPTY, e.kind());
        assertEquals("x.zip: no article in the archive (1 entries)", e.getMessage());
    }

    @Test
    void rejectsAFileThatIsNotAZipArchive() {
        ParseException e = assertThrows(
                ParseException.class, () -> Containers.read(parsers, "fake.zip", Containers.utf8("Just text.")));

        assertEquals(ParseException.Kind.INVALID, e.kind());
        assertEquals("fake.zip: not a zip archive", e.getMessage());
    }

    @Test
    void stopsAtAnEntryThatExpandsBeyondItsLimitKeepingWhatCameBefore() {
        ZipParser small = new ZipParser(parsers, new ZipParser.Limits(100, 1_000, 100_000));
        byte[] archive = Containers.zip("a.txt", "First\n\nBody.", "b.txt", "Huge\n\n" + "x".repeat(5_000));
        Containers.Collected read = new Containers.Collected();

        ParseException e =
                assertThrows(ParseException.class, () -> small.read(SourceInput.of("bomb.zip", archive), read));

        assertEquals(ParseException.Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("bomb.zip!/b.txt expands beyond 1000 bytes"), e.getMessage());
        assertEquals(List.of("First"), read.titles());
    }

    @Test
    void stopsAnArchiveWhoseEntriesTogetherExpandBeyondTheTotalLimit() {
        ZipParser small = new ZipParser(parsers, new ZipParser.Limits(100, 1_000, 2_500));
        String story = "Story\n\n" + "y".repeat(900);
        byte[] archive = Containers.zip("a.txt", story, "b.txt", story, "c.txt", story);

        ParseException e = assertThrows(
                ParseException.class,
                () -> small.read(SourceInput.of("many.zip", archive), new Containers.Collected()));

        assertEquals(ParseException.Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("many.zip expands beyond 2500 bytes"), e.getMessage());
    }

    @Test
    void stopsAnArchiveWithTooManyEntries() {
        ZipParser small = new ZipParser(parsers, new ZipParser.Limits(2, 1_000, 100_000));
        byte[] archive = Containers.zip("a.txt", "A\n\nx", "b.txt", "B\n\nx", "c.txt", "C\n\nx");
        Containers.Collected read = new Containers.Collected();

        ParseException e = assertThrows(ParseException.class, () -> small.read(SourceInput.of("n.zip", archive), read));

        assertEquals(ParseException.Kind.TOO_LARGE, e.kind());
        assertEquals(List.of("A", "B"), read.titles());
    }

    @Test
    void readsAnArchiveInsideAnArchiveButNotNestedDeeperThanTheLimit() throws Exception {
        byte[] nested = Containers.zip("story.txt", "Innermost\n\nBody.");
        for (int level = 1; level <= ZipParser.MAX_NESTING; level++) {
            nested = Containers.zip(Map.of("level" + level + ".zip", nested));
        }
        byte[] archive = nested;
        byte[] shallow = Containers.zip(Map.of("inner.zip", Containers.zip("story.txt", "Inner\n\nBody.")));

        assertEquals(
                List.of("Inner"), Containers.read(parsers, "outer.zip", shallow).titles());
        ParseException e = assertThrows(ParseException.class, () -> Containers.read(parsers, "deep.zip", archive));
        assertTrue(e.getMessage().contains("nested more than 3 deep"), e.getMessage());
    }
}
