package dev.lede.parse;

import dev.lede.source.SourceDocument;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Document bytes as text, in whatever encoding they came (see {@link TextEncodings}), while binary files are refused
 * rather than indexed as garbage.
 */
final class DocumentText {

    private DocumentText() {}

    /** The content as text, without a byte-order mark; fails on binary content. */
    static String decode(SourceDocument doc) throws ParseException {
        return decode(doc, Optional.empty());
    }

    /**
     * The content as text, without a byte-order mark; fails on binary content.
     *
     * @param declared the charset the document itself declares (an HTML meta tag), if any
     */
    static String decode(SourceDocument doc, Optional<Charset> declared) throws ParseException {
        byte[] bytes = doc.content();
        if (TextEncodings.looksBinary(bytes, bytes.length)) {
            throw new ParseException(ParseException.Kind.INVALID, doc.location(), "binary content, not text");
        }
        Charset charset = TextEncodings.charsetOf(bytes, bytes.length, declared);
        String text = decode(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Like {@link #decode(SourceDocument)}, and also fails with {@link ParseException.Kind#EMPTY} on whitespace. */
    static String nonBlank(SourceDocument doc) throws ParseException {
        return requireNonBlank(doc, decode(doc));
    }

    static String requireNonBlank(SourceDocument doc, String text) throws ParseException {
        if (text.isBlank()) {
            throw new ParseException(ParseException.Kind.EMPTY, doc.location(), "empty document");
        }
        return text;
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            // Strict first, so that a wrong guess is not hidden; a byte the guess cannot map is then replaced.
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, charset);
        }
    }
}
