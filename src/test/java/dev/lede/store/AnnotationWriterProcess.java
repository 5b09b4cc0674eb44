package dev.lede.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A separate process that stars articles, for the tests of annotation writers in several processes: {@code
 * <indexDir> <count> <prefix>} stars {@code <prefix><i>} for each i below count and prints each acknowledged id.
 */
public final class AnnotationWriterProcess {

    private AnnotationWriterProcess() {}

    public static void main(String[] args) {
        AnnotationStore store = new AnnotationStore(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            String id = args[2] + i;
            store.put(id, true, List.of(args[2]), "");
            System.out.println(id);
            System.out.flush();
        }
    }
}
