package dev.lede.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Article;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleIdsTest {

    private static final String CANONICAL = "https://news.example/2024/ferry-strike";

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "https://news.example/2024/ferry-strike",
                "HTTPS://News.EXAMPLE/2024/ferry-strike",
                "https://news.example/2024/ferry-strike/",
                "https://news.example/2024/ferry-strike#comments",
                "https://news.example:443/2024/ferry-strike",
                "https://news.example/2024/ferry-strike?utm_source=feed&utm_medium=rss",
                "https://news.example/2024/ferry-strike?fbclid=abc123",
                "https://news.example/2024/ferry-strike?gclid=xyz&UTM_Campaign=spring#top",
                "  https://news.example/2024/ferry-strike  ",
            })
    void canonicalUrlDropsCaseOfHostDefaultPortFragmentTrackingAndTrailingSlash(String url) {
        assertEquals(Optional.of(CANONICAL), ArticleIds.canonicalUrl(url));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://news.example/a?id=7&utm_source=x&page=2 | https://news.example/a?id=7&page=2",
                "http://news.example:80/ | http://news.example",
                "http://news.example:8080/a | http://news.example:8080/a",
                "https://news.example/Path/Keeps/Case | https://news.example/Path/Keeps/Case",
            })
    void canonicalUrlKeepsWhatIdentifiesThePage(String url, String expected) {
        assertEquals(Optional.of(expected), ArticleIds.canonicalUrl(url));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "  ", "n/a", "/news/ferry-strike", "news.example/ferry", "https:///no-host"})
    void canonicalUrlIsEmptyForValuesThatAreNotAbsoluteUrls(String url) {
        assertEquals(Optional.empty(), ArticleIds.canonicalUrl(url));
    }

    @Test
    void usesTheGivenIdTrimmed() {
        assertEquals("wire-42", ArticleIds.idFor("  wire-42 ", "https://news.example/a", "T", "B"));
    }

    @Test
    void derivesTheSameIdFromEveryFormOfTheSameUrl() {
        String plain = ArticleIds.idFor(null, CANONICAL, "Title", "Body");
        String tracked = ArticleIds.idFor(" ", "HTTPS://NEWS.example/2024/ferry-strike/?utm_source=x#top", "Other", "");

        assertEquals(plain, tracked);
        assertTrue(plain.matches("u[0-9a-f]{20}"), plain);
    }

    @Test
    void hashesTitleAndBodyWhenThereIsNoIdOrUsableUrl() {
        String id = ArticleIds.idFor(null, "n/a", "Ferry strike", "Crews stopped work.\n\nTalks resume.");

        assertTrue(id.matches("h[0-9a-f]{20}"), id);
        assertEquals(id, ArticleIds.idFor(null, null, "  Ferry   strike ", "Crews stopped work. Talks resume."));
        assertNotEquals(id, ArticleIds.idFor(null, null, "Ferry strike", "Crews stopped work."));
    }

    @Test
    void keepsTitleAndBodyApartInTheContentHash() {
        assertNotEquals(ArticleIds.idFor(null, null, "A B", "C"), ArticleIds.idFor(null, null, "A", "B C"));
    }

    @Test
    void shortensAGivenIdLongerThanTheApiOpensToAReadablePrefixAndAHashOfTheWhole() {
        String longId = "<" + "wire-2024-03-05-".repeat(25) + "ferry@desk.example>";
        String otherTail = longId.replace("ferry@", "tram@");

        String id = ArticleIds.idFor(longId, null, "T", "B");

        assertTrue(id.length() <= Article.MAX_ID_LENGTH, id);
        assertTrue(id.matches("\\Q" + longId.substring(0, ArticleIds.KEPT_PREFIX) + "\\E~[0-9a-f]{20}"), id);
        assertEquals(id, ArticleIds.idFor(" " + longId + "\n", "https://news.example/a", "Other", ""));
        assertNotEquals(id, ArticleIds.idFor(otherTail, null, "T", "B"));
    }

    @Test
    void keepsAGivenIdOfExactlyTheLongestLengthAsItIs() {
        String longest = "k".repeat(Article.MAX_ID_LENGTH);

        assertEquals(longest, ArticleIds.idFor(longest, null, "T", "B"));
    }
}
