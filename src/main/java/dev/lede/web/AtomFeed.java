package dev.lede.web;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.lede.model.ArticleView;
import dev.lede.model.Hit;
import dev.lede.model.SavedSearch;
import dev.lede.model.WebLink;
import dev.lede.search.SearchQueryString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A saved search as an Atom feed (RFC 4287) of its newest matches, one entry per story unless it asks for every copy,
 * for any feed reader, built and written by ROME. An entry is published when the story was first told and updated
 * when its newest copy was. Ids
 * are {@code tag:} URIs that depend only on the saved search's name and the article's id, so they stay the same across
 * restarts and hosts. ROME's XML writer escapes text but refuses characters XML 1.0 cannot hold, so those are dropped
 * first.
 */
final class AtomFeed {

    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    private static final String TAG = "tag:lede.dev,2025:";
    private static final int SUMMARY_LENGTH = 300;
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private AtomFeed() {}

    /** One entry: an article, and the hit it was found as, which says what copies of it the search left out. */
    record Story(ArticleView article, Hit hit) {

        /** When the story was last told: its newest copy's time, or its own where it has none later. */
        Instant lastTold() {
            Instant published = article.published();
            Instant latestCopy = hit.latestCopy();
            if (latestCopy == null) {
                return published;
            }
            return published == null || latestCopy.isAfter(published) ? latestCopy : published;
        }
    }

    /**
     * @param stories the newest matches, newest first
     * @param base scheme, host and port of this server, for links to articles without a URL of their own
     * @param self the feed's own URL
     */
    static String write(SavedSearch saved, List<Story> stories, String base, String self) throws FeedException {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setTitle(clean("Lede: " + saved.name()));
        feed.setSubtitle(text(saved.query().isEmpty() ? "Every article" : "Articles matching " + saved.query()));
        feed.setId(TAG + "saved:" + encode(saved.name()));
        feed.setUpdated(Date.from(updated(saved, stories)));
        // ROME writes alternate links before other links; keeping both here puts the self link first.
        feed.setOtherLinks(List.of(
                link("self", self, "application/atom+xml"),
                link("alternate", base + "/?" + SearchQueryString.encoded(saved.query()), "text/html")));
        Generator generator = new Generator();
        generator.setValue("Lede");
        feed.setGenerator(generator);
        feed.setEntries(stories.stream()
                .map(story -> entry(story, base, saved.created()))
                .toList());
        return new WireFeedOutput().outputString(feed, false);
    }

    private static Entry entry(Story story, String base, Instant fallback) {
        ArticleView article = story.article();
        Entry entry = new Entry();
        entry.setId(TAG + "article:" + encode(article.id()));
        entry.setTitle(clean(article.title().isBlank() ? "(untitled)" : article.title()));
        Instant published = article.published();
        // A story told again later is updated then, so feed readers show it again.
        Instant lastTold = story.lastTold();
        entry.setUpdated(Date.from(lastTold == null ? fallback : lastTold));
        if (published != null) {
            entry.setPublished(Date.from(published));
        }
        if (article.source() != null && !article.source().isBlank()) {
            Person author = new Person();
            author.setName(clean(article.source()));
            entry.setAuthors(List.of(author));
        }
        // The article on the search page; the original, when the source gave a web link, as a related link.
        List<Link> links = new ArrayList<>();
        links.add(link("alternate", base + "/?article=" + encode(article.id()), "text/html"));
        String original = WebLink.httpOrNull(article.url());
        if (original != null) {
            links.add(link("related", original, null));
        }
        entry.setOtherLinks(links);
        String copies = story.hit().copiesNote();
        entry.setSummary(text(lead(article.body()) + (copies.isEmpty() ? "" : " — " + copies)));
        List<Category> categories = new ArrayList<>();
        categories.addAll(categories("person", article.people()));
        categories.addAll(categories("place", article.places()));
        categories.addAll(categories("country", article.countries()));
        categories.addAll(categories("org", article.orgs()));
        entry.setCategories(categories);
        return entry;
    }

    private static List<Category> categories(String kind, List<String> values) {
        return values.stream()
                .map(value -> {
                    Category category = new Category();
                    category.setTerm(clean(value));
                    category.setScheme(TAG + kind);
                    category.setLabel(clean(kind + ": " + value));
                    return category;
                })
                .toList();
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(clean(href));
        link.setType(type);
        return link;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(clean(value));
        return content;
    }

    /** When a story was last told, or when the search was saved if nothing matches (or nothing has a date). */
    private static Instant updated(SavedSearch saved, List<Story> stories) {
        return stories.stream()
                .map(Story::lastTold)
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

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String clean(String text) {
        return NOT_XML.matcher(text == null ? "" : text).replaceAll("");
    }
}
