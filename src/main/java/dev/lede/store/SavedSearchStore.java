package dev.lede.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.SavedSearch;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The saved searches of an index, kept as {@code saved-searches.json} beside it (like {@link CurationStore}) so that
 * they survive restarts and travel with the index; a change written by another process (the CLI while the server
 * runs) is picked up at the next read. It keeps queries as given: callers check them first.
 */
public final class SavedSearchStore {

    public static final String FILE_NAME = "saved-searches.json";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1," + SavedSearch.MAX_NAME_LENGTH + "}");
    private static final TypeReference<List<SavedSearch>> LIST_TYPE = new TypeReference<>() {};

    private final JsonFileStore<List<SavedSearch>> store;

    public SavedSearchStore(Path indexDir) {
        this(indexDir, Clock.systemUTC());
    }

    SavedSearchStore(Path indexDir, Clock clock) {
        this.store = new JsonFileStore<>(indexDir.resolve(FILE_NAME), SavedSearchStore::read, List.of(), clock);
    }

    /** Every saved search, by name. */
    public List<SavedSearch> list() {
        return store.read();
    }

    public Optional<SavedSearch> get(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Saves {@code query} under {@code name}, replacing a search of that name.
     *
     * @throws InvalidEntry naming {@code name} when it cannot be used
     * @throws StoreFailure when it could not be saved
     */
    public SavedSearch save(String name, String query) {
        checkName(name);
        SavedSearch saved = new SavedSearch(name, query, Instant.now(), null, null);
        store.update(all -> {
            List<SavedSearch> changed = without(all, name);
            changed.add(saved);
            return sorted(changed);
        });
        return saved;
    }

    /** Removes the search called {@code name}; empty when there is none. */
    public Optional<SavedSearch> remove(String name) {
        List<SavedSearch> removed = new ArrayList<>();
        store.update(all -> {
            all.stream().filter(s -> s.name().equals(name)).forEach(removed::add);
            return without(all, name);
        });
        return removed.stream().findFirst();
    }

    /** Records a check for news of {@code name}, made {@code at}, whose newest match was published {@code newest}. */
    public Optional<SavedSearch> markChecked(String name, Instant at, Instant newest) {
        List<SavedSearch> checked = new ArrayList<>();
        store.update(all -> all.stream()
                .map(s -> {
                    if (!s.name().equals(name)) {
                        return s;
                    }
                    checked.add(s.checked(at, newest));
                    return checked.getFirst();
                })
                .toList());
        return checked.stream().findFirst();
    }

    /** @throws InvalidEntry naming {@code name} unless it is 1 to 60 letters, digits, - or _ */
    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidEntry(
                    "name", "name must be 1 to " + SavedSearch.MAX_NAME_LENGTH + " letters, digits, - or _");
        }
    }

    private static List<SavedSearch> without(List<SavedSearch> all, String name) {
        List<SavedSearch> rest = new ArrayList<>(all);
        rest.removeIf(s -> s.name().equals(name));
        return rest;
    }

    private static List<SavedSearch> read(ObjectMapper json, byte[] content) throws IOException {
        List<SavedSearch> all = json.readValue(content, LIST_TYPE);
        if (all == null || all.stream().anyMatch(s -> s == null || s.name() == null)) {
            throw new IOException("not a list of saved searches");
        }
        return sorted(all);
    }

    private static List<SavedSearch> sorted(List<SavedSearch> all) {
        return all.stream().sorted(Comparator.comparing(SavedSearch::name)).toList();
    }
}
