package dev.lede.model;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Other names of a value that are not in the index: a former or foreign name of a place ("Bombay", "Peking",
 * "Côte d'Ivoire"), a former state ("Soviet Union"). Search consults it for names a user types; Lede's gazetteer
 * provides it (found with {@link ServiceLoader}, so that search needs no NLP package).
 */
public interface NameAliases {

    NameAliases NONE = (field, typed) -> List.of();

    /** The values a typed name stands for when it is another name of them; empty when it is no such name. */
    List<String> valuesNamed(FacetField field, String typed);

    /**
     * The other names that find {@code value} when typed ("Bombay", "Bombaim" for "Mumbai"), so that a prefix of an
     * old name finds the value too; empty when none is known.
     */
    default List<String> otherNames(FacetField field, String value) {
        return List.of();
    }

    /**
     * The countries and first-level regions ("Nevada, United States") that extraction derives from a place value
     * alone, the place itself included when it is one ("United States" brings "United States"); empty when unknown.
     * Curation uses it to take away what only a blocked place brought to an article.
     */
    default PlaceDerivation derivedFrom(String place) {
        return PlaceDerivation.NONE;
    }

    /** The provider on the class path, or {@link #NONE}; loaded once. */
    static NameAliases installed() {
        return Installed.INSTANCE;
    }

    /**
     * Starts looking the provider up on a background thread, for a caller that will need it soon and has other work
     * first (a server opening an index: the gazetteer takes seconds to read on a cold JVM).
     */
    static void loadInBackground() {
        Thread loader = new Thread(NameAliases::installed, "lede-name-aliases");
        loader.setDaemon(true);
        loader.start();
    }

    /** Holder, so the provider is looked up (and the gazetteer read) on first use only. */
    final class Installed {
        private static final NameAliases INSTANCE =
                ServiceLoader.load(NameAliases.class).findFirst().orElse(NONE);

        private Installed() {}
    }
}
