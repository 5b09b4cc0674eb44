package dev.lede.config;

import java.util.Locale;

/** Where an article's people, places and organisations come from. */
public enum EntitySource {
    /** The entities the input names for it (e.g. the {@code people}, {@code places}, {@code orgs} of a JSON export). */
    GIVEN,
    /** The entities NLP finds in its text. */
    NLP,
    /** Both, merged and made canonical together. */
    BOTH;

    public static EntitySource parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
