package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import dev.lede.source.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every format parser must do. Each format's test extends this with its own fixture
 * {@code parse/contract/article.<extension>}, which describes the same invented article.
 */
abstract class ParserContract {

    static final String TITLE = "Harbour ferry crews walk out over night-shift rota";
    static final String FIRST_PARAGRAPH = "Crews on the Northpoint ferry stopped work at dawn on Tuesday, leaving about"
            + " 2,000 commuters to find other ways across the estuary.";
    static final String SECOND_PARAGRAPH = "The union says a new night-shift rota was imposed without consultation;"
            + " the operator, Estuary Lines, says talks will resume on Thursday.";
    static final Instant PUBLISHED = Instant.parse("2024-03-05T09:30:00Z");
    static final String SOURCE = "Harbour Gazette";
    static final String URL = "https://harbourgazette.example/news/ferry-strike";
    static final String AUTHOR = "Mara Lindqvist";

    /** The parser under test. */
    abstract ArticleParser parser();

    /** The extension of this format's files, without the dot. */
    abstract String extension();

    /** Content that the format cannot read at all. */
    abstract byte[] brokenContent();

    /** The extension the parser registers; differs from {@link #extension()} for containers ("gz" for "json.gz"). */
    String registeredExtension() {
        return extension();
    }

    /** Content as a file of this format holds it: itself, or for a container, packed into one. */
    byte[] contained(byte[] content) {
        return content;
    }

    /** What the rejection of binary content says. */
    String binaryRejection() {
        return "binary content, not text";
    }

    @Test
    void readsTheGoodFixtureIntoAnArticleWithEveryField() throws ParseException {
        Article article =
                parse(fixture("contract/article." + extension())).articles().getFirst();

        assertEquals(TITLE, article.title());
        assertEquals(FIRST_PARAGRAPH + "\n\n" + SECOND_PARAGRAPH, article.body());
        assertEquals(PUBLISHED, article.published());
        assertEquals(SOURCE, article.source());
        assertEquals(URL, article.url());
        assertEquals(AUTHOR, article.author());
    }

    @Test
    void readsTheGoodFixtureWithoutProblems() throws ParseException {
        assertEquals(
                List.of(), parse(fixture("contract/article." + extension())).problems());
    }

    @Test
    void givesTheSameIdsWhenTheSameInputIsReadTwice() throws ParseException {
        List<String> first = ids(parse(fixture("contract/article." + extension())));
        List<String> second = ids(parse(fixture("contract/article." + extension())));

        assertEquals(first, second);
        assertFalse(first.getFirst().isBlank());
    }

    @Test
    void rejectsAnEmptyDocumentAsEmpty() {
        ParseException e = assertThrows(ParseException.class, () -> parse(contained("empty." + extension(), "")));

        assertEquals(ParseException.Kind.EMPTY, e.kind());
        assertTrue(e.getMessage().contains("empty." + extension()), e.getMessage());
    }

    @Test
    void rejectsAWhitespaceOnlyDocumentAsEmpty() {
        ParseException e =
                assertThrows(ParseException.class, () -> parse(contained("blank." + extension(), " \n\t\r\n  \n")));

        assertEquals(ParseException.Kind.EMPTY, e.kind());
    }

    @Test
    void rejectsABrokenDocumentAsInvalidAndNamesIt() {
        SourceDocument broken = new SourceDocument("inbox/broken." + extension(), brokenContent());

        ParseException e = assertThrows(ParseException.class, () -> parse(broken));

        assertEquals(ParseException.Kind.INVALID, e.kind());
        assertEquals("inbox/broken." + extension(), e.location());
        assertTrue(e.getMessage().startsWith("inbox/broken." + extension() + ": "), e.getMessage());
    }

    @Test
    void rejectsBinaryContentAsInvalid() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D};

        ParseException e = assertThrows(
                ParseException.class, () -> parse(new SourceDocument("image." + extension(), contained(binary))));

        assertEquals(ParseException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains(binaryRejection()), e.getMessage());
    }

    @Test
    void keepsMarkupOutOfTitleAndBody() throws ParseException {
        for (Article article : parse(fixture("contract/article." + extension())).articles()) {
            assertFalse(article.title().contains("<") || article.body().contains("<"), article.toString());
        }
    }

    @Test
    void isTheParserTheStandardRegistryChoosesForItsExtension() {
        assertTrue(parser().extensions().contains(registeredExtension()));
        assertInstanceOf(
                parser().getClass(),
                Parsers.standard().forExtension(registeredExtension()).orElseThrow());
    }

    ParseResult parse(SourceDocument doc) throws ParseException {
        return parser().parse(doc);
    }

    Article parseOne(String location, String content) throws ParseException {
        ParseResult result = parse(document(location, content));
        assertEquals(1, result.articles().size(), result.toString());
        return result.articles().getFirst();
    }

    private SourceDocument contained(String location, String content) {
        return new SourceDocument(location, contained(content.getBytes(StandardCharsets.UTF_8)));
    }

    static SourceDocument document(String location, String content) {
        return new SourceDocument(location, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A file under {@code src/test/resources/parse/}. */
    static SourceDocument fixture(String name) {
        String resource = "/parse/" + name;
        try (InputStream in = ParserContract.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new SourceDocument(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ids(ParseResult result) {
        return result.articles().stream().map(Article::id).toList();
    }
}
