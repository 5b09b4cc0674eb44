package dev.lede.enrich;

import dev.lede.model.EntityKind;

/** Mentions as the recognizer gives them, for tests that feed the clean-up rules by hand. */
final class Mentions {

    private Mentions() {}

    static EntityMention person(String text) {
        return new EntityMention(EntityKind.PERSON, text);
    }

    static EntityMention place(String text) {
        return new EntityMention(EntityKind.PLACE, text);
    }

    static EntityMention org(String text) {
        return new EntityMention(EntityKind.ORGANIZATION, text);
    }
}
