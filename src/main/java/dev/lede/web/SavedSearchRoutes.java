package dev.lede.web;

import com.rometools.rome.io.FeedException;
import dev.lede.model.Hit;
import dev.lede.model.SavedSearch;
import dev.lede.search.ArticleSearch;
import dev.lede.search.SavedQueryCheck;
import dev.lede.search.SearchQueryString;
import dev.lede.store.SavedSearchStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saved searches: {@code POST /api/saved} {@code {"name": "putin-munich", "query": "q=putin&place=Munich"}} (the
 * reader's {@code star} and {@code tag} filters too),
 * {@code GET /api/saved}, {@code DELETE /api/saved/{name}}, and each one's Atom feed at
 * {@code GET /feeds/{name}.atom}.
 */
final class SavedSearchRoutes {

    private static final Set<String> BODY_FIELDS = Set.of("name", "query");
    private static final String FEED_SUFFIX = ".atom";
    private static final int MAX_QUERY_LENGTH = 2_000;

    private final ArticleSearch search;

    SavedSearchRoutes(ArticleSearch search) {
        this.search = search;
    }

    /** A saved search as the API shows it, with the path of its feed. */
    record View(String name, String query, Instant created, String feed) {
        static View of(SavedSearch saved) {
            return new View(saved.name(), saved.query(), saved.created(), feedPath(saved.name()));
        }
    }

    void save(Context ctx) {
        JsonBody json = JsonBody.of(ctx.body(), BODY_FIELDS);
        String name = json.required("name", MAX_QUERY_LENGTH);
        SavedSearchStore.checkName(name);
        String query = json.required("query", MAX_QUERY_LENGTH);
        ctx.status(HttpStatus.CREATED).json(View.of(search.savedSearches().save(name, SavedQueryCheck.checked(query))));
    }

    void list(Context ctx) {
        List<View> searches =
                search.savedSearches().list().stream().map(View::of).toList();
        UnknownParameters.answerWithWarnings(ctx, Map.of("searches", searches), UnknownParameters.NO_PARAMETERS);
    }

    void remove(Context ctx) {
        String name = ctx.pathParam("name");
        SavedSearch removed = search.savedSearches().remove(name).orElseThrow(() -> unknown(name));
        ctx.json(View.of(removed));
    }

    /** It reads no query parameter, and a feed has no room for a warning, so any is refused. */
    void feed(Context ctx) throws IOException, FeedException {
        UnknownParameters.refuse(ctx, UnknownParameters.NO_PARAMETERS);
        String file = ctx.pathParam("file");
        if (!file.endsWith(FEED_SUFFIX)) {
            throw new NotFound("No such feed: " + ctx.path() + "; feeds end in " + FEED_SUFFIX);
        }
        String name = file.substring(0, file.length() - FEED_SUFFIX.length());
        SavedSearch saved = search.savedSearches().get(name).orElseThrow(() -> unknown(name));
        List<AtomFeed.Story> stories = new ArrayList<>();
        Set<String> onlyIds = SearchQueryString.annotated(saved.query(), search.annotations());
        for (Hit hit : search.search(SearchQueryString.newestMatches(saved), null, onlyIds)
                .hits()) {
            search.article(hit.id()).ifPresent(article -> stories.add(new AtomFeed.Story(article, hit)));
        }
        String base = baseUrl(ctx);
        ctx.contentType(AtomFeed.CONTENT_TYPE);
        ctx.result(AtomFeed.write(saved, stories, base, base + feedPath(name)).getBytes(StandardCharsets.UTF_8));
    }

    static String feedPath(String name) {
        return "/feeds/" + name + FEED_SUFFIX;
    }

    /** Scheme, host and port this request came in on, for absolute links in a feed. */
    private static String baseUrl(Context ctx) {
        String url = ctx.url();
        String path = ctx.path();
        return url.endsWith(path) ? url.substring(0, url.length() - path.length()) : url;
    }

    private static NotFound unknown(String name) {
        return new NotFound("No saved search named '" + name + "'");
    }
}
