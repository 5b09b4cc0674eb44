package dev.lede.store;

import dev.lede.model.CurationAction;
import dev.lede.model.FacetField;
import java.nio.file.Path;

/**
 * A separate process that writes to a curation log, for the tests of writers in several processes: {@code
 * <indexDir> <count> <tag>} applies {@code count} changes and prints each acknowledged id on its own line.
 */
public final class StoreWriterProcess {

    private StoreWriterProcess() {}

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
