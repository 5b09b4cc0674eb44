package dev.lede.search;

import dev.lede.model.ArticleView;
import dev.lede.model.BatchResult;
import dev.lede.model.DuplicateArticle;
import dev.lede.model.EngineUnavailableException;
import dev.lede.model.EntityProfile;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.IndexStatus;
import dev.lede.model.RelatedArticle;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.store.AnnotationStore;
import dev.lede.store.CurationStore;
import dev.lede.store.SavedSearchStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A search whose engine opens on a thread of its own, so that a server can set up its routes and bind its port while
 * a large index opens (at a million articles each took about a second of the start, one after the other). Every call
 * waits until the engine is open and then goes to it; if opening failed, every call fails as it did.
 */
public final class OpeningSearch implements ArticleSearch {

    /** How an engine is opened. */
    @FunctionalInterface
    public interface Opener {
        ArticleSearch open() throws IOException;
    }

    private final CompletableFuture<ArticleSearch> opened = new CompletableFuture<>();

    private OpeningSearch() {}

    /** Starts opening with {@code opener} on a new thread and returns at once. */
    public static OpeningSearch start(Opener opener) {
        OpeningSearch search = new OpeningSearch();
        Thread opening = new Thread(() -> search.openWith(opener), "lede-open-index");
        opening.setDaemon(true);
        opening.start();
        return search;
    }

    private void openWith(Opener opener) {
        try {
            opened.complete(opener.open());
        } catch (IOException | RuntimeException | Error e) {
            opened.completeExceptionally(e);
        }
    }

    /**
     * The engine, once it is open.
     *
     * @throws IOException the failure that stopped it opening, as thrown
     */
    public ArticleSearch awaitOpen() throws IOException {
        return Awaiting.result(opened, "the index opened");
    }

    /** For the calls that cannot throw {@link IOException}: a failure to open is an engine that cannot be reached. */
    private ArticleSearch openOrUnavailable() {
        try {
            return awaitOpen();
        } catch (IOException e) {
            throw new UncheckedIOException(new EngineUnavailableException("the index did not open", e));
        }
    }

    @Override
    public void showLatestCommit() throws IOException {
        awaitOpen().showLatestCommit();
    }

    @Override
    public SearchPage search(SearchRequest request) throws IOException {
        return awaitOpen().search(request);
    }

    @Override
    public SearchPage search(SearchRequest request, String cursor) throws IOException {
        return awaitOpen().search(request, cursor);
    }

    @Override
    public SearchPage search(SearchRequest request, String cursor, Set<String> onlyIds) throws IOException {
        return awaitOpen().search(request, cursor, onlyIds);
    }

    @Override
    public long export(SearchRequest request, MatchVisitor visitor) throws IOException {
        return awaitOpen().export(request, visitor);
    }

    @Override
    public long export(SearchRequest request, Set<String> onlyIds, MatchVisitor visitor) throws IOException {
        return awaitOpen().export(request, onlyIds, visitor);
    }

    @Override
    public List<FacetValue> facetValues(SearchRequest request, FacetField field, String prefix, int limit)
            throws IOException {
        return awaitOpen().facetValues(request, field, prefix, limit);
    }

    @Override
    public Optional<ArticleView> article(String id) throws IOException {
        return awaitOpen().article(id);
    }

    @Override
    public Optional<List<RelatedArticle>> related(String id, int limit) throws IOException {
        return awaitOpen().related(id, limit);
    }

    @Override
    public Optional<List<DuplicateArticle>> duplicates(String id, int limit) throws IOException {
        return awaitOpen().duplicates(id, limit);
    }

    @Override
    public Optional<EntityProfile> entityProfile(FacetField field, String name, LocalDate from, LocalDate to)
            throws IOException {
        return awaitOpen().entityProfile(field, name, from, to);
    }

    @Override
    public CurationStore curation() {
        return openOrUnavailable().curation();
    }

    @Override
    public SavedSearchStore savedSearches() {
        return openOrUnavailable().savedSearches();
    }

    @Override
    public AnnotationStore annotations() {
        return openOrUnavailable().annotations();
    }

    @Override
    public List<BatchResult> batch(List<String> lines, SearchRequest filters) throws IOException {
        return awaitOpen().batch(lines, filters);
    }

    @Override
    public Set<String> matchingIds(SearchRequest request, Set<String> among) throws IOException {
        return awaitOpen().matchingIds(request, among);
    }

    @Override
    public Optional<String> spellingSuggestion(String query) throws IOException {
        return awaitOpen().spellingSuggestion(query);
    }

    @Override
    public long articleCount() throws IOException {
        return awaitOpen().articleCount();
    }

    @Override
    public IndexStatus status() throws IOException {
        return awaitOpen().status();
    }

    /** Closes the engine once it is open; one that failed to open has nothing to close. */
    @Override
    public void close() throws IOException {
        ArticleSearch search;
        try {
            search = awaitOpen();
        } catch (IOException | RuntimeException e) {
            return;
        }
        search.close();
    }
}
