package dev.lede.store;

import dev.lede.model.CurationAction;
import dev.lede.model.FacetField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate process that writes to a curation log, for the tests of writers in several processes: {@code
 * <indexDir> <count> <tag>} applies {@code count} changes and prints each acknowledged id on its own line.
 */
public final class StoreWriterProcess {

    private StoreWriterProcess() {}

    /** Starts {@code main} in a JVM of its own, on the tests' class path, with {@code args}. */
    static Process launch(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Xmx64m",
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    public static void main(String[] args) {
        CurationStore store = new CurationStore(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            long id = store.apply(CurationAction.BLOCK, FacetField.PERSON, args[2] + " " + i, null)
                    .id();
            System.out.println(id);
            System.out.flush();
        }
    }
}
