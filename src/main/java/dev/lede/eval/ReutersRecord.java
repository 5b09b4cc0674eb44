package dev.lede.eval;

import dev.lede.model.Article;
import java.util.List;

/**
 * One Reuters-21578 story: the article as Lede reads it (id, title, body, publication time, source, dateline — never
 * the tags) and the human people, place and topic tags it is scored against.
 */
public record ReutersRecord(Article article, List<String> people, List<String> places, List<String> topics) {

    public ReutersRecord {
        people = List.copyOf(people);
        places = List.copyOf(places);
        topics = List.copyOf(topics);
    }
}
