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
import io.javalin.http.Header;
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
     * Writes {@code value} as the whole response in one piece with its length, rather than streamed in chunks: a
     * search answer is small, and a client reads a sized body with less work.
     */
    static void write(Context ctx, ObjectWriter writer, Object value) throws IOException {
        byte[] body = writer.writeValueAsBytes(value);
        ctx.contentType(ContentType.APPLICATION_JSON);
        ctx.header(Header.CONTENT_LENGTH, Integer.toString(body.length));
        ctx.result(body);
    }

    /** Jackson annotations for {@link FacetValue}, kept here so that the model stays free of them. */
    private abstract static class FacetValueJson {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> aliases();
    }
}
