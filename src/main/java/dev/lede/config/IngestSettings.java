package dev.lede.config;

import java.util.Map;

/**
 * How {@code lede index} commits and where entities come from. Defaults, overridden by {@code LEDE_COMMIT_EVERY},
 * {@code LEDE_COMMIT_SECONDS} and {@code LEDE_ENTITIES}, overridden by flags through the {@code with*} methods.
 *
 * @param commitEvery commit after this many articles written (a kill loses at most this many)
 * @param commitSeconds commit after this many seconds since the last commit, whichever comes first
 * @param entities where people, places and organisations come from
 */
public record IngestSettings(long commitEvery, long commitSeconds, EntitySource entities) {

    /**
     * A commit costs ≈ 0.1-0.3 s here whatever its size (flush and fsync of the new segments), so every 10,000
     * articles it stays under 1 % of a run even at 2,000 articles/s with {@code --nlp off}, while a kill loses at most
     * ≈ 5 s of that run or ≈ 2 minutes at full NLP speed, which the time limit caps anyway.
     */
    public static final long DEFAULT_COMMIT_EVERY = 10_000;
    /** At the slowest NLP speeds, the time limit caps the loss: one minute of work. */
    public static final long DEFAULT_COMMIT_SECONDS = 60;

    public static final EntitySource DEFAULT_ENTITIES = EntitySource.BOTH;

    public IngestSettings {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commit every must be 1 or more articles, not " + commitEvery);
        }
        if (commitSeconds < 1) {
            throw new IllegalArgumentException("commit seconds must be 1 or more, not " + commitSeconds);
        }
    }

    public static IngestSettings defaults() {
        return new IngestSettings(DEFAULT_COMMIT_EVERY, DEFAULT_COMMIT_SECONDS, DEFAULT_ENTITIES);
    }

    /** The defaults overridden by whichever {@code LEDE_*} variables are set in {@code environment}. */
    public static IngestSettings fromEnvironment(Map<String, String> environment) {
        return new IngestSettings(
                LedeConfig.setting(environment, "LEDE_COMMIT_EVERY", Long::parseLong, DEFAULT_COMMIT_EVERY),
                LedeConfig.setting(environment, "LEDE_COMMIT_SECONDS", Long::parseLong, DEFAULT_COMMIT_SECONDS),
                LedeConfig.setting(environment, "LEDE_ENTITIES", EntitySource::parse, DEFAULT_ENTITIES));
    }

    public IngestSettings withCommitEvery(Long value) {
        return value == null ? this : new IngestSettings(value, commitSeconds, entities);
    }

    public IngestSettings withCommitSeconds(Long value) {
        return value == null ? this : new IngestSettings(commitEvery, value, entities);
    }

    public IngestSettings withEntities(EntitySource value) {
        return value == null ? this : new IngestSettings(commitEvery, commitSeconds, value);
    }
}
