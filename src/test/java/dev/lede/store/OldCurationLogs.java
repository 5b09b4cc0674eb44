package dev.lede.store;

import dev.lede.model.CurationAction;
import dev.lede.model.FacetField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * {@code curation.json} files written as by a version of Lede that did not refuse cycles yet: the text is put together
 * here, without the store and its checks.
 */
public final class OldCurationLogs {

    /** One change of such a file; {@code target} is {@code null} for block and split. */
    public record Entry(CurationAction action, FacetField field, String value, String target) {}

    private OldCurationLogs() {}

    /** Writes the entries into {@code indexDir} as changes #1, #2, …, a day apart from 1 January 2025. */
    public static void write(Path indexDir, Entry... entries) throws IOException {
        StringJoiner changes = new StringJoiner(",\n  ", "[\n  ", "\n]");
        for (int i = 0; i < entries.length; i++) {
            Entry entry = entries[i];
            changes.add(String.format(
                    "{\"id\": %d, \"at\": \"2025-01-%02dT00:00:00Z\", \"action\": \"%s\", \"field\": \"%s\","
                            + " \"value\": \"%s\"%s}",
                    i + 1,
                    i + 1,
                    entry.action(),
                    entry.field(),
                    entry.value(),
                    entry.target() == null ? "" : ", \"target\": \"" + entry.target() + "\""));
        }
        Files.createDirectories(indexDir);
        Files.writeString(
                indexDir.resolve(CurationStore.FILE_NAME),
                "{\"lastId\": " + entries.length + ", \"changes\": " + changes + "}\n");
    }

    /** Writes a loop: {@code value} merged into {@code target} as #1 and back as #2, then {@code after}. */
    public static void writeLoop(Path indexDir, FacetField field, String value, String target, Entry... after)
            throws IOException {
        Entry[] entries = new Entry[after.length + 2];
        entries[0] = merge(field, value, target);
        entries[1] = merge(field, target, value);
        System.arraycopy(after, 0, entries, 2, after.length);
        write(indexDir, entries);
    }

    public static Entry merge(FacetField field, String value, String into) {
        return new Entry(CurationAction.MERGE, field, value, into);
    }
}
