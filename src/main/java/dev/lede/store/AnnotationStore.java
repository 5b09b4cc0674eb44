package dev.lede.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The readers' annotations of an index (stars, tags, notes), kept as {@code annotations.json} beside it like the
 * curation log: keyed by the stable article id, so they survive re-indexing; kept by a {@link JsonFileStore}, so
 * writers in several processes lose nothing, a crash never leaves half a file and a corrupt file is set aside; every
 * write remembered (the last {@link #HISTORY} of them) so it can be undone. A file written by another process is
 * picked up at the next read.
 */
public final class AnnotationStore {

    public static final String FILE_NAME = "annotations.json";
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 60;
    public static final int MAX_NOTE_LENGTH = 10_000;
    static final int HISTORY = 100;

    /** The file's content. */
    private record Contents(Map<String, Annotation> annotations, List<AnnotationChange> history) {
        Contents {
            annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    private static final Contents EMPTY = new Contents(Map.of(), List.of());

    private final JsonFileStore<Contents> store;

    public AnnotationStore(Path indexDir) {
        this(indexDir, Clock.systemUTC());
    }

    AnnotationStore(Path indexDir, Clock clock) {
        this.store = new JsonFileStore<>(indexDir.resolve(FILE_NAME), AnnotationStore::read, EMPTY, clock);
    }

    public synchronized Optional<Annotation> get(String articleId) {
        return Optional.ofNullable(current().annotations().get(articleId));
    }

    /** Every annotation, by article id in id order. */
    public synchronized Map<String, Annotation> all() {
        return new TreeMap<>(current().annotations());
    }

    /**
     * Saves the annotation of {@code articleId}, replacing the one it had; an annotation with no star, tag or note
     * removes it. Tags are trimmed, and the same tag in another case is kept once.
     *
     * @throws IllegalArgumentException when a tag or the note is too long, or there are too many tags
     */
    public synchronized Optional<Annotation> put(String articleId, boolean starred, List<String> tags, String note) {
        Annotation annotation =
                new Annotation(articleId, starred, cleanTags(tags), note == null ? "" : note.strip(), Instant.now());
        if (annotation.note().length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("a note may be at most " + MAX_NOTE_LENGTH + " characters long");
        }
        write(articleId, annotation.saysNothing() ? null : annotation);
        return annotation.saysNothing() ? Optional.empty() : Optional.of(annotation);
    }

    /** Removes the annotation of {@code articleId}; empty when it had none. */
    public synchronized Optional<Annotation> remove(String articleId) {
        return get(articleId).isPresent() ? write(articleId, null) : Optional.empty();
    }

    /** Undoes the latest write that is not undone yet; empty when there is none. */
    public synchronized Optional<AnnotationChange> undo() {
        List<AnnotationChange> undone = new ArrayList<>();
        store.update(now -> {
            if (now.history().isEmpty()) {
                return now;
            }
            AnnotationChange last = now.history().getLast();
            undone.add(last);
            Map<String, Annotation> annotations = new TreeMap<>(now.annotations());
            if (last.before() == null) {
                annotations.remove(last.articleId());
            } else {
                annotations.put(last.articleId(), last.before());
            }
            return new Contents(
                    annotations, now.history().subList(0, now.history().size() - 1));
        });
        return undone.stream().findFirst();
    }

    /** Ids of the starred articles. */
    public synchronized Set<String> starred() {
        return current().annotations().values().stream()
                .filter(Annotation::starred)
                .map(Annotation::articleId)
                .collect(Collectors.toSet());
    }

    /** Ids of the articles with every one of {@code tags} (compared ignoring case). */
    public synchronized Set<String> taggedWithAll(List<String> tags) {
        return current().annotations().values().stream()
                .filter(annotation -> tags.stream().allMatch(tag -> hasTag(annotation, tag)))
                .map(Annotation::articleId)
                .collect(Collectors.toSet());
    }

    /**
     * The ids a search asking for starred articles and (when {@code tags} is not empty) every one of {@code tags} is
     * restricted to, or {@code null} when it asks for neither.
     */
    public synchronized Set<String> restriction(boolean starred, List<String> tags) {
        if (!starred && tags.isEmpty()) {
            return null;
        }
        Set<String> ids = new HashSet<>(starred ? starred() : all().keySet());
        if (!tags.isEmpty()) {
            ids.retainAll(taggedWithAll(tags));
        }
        return ids;
    }

    /**
     * Each tag in use, with the ids of the articles that carry it, tags in alphabetical order; a tag written in
     * several cases is one tag, spelled as on the first of its articles in id order.
     */
    public synchronized Map<String, Set<String>> tags() {
        Map<String, Set<String>> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Annotation annotation : all().values()) {
            annotation
                    .tags()
                    .forEach(tag -> tags.computeIfAbsent(tag, t -> new LinkedHashSet<>())
                            .add(annotation.articleId()));
        }
        return tags;
    }

    private static boolean hasTag(Annotation annotation, String tag) {
        return annotation.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag.strip()));
    }

    private static List<String> cleanTags(List<String> tags) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String clean = tag == null ? "" : tag.strip();
            if (clean.length() > MAX_TAG_LENGTH) {
                throw new IllegalArgumentException("a tag may be at most " + MAX_TAG_LENGTH + " characters long");
            }
            if (!clean.isEmpty()) {
                distinct.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        if (distinct.size() > MAX_TAGS) {
            throw new IllegalArgumentException("an article may have at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(distinct.values());
    }

    /**
     * Saves {@code annotation} (or removes the article's, when null) from what is on disk now, and remembers what it
     * replaced.
     *
     * @return the annotation it replaced
     * @throws StoreFailure when it could not be saved
     */
    private Optional<Annotation> write(String articleId, Annotation annotation) {
        Annotation[] replaced = new Annotation[1];
        store.update(now -> {
            Map<String, Annotation> annotations = new TreeMap<>(now.annotations());
            Annotation before =
                    annotation == null ? annotations.remove(articleId) : annotations.put(articleId, annotation);
            List<AnnotationChange> history = new ArrayList<>(now.history());
            history.add(new AnnotationChange(articleId, before));
            replaced[0] = before;
            if (history.size() > HISTORY) {
                history.subList(0, history.size() - HISTORY).clear();
            }
            return new Contents(annotations, history);
        });
        return Optional.ofNullable(replaced[0]);
    }

    private Contents current() {
        return store.read();
    }

    private static Contents read(ObjectMapper json, byte[] content) throws IOException {
        Contents contents = json.readerFor(Contents.class)
                // A file written by a newer Lede (with more to say per annotation) is still read.
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(content);
        if (contents == null) {
            throw new IOException("not an annotations file");
        }
        return contents;
    }
}
