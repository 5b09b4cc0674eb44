package dev.lede.model;

/**
 * One month of an entity's timeline.
 *
 * @param month {@code 2025-02}
 * @param articles articles published that month that mention the entity (0 for a quiet month)
 * @param mentionedWith who and what those articles mention most besides it
 */
public record EntityMonth(String month, long articles, CoMentions mentionedWith) {}
