package dev.lede.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lede.model.Article;
import dev.lede.model.GivenEntities;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading of one JSON article record, shared by the JSON and JSON Lines parsers. */
final class JsonRecords {

    /** Rejects trailing content, so that "{...} {...}" on one line is an error rather than a silent first object. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final List<String> ID = List.of("id");
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> BODY = List.of("body", "text", "content");
    private static final List<String> PUBLISHED = List.of("published", "date");
    private static final List<String> SOURCE = List.of("source");
    private static final List<String> URL = List.of("url");
    private static final List<String> AUTHOR = List.of("author");
    private static final List<String> DATELINE = List.of("dateline");
    private static final List<String> PEOPLE = List.of("people", "persons");
    private static final List<String> PLACES = List.of("places", "locations");
    private static final List<String> ORGS = List.of("orgs", "organizations", "organisations");

    private JsonRecords() {}

    /**
     * The article in one record, or empty with a problem noted when the record is not an object, holds an object or
     * array where text is expected, or has neither title nor body. Unknown fields are ignored. An article kept with
     * something left out (a date that is no date, an entity that is not text) gets a warning instead.
     *
     * @param where prefix for problem and warning messages, such as {@code "item 3: "}
     * @param problems receives why the record gave no article
     * @param warnings receives what the article that was read lost
     */
    static Optional<Article> read(JsonNode record, String where, List<String> problems, List<String> warnings) {
        if (!record.isObject()) {
            problems.add(where + "not a JSON object");
            return Optional.empty();
        }
        try {
            ArticleDraft draft = new ArticleDraft(
                    text(record, ID),
                    text(record, TITLE),
                    text(record, BODY),
                    text(record, PUBLISHED),
                    text(record, SOURCE),
                    text(record, URL),
                    text(record, AUTHOR),
                    text(record, DATELINE));
            if (!draft.hasText()) {
                problems.add(where + "missing title and body");
                return Optional.empty();
            }
            Optional<String> idRefusal = draft.givenIdRefusal(where);
            if (idRefusal.isPresent()) {
                problems.add(idRefusal.get());
                return Optional.empty();
            }
            GivenEntities given = new GivenEntities(
                    names(record, PEOPLE, where, warnings),
                    names(record, PLACES, where, warnings),
                    names(record, ORGS, where, warnings));
            return Optional.of(draft.toArticle(where, warnings).withGiven(given));
        } catch (NotText e) {
            problems.add(where + e.getMessage());
            return Optional.empty();
        }
    }

    /** The first line of Jackson's message, without the location it appends. */
    static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The first non-blank value among the synonyms; numbers and booleans count as their text. */
    private static String text(JsonNode record, List<String> names) throws NotText {
        for (String name : names) {
            JsonNode value = record.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isContainerNode()) {
                throw new NotText(
                        "field '" + name + "' is " + (value.isArray() ? "an array" : "an object") + ", expected text");
            }
            String text = PlainText.blankToNull(value.asText());
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /**
     * The text items of the first of the fields present: an array of text, or a single text read as a list of one
     * (the meaning is clear). Blanks and nulls are left out silently; anything else that is not text (a number, an
     * object) is left out with a warning, as the article is kept.
     */
    private static List<String> names(JsonNode record, List<String> fields, String where, List<String> warnings) {
        for (String field : fields) {
            JsonNode value = record.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            int notText = 0;
            for (JsonNode item : value.isArray() ? value : List.of(value)) {
                if (item.isTextual()) {
                    String name = PlainText.oneLine(item.asText());
                    if (name != null) {
                        names.add(name);
                    }
                } else if (!item.isNull()) {
                    notText++;
                }
            }
            if (notText > 0 && value.isArray()) {
                warnings.add(where + "field '" + field + "' holds " + notText
                        + (notText == 1 ? " item that is" : " items that are") + " not text; indexed without "
                        + (notText == 1 ? "it" : "them"));
            } else if (notText > 0) {
                warnings.add(where + "field '" + field + "' is " + (value.isObject() ? "an object" : "not text")
                        + ", expected a list of names; indexed without " + field);
            }
            return names;
        }
        return List.of();
    }

    private static final class NotText extends Exception {
        NotText(String message) {
            super(message, null, false, false);
        }
    }
}
