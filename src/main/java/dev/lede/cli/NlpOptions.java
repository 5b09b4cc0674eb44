package dev.lede.cli;

import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import picocli.CommandLine.Option;

/** How the indexer runs extraction. */
final class NlpOptions {

    @Option(
            names = "--nlp",
            paramLabel = "MODE",
            description = "NLP mode: ${COMPLETION-CANDIDATES} (default: $LEDE_NLP, else full). "
                    + "full = people, places, organisations and mentioned dates; fast = no dates; off = none.",
            converter = NlpModeConverter.class)
    NlpMode nlp;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Articles enriched at once (default: $LEDE_THREADS, else the number of cores).")
    Integer threads;

    LedeConfig apply(LedeConfig config) {
        return config.withNlp(nlp).withThreads(threads);
    }

    static final class NlpModeConverter implements picocli.CommandLine.ITypeConverter<NlpMode> {
        @Override
        public NlpMode convert(String value) {
            try {
                return NlpMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not an NLP mode; use full, fast or off");
            }
        }
    }
}
