package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.List;
import java.util.Optional;

/**
 * Offices named in the plural, which the recognizer takes for organisations: "Treasuries" and "Treasurys" are the
 * United States' government bonds ("80 basis points over Treasuries"), "central banks" or "finance ministries" are
 * several countries' bodies at once. None is one body, so none is an organisation of the story; the office in the
 * singular ("Treasury") is left as it is.
 */
final class PluralOffices {

    private PluralOffices() {}

    /** The mentions without organisations that are an office in the plural. */
    static List<EntityMention> without(List<EntityMention> mentions) {
        return mentions.stream()
                .filter(m -> m.kind() != EntityKind.ORGANIZATION
                        || !isOfficeInThePlural(m.text().strip()))
                .toList();
    }

    static boolean isOfficeInThePlural(String name) {
        return singular(name).flatMap(NationalBodies::office).isPresent();
    }

    /** "Treasuries" and "Treasurys" as "Treasury", "Central Banks" as "Central Bank". */
    private static Optional<String> singular(String name) {
        if (name.endsWith("ies")) {
            return Optional.of(name.substring(0, name.length() - "ies".length()) + "y");
        }
        if (name.endsWith("s") && !name.endsWith("ss")) {
            return Optional.of(name.substring(0, name.length() - 1));
        }
        return Optional.empty();
    }
}
