package dev.lede.cli;

import dev.lede.model.Hit;
import dev.lede.model.SavedSearch;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import dev.lede.search.InvalidSearchException;
import dev.lede.search.SavedQueryCheck;
import dev.lede.search.SearchQueryString;
import dev.lede.store.InvalidEntry;
import dev.lede.store.SavedSearchStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Saved searches, shared with the server ({@code /api/saved}, {@code /feeds/NAME.atom}) through the index folder. */
@Command(
        name = "saved",
        mixinStandardHelpOptions = true,
        description = {
            "Saves searches under a name, lists and removes them, and prints what is new since the last check.",
            "A running server sees the changes at once and serves each saved search as /feeds/NAME.atom.",
            "Examples:",
            "  lede saved add putin-munich putin --place Munich",
            "  lede saved add putin-munich 'q=putin&place=Munich'",
            "  lede saved list",
            "  lede saved check putin-munich",
            "  lede saved remove putin-munich"
        },
        subcommands = {
            SavedCommand.Add.class,
            SavedCommand.List.class,
            SavedCommand.Check.class,
            SavedCommand.Remove.class
        })
final class SavedCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The index whose saved searches are used. */
    abstract static class OnIndex implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        IndexOptions index;

        /** Which engine {@code check} searches; the saved searches are a file in the index folder whatever it is. */
        @Mixin
        BackendOptions backend;

        SavedSearchStore store() throws IOException {
            return new SavedSearchStore(index.sideFilesDir(backend));
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        int unknown(String name) {
            spec.commandLine().getErr().println("lede: no saved search named '" + name + "'");
            return 1;
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = {
                "Saves a search as NAME (letters, digits, - and _), replacing one of that name. The search is given "
                        + "like lede search (keywords and filter options) or as one raw query string of /api/search.",
            },
            customSynopsis = "lede saved add [--index DIR] [FILTER OPTIONS] NAME [QUERY...]")
    static final class Add extends OnIndex {

        /** A single word like {@code q=putin&place=Munich} or {@code ?person=...} is a raw query string. */
        private static final Pattern RAW = Pattern.compile("\\?.*|[A-Za-z]+=.*");

        @Mixin
        SearchOptions search;

        @Override
        public Integer call() throws IOException {
            if (search.words.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Missing NAME");
            }
            java.util.List<String> words = new ArrayList<>(search.words);
            String name = words.removeFirst();
            search.words = words;
            String query;
            if (words.size() == 1 && RAW.matcher(words.getFirst()).matches()) {
                query = words.getFirst();
            } else {
                query = SearchQueryString.of(search.request(spec.commandLine(), 1, SearchRequest.DEFAULT_SIZE));
            }
            SavedSearchStore.checkName(name);
            String checked = checkedForSaving(query);
            SavedSearch saved = store().save(name, checked);
            out().printf("Saved %s: %s%n", saved.name(), describe(saved.query()));
            out().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the saved searches by name.")
    static final class List extends OnIndex {
        @Override
        public Integer call() throws IOException {
            var all = store().list();
            if (all.isEmpty()) {
                out().println("No saved searches.");
            }
            for (SavedSearch saved : all) {
                out().printf(
                                "%s  %s  (saved %s%s)%n",
                                saved.name(),
                                describe(saved.query()),
                                saved.created(),
                                saved.lastChecked() == null ? "" : ", checked " + saved.lastChecked());
            }
            out().flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Deletes the saved search NAME.")
    static final class Remove extends OnIndex {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            if (store().remove(name).isEmpty()) {
                return unknown(name);
            }
            out().println("Removed " + name);
            out().flush();
            return 0;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Prints the matches of NAME published after the newest one the last check saw (the first check: the "
                        + "newest " + SavedSearch.FEED_SIZE + "), newest first, one per story unless the query has "
                        + "collapse=false, and remembers this check."
            })
    static final class Check extends OnIndex {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            SavedSearchStore store = store();
            var found = store.get(name);
            if (found.isEmpty()) {
                return unknown(name);
            }
            SavedSearch saved = found.get();
            java.util.List<Hit> hits;
            try (ArticleSearch articles = Backends.openSearch(index.config(), backend.settings())) {
                hits = articles.search(
                                SearchQueryString.newestMatches(saved),
                                null,
                                SearchQueryString.annotated(saved.query(), articles.annotations()))
                        .hits();
            }
            java.util.List<Hit> fresh =
                    hits.stream().filter(hit -> isNew(saved, hit)).toList();
            Instant newest = hits.stream()
                    .map(Hit::published)
                    .filter(published -> published != null)
                    .max(Instant::compareTo)
                    .orElse(null);
            if (fresh.isEmpty()) {
                out().printf("Nothing new for %s since %s.%n", name, saved.lastChecked());
            } else {
                out().printf("%d new for %s (%s):%n", fresh.size(), name, describe(saved.query()));
                fresh.forEach(hit -> out().println(line(hit)));
            }
            store.markChecked(name, Instant.now(), newest);
            out().flush();
            return 0;
        }

        private static boolean isNew(SavedSearch saved, Hit hit) {
            if (saved.lastChecked() == null) {
                return true;
            }
            return hit.published() != null
                    && (saved.newestSeen() == null || hit.published().isAfter(saved.newestSeen()));
        }

        private static String line(Hit hit) {
            String day = hit.published() == null
                    ? "(no date)"
                    : hit.published().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            String where = hit.url() == null || hit.url().isBlank() ? "id " + hit.id() : hit.url();
            String source = hit.source() == null || hit.source().isBlank() ? "" : "  " + hit.source();
            String copies = hit.copiesNote().isEmpty() ? "" : "  — " + hit.copiesNote();
            return "  " + day + "  " + hit.title() + source + "  " + where + copies;
        }
    }

    private static String describe(String query) {
        return query.isEmpty() ? "(every article)" : query;
    }

    /** The query as it is kept, or a usage error saying why a search could never run it. */
    private static String checkedForSaving(String query) {
        try {
            return SavedQueryCheck.checked(query);
        } catch (InvalidSearchException e) {
            throw new InvalidEntry(e.parameter(), e.getMessage());
        }
    }
}
