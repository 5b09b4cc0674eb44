package dev.lede.cli;

import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How the indexer runs extraction. */
final class NlpOptions {

    @Option(
            names = "--nlp",
            paramLabel = "MODE",
            description = "NLP mode: full, fast or off (default: $LEDE_NLP, else full). "
                    + "full = people, places, organisations and mentioned dates; fast = no dates; off = none.",
            converter = NlpModeConverter.class)
    NlpMode nlp;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Articles enriched at once (default: $LEDE_THREADS, else the number of cores).")
    Integer threads;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** @throws ParameterException when {@code --threads} is below 1 */
    LedeConfig apply(LedeConfig config) {
        if (threads != null && threads < 1) {
            throw new ParameterException(command.commandLine(), "--threads must be 1 or more, not " + threads);
        }
        return config.withNlp(nlp).withThreads(threads);
    }

    static final class NlpModeConverter implements picocli.CommandLine.ITypeConverter<NlpMode> {
        @Override
        public NlpMode convert(String value) {
            try {
                return NlpMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
