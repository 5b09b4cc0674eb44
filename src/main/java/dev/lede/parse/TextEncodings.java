package dev.lede.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Finds the encoding of text bytes: a byte-order mark; else UTF-8 when the bytes are valid UTF-8; else the charset
 * the document declares; else the guess of ICU's charset detector (as ported into Tika); else Windows-1252.
 *
 * <p>Valid UTF-8 goes before a declaration because non-ASCII text that happens to be valid UTF-8 almost always is,
 * while declarations are often stale (pages converted to UTF-8 that still say Latin-1). Latin-1 is read as its
 * superset Windows-1252, as browsers do, so that curly quotes and dashes in the 0x80-0x9F range come out right.
 */
final class TextEncodings {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MIN_CONFIDENCE = 20;
    private static final double MAX_CONTROL_SHARE = 0.02;
    private static final int DECODE_CHUNK = 8192;
    private static final int MAX_UTF8_BYTES = 4;

    private TextEncodings() {}

    /**
     * The charset of the first {@code length} bytes.
     *
     * @param declared the charset the document declares, if any
     */
    static Charset charsetOf(byte[] bytes, int length, Optional<Charset> declared) {
        Optional<Charset> marked = byteOrderMark(bytes, length);
        if (marked.isPresent()) {
            return marked.get();
        }
        if (isUtf8(bytes, length)) {
            return StandardCharsets.UTF_8;
        }
        return declared.filter(charset -> !charset.equals(StandardCharsets.UTF_8))
                .or(() -> detected(bytes, length))
                .map(TextEncodings::latin1AsWindows1252)
                .orElse(WINDOWS_1252);
    }

    /** NUL bytes, or more than a few other control characters, outside of UTF-16 text: a binary file. */
    static boolean looksBinary(byte[] bytes, int length) {
        if (byteOrderMark(bytes, length)
                .filter(charset -> !charset.equals(StandardCharsets.UTF_8))
                .isPresent()) {
            return false;
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls > MAX_CONTROL_SHARE * length;
    }

    private static Optional<Charset> byteOrderMark(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** Valid UTF-8, allowing a character cut off at the end of a sample. */
    private static boolean isUtf8(byte[] bytes, int length) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(DECODE_CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return in.remaining() < MAX_UTF8_BYTES;
            }
            out.clear();
        }
    }

    private static Optional<Charset> detected(byte[] bytes, int length) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Optional<Charset> charset = named(match.getName());
            if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
                return charset;
            }
        }
        return Optional.empty();
    }

    /** The charset of that name, if Java knows it. */
    static Optional<Charset> named(String name) {
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Charset latin1AsWindows1252(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
    }
}
