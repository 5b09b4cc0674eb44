package dev.lede.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lede.model.FacetValue;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * The one JSON configuration of Lede's API (and of the CLI's {@code --json} output): ISO-8601 dates, and a facet
 * value's {@code aliases} only when it has some, so that timeline buckets and plain values stay short.
 */
public final class Json {

    private Json() {}

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(FacetValue.class, FacetValueJson.class)
                .build();
    }

    /**
     * Writes {@code value} as the whole response through {@code writer}, made once for its type, as one array of
     * bytes (Javalin still compresses it when the client accepts that).
     */
    static void write(Context ctx, ObjectWriter writer, Object value) throws IOException {
        ctx.contentType(ContentType.APPLICATION_JSON);
        ctx.result(writer.writeValueAsBytes(value));
    }

    /** Jackson annotations for {@link FacetValue}, kept here so that the model stays free of them. */
    private abstract static class FacetValueJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> aliases();
    }
}
