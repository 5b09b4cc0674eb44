package dev.lede.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
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
 * curation log: keyed by the stable article id, so they survive re-indexing; written to a temporary file and moved
 * into place, so a crash never leaves half a file; every write remembered (the last {@link #HISTORY} of them) so it
 * can be undone. A file written by another process is picked up at the next read.
 */
public final class AnnotationStore {

    public static final String FILE_NAME = "annotations.json";
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 60;
    public static final int MAX_NOTE_LENGTH = 10_000;
    static final int HISTORY = 100;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A file written by a newer Lede (with more to say per annotation) is still read.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The file's content. */
    private record Contents(Map<String, Annotation> annotations, List<AnnotationChange> history) {
        Contents {
            annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    private final Path file;
    private FileTime modified = FileTime.fromMillis(0);
    private Contents contents = new Contents(Map.of(), List.of());

    public AnnotationStore(Path indexDir) {
        this.file = indexDir.resolve(FILE_NAME);
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
        Optional<Annotation> before = get(articleId);
        before.ifPresent(ignored -> write(articleId, null));
        return before;
    }

    /** Undoes the latest write that is not undone yet; empty when there is none. */
    public synchronized Optional<AnnotationChange> undo() {
        Contents now = current();
        if (now.history().isEmpty()) {
            return Optional.empty();
        }
        AnnotationChange last = now.history().getLast();
        Map<String, Annotation> annotations = new TreeMap<>(now.annotations());
        if (last.before() == null) {
            annotations.remove(last.articleId());
        } else {
            annotations.put(last.articleId(), last.before());
        }
        save(new Contents(annotations, now.history().subList(0, now.history().size() - 1)));
        return Optional.of(last);
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

    private void write(String articleId, Annotation annotation) {
        Contents now = current();
        Map<String, Annotation> annotations = new TreeMap<>(now.annotations());
        Annotation before = annotation == null ? annotations.remove(articleId) : annotations.put(articleId, annotation);
        List<AnnotationChange> history = new ArrayList<>(now.history());
        history.add(new AnnotationChange(articleId, before));
        if (history.size() > HISTORY) {
            history.subList(0, history.size() - HISTORY).clear();
        }
        save(new Contents(annotations, history));
    }

    private Contents current() {
        try {
            if (!Files.exists(file)) {
                return contents;
            }
            FileTime now = Files.getLastModifiedTime(file);
            if (!now.equals(modified)) {
                contents = JSON.readValue(file.toFile(), Contents.class);
                modified = now;
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the annotations " + file, e);
        }
    }

    private void save(Contents next) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            JSON.writeValue(temporary.toFile(), next);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            contents = next;
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the annotations " + file, e);
        }
    }
}
