package dev.lede.enrich;

import dev.lede.model.EntityKind;

/** One span the recognizer labelled, as written in the text. */
record EntityMention(EntityKind kind, String text) {}
