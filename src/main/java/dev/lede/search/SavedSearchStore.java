package dev.lede.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lede.model.SavedSearch;
import dev.lede.model.SearchRequest;
import dev.lede.model.SortOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The saved searches of an index, kept as {@code saved-searches.json} beside it (like {@link CurationStore}) so that
 * they survive restarts and travel with the index; a change written by another process (the CLI while the server
 * runs) is picked up at the next read.
 */
public final class SavedSearchStore {

    public static final String FILE_NAME = "saved-searches.json";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1," + SavedSearch.MAX_NAME_LENGTH + "}");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final TypeReference<List<SavedSearch>> LIST_TYPE = new TypeReference<>() {};

    private final Path file;
    private FileTime modified = FileTime.fromMillis(0);
    private List<SavedSearch> searches = List.of();

    public SavedSearchStore(Path indexDir) {
        this.file = indexDir.resolve(FILE_NAME);
    }

    /** Every saved search, by name. */
    public synchronized List<SavedSearch> list() {
        return current();
    }

    public synchronized Optional<SavedSearch> get(String name) {
        return current().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Saves {@code query} under {@code name}, replacing a search of that name.
     *
     * @throws InvalidSearchException naming {@code name} or {@code query} when either cannot be used
     */
    public synchronized SavedSearch save(String name, String query) {
        checkName(name);
        SavedSearch saved = new SavedSearch(name, SearchQueryString.normalize(query), Instant.now(), null, null);
        List<SavedSearch> all = new ArrayList<>(current());
        all.removeIf(s -> s.name().equals(name));
        all.add(saved);
        write(all);
        return saved;
    }

    /** Removes the search called {@code name}; empty when there is none. */
    public synchronized Optional<SavedSearch> remove(String name) {
        Optional<SavedSearch> removed = get(name);
        removed.ifPresent(gone -> {
            List<SavedSearch> all = new ArrayList<>(current());
            all.removeIf(s -> s.name().equals(name));
            write(all);
        });
        return removed;
    }

    /** Records a check for news of {@code name}, made {@code at}, whose newest match was published {@code newest}. */
    public synchronized Optional<SavedSearch> markChecked(String name, Instant at, Instant newest) {
        Optional<SavedSearch> checked = get(name).map(s -> s.checked(at, newest));
        checked.ifPresent(updated -> {
            List<SavedSearch> all = new ArrayList<>(current());
            all.replaceAll(s -> s.name().equals(name) ? updated : s);
            write(all);
        });
        return checked;
    }

    /** The newest {@link SavedSearch#FEED_SIZE} matches of {@code saved}, newest first. */
    public static SearchRequest newestMatches(SavedSearch saved) {
        return SearchQueryString.parse(saved.query(), SortOrder.NEWEST, SavedSearch.FEED_SIZE);
    }

    /** @throws InvalidSearchException naming {@code name} unless it is 1 to 60 letters, digits, - or _ */
    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidSearchException(
                    "name",
                    "name must be 1 to " + SavedSearch.MAX_NAME_LENGTH + " letters, digits, - or _, not '" + name
                            + "'");
        }
    }

    private List<SavedSearch> current() {
        try {
            if (!Files.exists(file)) {
                modified = FileTime.fromMillis(0);
                searches = List.of();
                return searches;
            }
            FileTime changed = Files.getLastModifiedTime(file);
            if (!changed.equals(modified)) {
                searches = sorted(JSON.readValue(file.toFile(), LIST_TYPE));
                modified = changed;
            }
            return searches;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the saved searches " + file, e);
        }
    }

    private void write(List<SavedSearch> all) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            List<SavedSearch> ordered = sorted(all);
            JSON.writeValue(temporary.toFile(), ordered);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            modified = Files.getLastModifiedTime(file);
            searches = ordered;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the saved searches " + file, e);
        }
    }

    private static List<SavedSearch> sorted(List<SavedSearch> all) {
        return all.stream().sorted(Comparator.comparing(SavedSearch::name)).toList();
    }
}
