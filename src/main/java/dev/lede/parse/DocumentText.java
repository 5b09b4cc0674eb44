package dev.lede.parse;

import dev.lede.source.SourceDocument;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of document bytes. {@link SourceDocument#text()} replaces bad bytes silently; parsers must instead
 * reject binary files rather than index their garbage.
 */
final class DocumentText {

    private DocumentText() {}

    /** The content as UTF-8 text without a byte-order mark; fails on NUL bytes or malformed UTF-8. */
    static String utf8(SourceDocument doc) throws ParseException {
        return decode(doc, StandardCharsets.UTF_8);
    }

    /** The content in the given charset without a byte-order mark; fails on NUL bytes or unmappable bytes. */
    static String decode(SourceDocument doc, Charset charset) throws ParseException {
        byte[] bytes = doc.content();
        for (byte b : bytes) {
            if (b == 0) {
                throw notText(doc, charset);
            }
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw notText(doc, charset);
        }
    }

    /** Like {@link #utf8}, and also fails with {@link ParseException.Kind#EMPTY} when there is nothing but whitespace. */
    static String nonBlankUtf8(SourceDocument doc) throws ParseException {
        return requireNonBlank(doc, utf8(doc));
    }

    static String requireNonBlank(SourceDocument doc, String text) throws ParseException {
        if (text.isBlank()) {
            throw new ParseException(ParseException.Kind.EMPTY, doc.location(), "empty document");
        }
        return text;
    }

    private static ParseException notText(SourceDocument doc, Charset charset) {
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
        return new ParseException(ParseException.Kind.INVALID, doc.location(), "not " + name + " text");
    }
}
