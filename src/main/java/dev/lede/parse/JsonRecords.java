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
     * array where text is expected, or has neither title nor body. Unknown fields are ignored.
     *
     * @param where prefix for problem messages, such as {@code "item 3: "}
     */
    static Optional<Article> read(JsonNode record, String where, List<String> problems) {
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
            GivenEntities given = new GivenEntities(names(record, PEOPLE), names(record, PLACES), names(record, ORGS));
            return Optional.of(draft.toArticle(where, problems).withGiven(given));
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

    /** The text items of the first of the fields that is an array of text (or a single text), blanks left out. */
    private static List<String> names(JsonNode record, List<String> fields) {
        for (String field : fields) {
            JsonNode value = record.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(item -> addName(item, names));
            } else {
                addName(value, names);
            }
            return names;
        }
        return List.of();
    }

    private static void addName(JsonNode item, List<String> names) {
        if (item.isValueNode()) {
            String name = PlainText.oneLine(item.asText());
            if (name != null) {
                names.add(name);
            }
        }
    }

    private static final class NotText extends Exception {
        NotText(String message) {
            super(message, null, false, false);
        }
    }
}
