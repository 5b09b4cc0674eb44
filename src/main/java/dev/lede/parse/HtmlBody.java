package dev.lede.parse;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article text of a web page: its paragraphs, without navigation, banners, scripts and other page furniture. */
final class HtmlBody {

    private static final String FURNITURE =
            "script, style, noscript, template, svg, nav, header, footer, aside, form, iframe, figcaption, [hidden]";

    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "cookie",
            "cookies",
            "consent",
            "newsletter",
            "newsletters",
            "subscribe",
            "subscription",
            "share",
            "sharing",
            "related",
            "promo",
            "promotion",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "comment",
            "comments",
            "breadcrumb",
            "breadcrumbs");

    // Class names are written cookie-banner, cookie_banner or cookieBanner: split all three into words.
    private static final String WORD_BOUNDARY = "[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])";

    // An element that wraps the article itself is never furniture, whatever its name or class (e.g. an
    // ASP.NET page inside one <form>, or <body class="has-comments">).
    private static final String ARTICLE_MARKERS = "article, main, [itemprop=articleBody]";

    private static final String ARTICLE_PARAGRAPHS = "p, h2, h3, blockquote, li";
    private static final String PAGE_PARAGRAPHS = "p";

    private HtmlBody() {}

    /** The paragraphs of the article, joined by blank lines; "" when the page has no text. */
    static String extract(Document page) {
        Document clean = page.clone();
        removeFurniture(clean);
        Element article = largestArticle(clean);
        if (article == null) {
            article = clean.selectFirst("[itemprop=articleBody]");
        }
        Element container = article != null ? article : clean.selectFirst("main");
        if (container == null) {
            container = clean.body();
        }
        String paragraphs = paragraphs(container, article != null ? ARTICLE_PARAGRAPHS : PAGE_PARAGRAPHS);
        return paragraphs.isEmpty() ? container.text() : paragraphs;
    }

    private static void removeFurniture(Document page) {
        for (Element element : page.select(FURNITURE)) {
            if (element.selectFirst(ARTICLE_MARKERS) == null) {
                element.remove();
            }
        }
        for (Element element : page.body().select("[class], [id]")) {
            if (looksLikeBoilerplate(element) && element.selectFirst(ARTICLE_MARKERS + ", h1") == null) {
                element.remove();
            }
        }
    }

    private static boolean looksLikeBoilerplate(Element element) {
        String names = element.className() + " " + element.id();
        for (String word : names.split(WORD_BOUNDARY)) {
            if (BOILERPLATE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Pages list teasers of other stories as {@code <article>} too; the story itself has the most text. */
    private static Element largestArticle(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt(
                        (Element article) -> article.select("p").text().length()))
                .orElse(null);
    }

    /** Text of the innermost matching elements, so a quote made of paragraphs is not read twice. */
    private static String paragraphs(Element container, String selector) {
        StringJoiner joined = new StringJoiner("\n\n");
        for (Element candidate : container.select(selector)) {
            boolean holdsAnother = candidate.select(selector).size() > 1;
            String text = candidate.text().strip();
            if (!holdsAnother && !text.isEmpty()) {
                joined.add(text);
            }
        }
        return joined.toString();
    }
}
