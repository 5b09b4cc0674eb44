package dev.lede.web;

import dev.lede.model.ArticleView;
import dev.lede.model.SavedSearch;
import dev.lede.model.WebLink;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A saved search as an Atom feed (RFC 4287) of its newest matches, for any feed reader. Ids are {@code tag:} URIs
 * that depend only on the saved search's name and the article's id, so they stay the same across restarts and hosts.
 * The XML writer escapes text and attributes; characters XML 1.0 cannot hold at all are dropped first.
 */
final class AtomFeed {

    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String TAG = "tag:lede.dev,2025:";
    private static final int SUMMARY_LENGTH = 300;
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private AtomFeed() {}

    /**
     * @param articles the newest matches, newest first
     * @param base scheme, host and port of this server, for links to articles without a URL of their own
     * @param self the feed's own URL
     */
    static String write(SavedSearch saved, List<ArticleView> articles, String base, String self)
            throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "title", "Lede: " + saved.name());
        element(xml, "subtitle", saved.query().isEmpty() ? "Every article" : "Articles matching " + saved.query());
        element(xml, "id", TAG + "saved:" + encode(saved.name()));
        element(xml, "updated", timestamp(updated(saved, articles)));
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", base + "/?" + saved.query(), "text/html");
        xml.writeStartElement("generator");
        xml.writeCharacters("Lede");
        xml.writeEndElement();
        for (ArticleView article : articles) {
            entry(xml, article, base, saved.created());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, ArticleView article, String base, Instant fallback)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", TAG + "article:" + encode(article.id()));
        element(xml, "title", article.title().isBlank() ? "(untitled)" : article.title());
        Instant published = article.published();
        element(xml, "updated", timestamp(published == null ? fallback : published));
        if (published != null) {
            element(xml, "published", timestamp(published));
        }
        if (article.source() != null && !article.source().isBlank()) {
            xml.writeStartElement("author");
            element(xml, "name", article.source());
            xml.writeEndElement();
        }
        // The article on the search page; the original, when the source gave a web link, as a related link.
        link(xml, "alternate", base + "/?article=" + encode(article.id()), "text/html");
        String original = WebLink.httpOrNull(article.url());
        if (original != null) {
            link(xml, "related", original, null);
        }
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(clean(lead(article.body())));
        xml.writeEndElement();
        categories(xml, "person", article.people());
        categories(xml, "place", article.places());
        categories(xml, "country", article.countries());
        categories(xml, "org", article.orgs());
        xml.writeEndElement();
    }

    private static void categories(XMLStreamWriter xml, String kind, List<String> values) throws XMLStreamException {
        for (String value : values) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", clean(value));
            xml.writeAttribute("scheme", TAG + kind);
            xml.writeAttribute("label", clean(kind + ": " + value));
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", clean(href));
        if (type != null) {
            xml.writeAttribute("type", type);
        }
    }

    /** The newest article's time, or when the search was saved if nothing matches (or nothing has a date). */
    private static Instant updated(SavedSearch saved, List<ArticleView> articles) {
        return articles.stream()
                .map(ArticleView::published)
                .filter(published -> published != null)
                .max(Instant::compareTo)
                .orElse(saved.created());
    }

    /** The start of the body as plain text, cut at a word near {@link #SUMMARY_LENGTH} characters. */
    static String lead(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + " …";
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String clean(String text) {
        return NOT_XML.matcher(text == null ? "" : text).replaceAll("");
    }
}
