package dev.lede.config;

import java.util.Locale;

/** How much natural-language processing the indexer runs on each article. */
public enum NlpMode {
    /** Named entities and mentioned dates (SUTime). */
    FULL,
    /** Named entities only; no mentioned dates. */
    FAST,
    /** No NLP at all. */
    OFF;

    /** @throws IllegalArgumentException saying which modes there are, when {@code text} is none of them */
    public static NlpMode parse(String text) {
        for (NlpMode mode : values()) {
            if (mode.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an NLP mode; use full, fast or off");
    }

    /** The name a person types, e.g. {@code fast}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
