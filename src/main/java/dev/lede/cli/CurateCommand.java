package dev.lede.cli;

import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.FacetField;
import dev.lede.store.CurationStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Corrects entity values without re-indexing; a running server applies the changes at its next search. */
@Command(
        name = "curate",
        mixinStandardHelpOptions = true,
        description = {
            "Merges, renames, splits or blocks facet values (person, place, country, region, org, source), or lists "
                    + "and undoes such changes. Changes apply at once, also to a running server, and need no "
                    + "re-indexing.",
            "Examples:",
            "  lede curate merge person \"Olexander Tkachivsky\" \"Oleksandr Tkachivskyi\"",
            "  lede curate block person \"Herder Musa Lenkaina\"",
            "  lede curate list",
            "  lede curate undo 3"
        },
        subcommands = {
            CurateCommand.List.class,
            CurateCommand.Merge.class,
            CurateCommand.Rename.class,
            CurateCommand.Split.class,
            CurateCommand.Block.class,
            CurateCommand.Undo.class
        })
final class CurateCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The index whose curation log is changed, and how a change is printed. */
    abstract static class Change implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        IndexOptions index;

        /** Accepted like every command's: the curation log is a file in the index folder whatever the engine. */
        @Mixin
        BackendOptions backend;

        CurationStore store() throws IOException {
            return new CurationStore(index.sideFilesDir(backend));
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        static FacetField field(String name, picocli.CommandLine.Model.CommandSpec spec) {
            return FacetField.byParameter(name)
                    .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                            spec.commandLine(),
                            "FIELD must be one of " + FacetField.parameterNames() + ", not '" + name + "'"));
        }

        static String describe(CurationChange change) {
            String target = change.target() == null ? "" : " → " + change.target();
            return String.format(
                    "#%d  %s  %s %s: %s%s",
                    change.id(),
                    change.at(),
                    change.action().label(),
                    change.field().parameter(),
                    change.value(),
                    target);
        }

        Integer apply(CurationAction action, String fieldName, String value, String target) throws IOException {
            FacetField chosen = field(fieldName, spec);
            CurationChange change = store().apply(action, chosen, value, target);
            out().println(describe(change));
            out().flush();
            return 0;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists the changes in force, oldest first, then any change ignored because it closes a loop.")
    static final class List extends Change {
        @Override
        public Integer call() throws IOException {
            CurationStore store = store();
            var log = store.log();
            if (log.isEmpty()) {
                out().println("No curation changes.");
            }
            log.forEach(change -> out().println(describe(change)));
            store.loops().forEach(loop -> out().println(loop.describe()));
            out().flush();
            return 0;
        }
    }

    /** A change to one value of one field; merge and rename also name the value it becomes. */
    abstract static class ValueChange extends Change {
        @Parameters(index = "0", paramLabel = "FIELD", description = "person, place, country, region, org or source")
        String field;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        abstract CurationAction action();

        String target() {
            return null;
        }

        @Override
        public Integer call() throws IOException {
            return apply(action(), field, value, target());
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Makes VALUE an alias of INTO.")
    static final class Merge extends ValueChange {
        @Parameters(index = "2", paramLabel = "INTO")
        String into;

        @Override
        CurationAction action() {
            return CurationAction.MERGE;
        }

        @Override
        String target() {
            return into;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Shows VALUE as NEW_NAME.")
    static final class Rename extends ValueChange {
        @Parameters(index = "2", paramLabel = "NEW_NAME")
        String newName;

        @Override
        CurationAction action() {
            return CurationAction.RENAME;
        }

        @Override
        String target() {
            return newName;
        }
    }

    @Command(
            name = "split",
            mixinStandardHelpOptions = true,
            description = "Makes an alias VALUE a value of its own again.")
    static final class Split extends ValueChange {
        @Override
        CurationAction action() {
            return CurationAction.SPLIT;
        }
    }

    @Command(name = "block", mixinStandardHelpOptions = true, description = "Hides VALUE: it is not an entity.")
    static final class Block extends ValueChange {
        @Override
        CurationAction action() {
            return CurationAction.BLOCK;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Takes back change ID (see list).")
    static final class Undo extends Change {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        public Integer call() throws IOException {
            var undone = store().undo(id);
            if (undone.isEmpty()) {
                spec.commandLine().getErr().println("lede: no curation change #" + id);
                return 1;
            }
            out().println("Undone: " + describe(undone.get()));
            out().flush();
            return 0;
        }
    }
}
