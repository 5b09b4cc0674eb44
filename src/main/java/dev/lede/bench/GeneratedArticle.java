package dev.lede.bench;

import java.time.Instant;
import java.util.List;

/** One article of a generated corpus, with the entities it names given as fields. */
record GeneratedArticle(
        String id,
        String title,
        String body,
        Instant published,
        String source,
        List<String> people,
        List<String> places,
        List<String> orgs) {

    GeneratedArticle {
        people = List.copyOf(people);
        places = List.copyOf(places);
        orgs = List.copyOf(orgs);
    }
}
