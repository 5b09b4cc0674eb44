package dev.lede.parse;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.lede.model.Article;
import dev.lede.source.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RSS (0.9x to 2.0, RDF) and Atom feeds, read with ROME: each item an article. The item's full content (Atom
 * {@code content}, RSS {@code content:encoded}) or else its description is the body; the feed's title is the source.
 * The text is decoded as the XML declaration or byte-order mark says. A {@code .xml} file that is not a feed is
 * refused as unsupported, so that other XML in a folder is ignored rather than failed.
 */
public final class FeedParser implements ArticleParser {

    private static final int DECLARATION_WINDOW = 1024;
    private static final String UTF8_BOM_AS_LATIN1 = "\u00ef\u00bb\u00bf";
    private static final Pattern ENCODING_DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\sencoding\\s*=");

    @Override
    public Set<String> extensions() {
        return Set.of("rss", "atom", "xml");
    }

    @Override
    public ParseResult parse(SourceDocument doc) throws ParseException {
        DocumentText.requireNonBlank(doc, new String(doc.content(), StandardCharsets.ISO_8859_1));
        SyndFeed feed = read(doc);
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            String where = "item " + (i + 1) + ": ";
            ArticleDraft draft = draft(feed, entries.get(i));
            if (draft.hasText()) {
                articles.add(draft.toArticle(where, warnings));
            } else {
                problems.add(where + "no title or text");
            }
        }
        if (articles.isEmpty()) {
            throw new ParseException(
                    ParseException.Kind.EMPTY, doc.location(), "no article in the feed (" + entries.size() + " items)");
        }
        return new ParseResult(articles, problems, warnings);
    }

    private static SyndFeed read(SourceDocument doc) throws ParseException {
        try (Reader reader = reader(doc)) {
            return new SyndFeedInput().build(reader);
        } catch (IllegalArgumentException notAFeed) {
            // ROME's way of saying that the root element is no feed type it knows.
            throw new ParseException(
                    doc.extension().equals("xml") ? ParseException.Kind.UNSUPPORTED : ParseException.Kind.INVALID,
                    doc.location(),
                    "not an RSS or Atom feed (" + notAFeed.getMessage() + ")");
        } catch (FeedException | IOException unreadable) {
            throw new ParseException(
                    ParseException.Kind.INVALID,
                    doc.location(),
                    "not a readable feed (" + unreadable.getMessage() + ")",
                    unreadable);
        }
    }

    /**
     * As the byte-order mark or XML declaration says; a feed that says neither is decoded like any other text, so that
     * one saved in Windows-1252 without a declaration does not fail as malformed UTF-8.
     */
    private static Reader reader(SourceDocument doc) throws IOException, ParseException {
        String head = new String(
                doc.content(), 0, Math.min(doc.content().length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        if (head.startsWith(UTF8_BOM_AS_LATIN1)
                || head.startsWith("\u00fe\u00ff")
                || head.startsWith("\u00ff\u00fe")
                || ENCODING_DECLARATION.matcher(head).find()) {
            return new XmlReader(new ByteArrayInputStream(doc.content()), true);
        }
        return new StringReader(DocumentText.decode(doc));
    }

    /**
     * An item whose body the feed types as HTML (RSS descriptions are HTML by the RSS specification; Atom says
     * {@code type="html"} or {@code "xhtml"}) is read as HTML, its title too, though it holds no tag: its text may be
     * entity-escaped only ({@code Fish &amp;amp; chips}). Other items follow the rule of every format
     * ({@link HtmlText}).
     */
    private static ArticleDraft draft(SyndFeed feed, SyndEntry entry) {
        SyndContent content = body(entry);
        String body = content == null ? null : content.getValue();
        boolean html = content != null
                && content.getType() != null
                && content.getType().contains("html");
        return new ArticleDraft(
                null,
                html ? HtmlText.toPlainText(entry.getTitle()) : entry.getTitle(),
                html ? HtmlText.toPlainText(body) : body,
                dateText(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                feed.getTitle(),
                entry.getLink() != null ? entry.getLink() : linkLike(entry.getUri()),
                author(entry));
    }

    private static SyndContent body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content;
            }
        }
        return entry.getDescription();
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthors() != null && !entry.getAuthors().isEmpty()) {
            return entry.getAuthors().stream()
                    .map(SyndPerson::getName)
                    .filter(name -> name != null && !name.isBlank())
                    .collect(Collectors.joining(", "));
        }
        return entry.getAuthor();
    }

    /** RSS guids and Atom ids are often the article's address, but may be any unique string. */
    private static String linkLike(String uri) {
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }

    private static String dateText(Date date) {
        return date == null ? null : date.toInstant().toString();
    }
}
