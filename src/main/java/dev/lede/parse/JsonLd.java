package dev.lede.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article described in a page's {@code <script type="application/ld+json">} blocks, where news
 * sites state headline, date, author and publisher most reliably.
 */
final class JsonLd {

    // Hand-written JSON-LD often has raw line breaks in strings or trailing commas; browsers and crawlers accept it.
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "NewsArticle",
            "Article",
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "OpinionNewsArticle",
            "BlogPosting");

    private final JsonNode article;
    private final Map<String, JsonNode> nodesById;

    private JsonLd(JsonNode article, Map<String, JsonNode> nodesById) {
        this.article = article;
        this.nodesById = nodesById;
    }

    /**
     * The first article node in the page, if any.
     *
     * @param problems receives a note for each block that is not valid JSON
     */
    static Optional<JsonLd> find(Document page, List<String> problems) {
        List<JsonNode> nodes = new ArrayList<>();
        int blockNumber = 0;
        for (Element script : page.select("script[type=application/ld+json]")) {
            blockNumber++;
            try {
                collect(LENIENT.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                problems.add("JSON-LD block " + blockNumber + ": invalid JSON: " + JsonRecords.describe(e));
            }
        }
        Map<String, JsonNode> nodesById = new HashMap<>();
        for (JsonNode node : nodes) {
            String id = node.path("@id").asText("");
            if (!id.isEmpty()) {
                nodesById.putIfAbsent(id, node);
            }
        }
        return nodes.stream().filter(JsonLd::isArticle).findFirst().map(node -> new JsonLd(node, nodesById));
    }

    String headline() {
        return text(article.get("headline"));
    }

    String datePublished() {
        return text(article.get("datePublished"));
    }

    String articleBody() {
        return text(article.get("articleBody"));
    }

    /** Author names joined by ", "; an author may be a string, an object with a name, or a reference by @id. */
    String author() {
        JsonNode authors = article.get("author");
        if (authors == null) {
            return null;
        }
        StringJoiner names = new StringJoiner(", ");
        for (JsonNode author : authors.isArray() ? authors : List.of(authors)) {
            String name = name(author);
            if (name != null) {
                names.add(name);
            }
        }
        return PlainText.blankToNull(names.toString());
    }

    String publisherName() {
        JsonNode publisher = article.get("publisher");
        return publisher == null ? null : name(publisher.isArray() ? publisher.path(0) : publisher);
    }

    private String name(JsonNode node) {
        if (node.isTextual()) {
            return PlainText.blankToNull(node.asText());
        }
        JsonNode resolved = node.has("name")
                ? node
                : nodesById.getOrDefault(node.path("@id").asText(""), node);
        return text(resolved.get("name"));
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, into));
        } else if (node.isObject()) {
            into.add(node);
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                collect(graph, into);
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode each : type.isArray() ? type : List.of(type)) {
            if (ARTICLE_TYPES.contains(each.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode value) {
        return value == null || !value.isValueNode() ? null : PlainText.blankToNull(value.asText());
    }
}
