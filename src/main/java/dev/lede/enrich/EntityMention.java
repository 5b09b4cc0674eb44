package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.List;
import java.util.Set;

/** One span the recognizer labelled, as written in the text. */
record EntityMention(EntityKind kind, String text) {

    /** Every "person" whose name is one of {@code names} (as {@link NameLists#key} writes them) becomes a {@code kind}. */
    static List<EntityMention> peopleAs(EntityKind kind, Set<String> names, List<EntityMention> mentions) {
        if (names.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .map(m -> m.kind() == EntityKind.PERSON && names.contains(NameLists.key(m.text()))
                        ? new EntityMention(kind, m.text())
                        : m)
                .toList();
    }
}
