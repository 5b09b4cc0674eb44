package dev.lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lede bench …}: benchmarks that are commands, not unit tests, so anyone can rerun them. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks to rerun on any machine; see BENCHMARKS.md.",
        subcommands = {BenchSearchCommand.class, BenchQueriesCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
