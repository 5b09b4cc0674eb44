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

    public static NlpMode parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
