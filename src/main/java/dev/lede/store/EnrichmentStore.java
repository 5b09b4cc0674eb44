package dev.lede.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.config.Enrichment;
import dev.lede.config.EntitySource;
import dev.lede.config.HomeCountry;
import dev.lede.config.NlpMode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * How the index's articles were last enriched by {@code lede index}, kept as {@code enrichment.json} beside it (like
 * {@link SavedSearchStore}), whatever the engine: the server reads it to enrich live writes the same way. A file that
 * cannot be read is set aside and counts as none.
 */
public final class EnrichmentStore {

    public static final String FILE_NAME = "enrichment.json";

    /** The file's document: labels as a person types them ({@code "nlp": "off"}); all null when there is none. */
    record Written(String nlp, String entities, String homeCountry) {
        static final Written NONE = new Written(null, null, null);

        static Written of(Enrichment enrichment) {
            return new Written(enrichment.nlp().label(), enrichment.entities().label(), enrichment.homeCountry());
        }

        Optional<Enrichment> enrichment() {
            return nlp == null
                    ? Optional.empty()
                    : Optional.of(new Enrichment(
                            NlpMode.parse(nlp),
                            EntitySource.parse(entities),
                            homeCountry == null ? null : HomeCountry.parse(homeCountry)));
        }
    }

    private final JsonFileStore<Written> store;

    public EnrichmentStore(Path indexDir) {
        this.store = new JsonFileStore<>(
                indexDir.resolve(FILE_NAME), EnrichmentStore::read, Written.NONE, Clock.systemUTC());
    }

    /** The enrichment last remembered, or empty when the index has none on record (one built before this file). */
    public Optional<Enrichment> read() {
        return store.read().enrichment();
    }

    /**
     * Records {@code enrichment} as the index's.
     *
     * @throws StoreFailure when it could not be written
     */
    public void remember(Enrichment enrichment) {
        store.update(old -> Written.of(enrichment));
    }

    /** Throws, so that the file is set aside, unless it holds a whole enrichment Lede can use. */
    private static Written read(ObjectMapper json, byte[] content) throws IOException {
        Written written = json.readValue(content, Written.class);
        if (written.enrichment().isEmpty()) {
            throw new IOException("it names no NLP mode");
        }
        return written;
    }
}
