package dev.lede.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the API described in OpenAPI 3. It is written by hand beside this class
 * ({@code openapi.json}): the API is small, a generator would need annotations on every handler and a build step,
 * and {@code OpenApiDocumentTest} checks it against the routes the server really has. The version is filled in here.
 */
final class OpenApiDocument {

    static final String RESOURCE = "openapi.json";

    private final String json;

    OpenApiDocument() {
        this.json = load();
    }

    void serve(Context ctx) {
        ctx.contentType("application/json").result(json);
    }

    private static String load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode document = Json.mapper().readTree(in);
            ((ObjectNode) document.get("info")).put("version", LedeVersion.current());
            return Json.mapper().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
