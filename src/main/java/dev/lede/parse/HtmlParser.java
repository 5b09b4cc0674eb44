package dev.lede.parse;

import dev.lede.source.SourceDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Web pages saved as HTML: metadata from JSON-LD, then Open Graph and other meta tags, then the visible page; the body
 * from the article's paragraphs (see {@link HtmlBody}).
 */
public final class HtmlParser implements ArticleParser {

    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_DECLARATION_WINDOW = 4096;

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm");
    }

    @Override
    public ParseResult parse(SourceDocument doc) throws ParseException {
        return parse(doc, Served.NOTHING);
    }

    /**
     * What the server said about a page a web crawl captured, for when the page does not say it itself.
     *
     * @param url the address it was fetched from, or {@code null}
     * @param date when it was captured, as text, or {@code null}
     * @param charset the charset of its Content-Type header, if any
     */
    record Served(String url, String date, Optional<Charset> charset) {
        static final Served NOTHING = new Served(null, null, Optional.empty());
    }

    /**
     * Parses a page whose address, date and charset may be known from how it was served (a web crawl's record); the
     * page's own metadata and charset declaration come first.
     */
    ParseResult parse(SourceDocument doc, Served served) throws ParseException {
        Document page = Jsoup.parse(DocumentText.requireNonBlank(
                doc, DocumentText.decode(doc, declaredCharset(doc.content()).or(served::charset))));
        List<String> warnings = new ArrayList<>();
        Optional<JsonLd> jsonLd = JsonLd.find(page, warnings);
        String body = HtmlBody.extract(page);
        if (body.isBlank()) {
            body = jsonLd.map(JsonLd::articleBody).orElse(null);
        }
        ArticleDraft draft = new ArticleDraft(
                null,
                first(
                        jsonLd.map(JsonLd::headline).orElse(null),
                        meta(page, "og:title"),
                        text(page, "article h1"),
                        page.title()),
                body,
                first(published(page, jsonLd), served.date()),
                first(jsonLd.map(JsonLd::publisherName).orElse(null), meta(page, "og:site_name")),
                first(attribute(page, "link[rel=canonical]", "href"), meta(page, "og:url"), served.url()),
                first(jsonLd.map(JsonLd::author).orElse(null), meta(page, "author")));
        if (!draft.hasText()) {
            throw new ParseException(ParseException.Kind.EMPTY, doc.location(), "no article text found");
        }
        return new ParseResult(List.of(draft.toArticle("", warnings)), List.of(), warnings);
    }

    private static Optional<Charset> declaredCharset(byte[] content) {
        String head = new String(
                content, 0, Math.min(content.length, CHARSET_DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher declaration = DECLARED_CHARSET.matcher(head);
        return declaration.find() ? TextEncodings.named(declaration.group(1)) : Optional.empty();
    }

    /**
     * The first date among the candidates that can be read; when none can, the first one given, so that the
     * article keeps a problem note about it.
     */
    private static String published(Document page, Optional<JsonLd> jsonLd) {
        List<String> candidates = new ArrayList<>();
        jsonLd.map(JsonLd::datePublished).ifPresent(candidates::add);
        candidates.add(meta(page, "article:published_time"));
        for (String name : List.of("date", "pubdate", "publishdate", "dc.date")) {
            candidates.add(meta(page, name));
        }
        candidates.add(attribute(page, "article time[datetime]", "datetime"));
        candidates.add(attribute(page, "time[datetime]", "datetime"));
        List<String> given = candidates.stream()
                .map(PlainText::blankToNull)
                .filter(c -> c != null)
                .toList();
        return given.stream()
                .filter(c -> PublicationDates.parse(c) != null)
                .findFirst()
                .orElse(given.isEmpty() ? null : given.getFirst());
    }

    /** The content of {@code <meta property=...>} or {@code <meta name=...>}; sites use either for Open Graph. */
    private static String meta(Document page, String key) {
        return attribute(page, "meta[property=" + key + "], meta[name=" + key + "]", "content");
    }

    private static String attribute(Document page, String selector, String attribute) {
        for (Element element : page.select(selector)) {
            String value = PlainText.blankToNull(element.attr(attribute));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : PlainText.blankToNull(element.text());
    }

    private static String first(String... values) {
        for (String value : values) {
            String present = PlainText.blankToNull(value);
            if (present != null) {
                return present;
            }
        }
        return null;
    }
}
