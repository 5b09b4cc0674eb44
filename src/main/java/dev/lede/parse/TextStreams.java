package dev.lede.parse;

import dev.lede.source.SourceInput;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Text inputs read line by line in their own encoding, judged from a sample at their start (see {@link TextEncodings}). */
final class TextStreams {

    private static final int SAMPLE_BYTES = 1 << 16;

    private TextStreams() {}

    /**
     * A reader of the input in the encoding its first bytes show. UTF-8 stays strict, so that a later malformed byte
     * ends the read with a {@link java.nio.charset.CharacterCodingException} instead of garbage.
     *
     * @throws ParseException when the start of the input is binary
     */
    static BufferedReader reader(SourceInput input) throws ParseException, IOException {
        InputStream in = new BufferedInputStream(input.open(), SAMPLE_BYTES);
        try {
            in.mark(SAMPLE_BYTES);
            byte[] sample = in.readNBytes(SAMPLE_BYTES);
            in.reset();
            if (TextEncodings.looksBinary(sample, sample.length)) {
                throw new ParseException(ParseException.Kind.INVALID, input.location(), "binary content, not text");
            }
            Charset charset = TextEncodings.charsetOf(sample, sample.length, Optional.empty());
            return new BufferedReader(new InputStreamReader(in, decoder(charset)), SAMPLE_BYTES);
        } catch (ParseException | IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        CodingErrorAction onError =
                charset.equals(StandardCharsets.UTF_8) ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }
}
