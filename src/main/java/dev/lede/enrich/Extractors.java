package dev.lede.enrich;

import dev.lede.config.NlpMode;
import dev.lede.model.Enrichment;
import java.util.Objects;

/** Builds the extractor for an {@link NlpMode}. Building loads the models, so build once and share the result. */
public final class Extractors {

    private Extractors() {}

    /**
     * {@code OFF}: returns {@link Enrichment#NONE}; {@code FAST}: entities only; {@code FULL}: entities and
     * mentioned dates. Takes seconds for the modes that load models.
     */
    public static Extractor forMode(NlpMode mode) {
        Objects.requireNonNull(mode, "mode");
        return switch (mode) {
            case OFF -> article -> Enrichment.NONE;
            case FAST -> new CoreNlpExtractor(new EntityRecognizer(), null);
            case FULL -> new CoreNlpExtractor(new EntityRecognizer(), new DateMentionFinder());
        };
    }
}
