package dev.lede.parse;

import dev.lede.source.SourceDocument;
import dev.lede.source.SourceInput;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mailboxes in mbox format, read message by message (bounded memory): each message an article as a single
 * {@code .eml} file gives one (see {@link DocumentParser}). A message that cannot be read is reported and the others
 * are kept.
 */
public final class MboxParser implements StreamingParser {

    private static final String SEPARATOR = "From ";
    // mboxrd quotes body lines that start with "From " as ">From ", ">>From " and so on: one '>' comes off.
    private static final Pattern QUOTED_FROM = Pattern.compile("^>+From ");

    @Override
    public Set<String> extensions() {
        return Set.of("mbox");
    }

    @Override
    public void read(SourceInput input, ParseListener listener) throws ParseException, IOException {
        // Latin-1 maps every byte to one char and back, so each message keeps its bytes for the MIME decoder.
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(
                        BlankInput.requireContent(input.open(), input.location()), StandardCharsets.ISO_8859_1),
                1 << 16)) {
            Messages messages = new Messages(input.location(), listener);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(SEPARATOR)) {
                    messages.next();
                } else if (!messages.started()) {
                    if (!line.isBlank()) {
                        throw new ParseException(
                                ParseException.Kind.INVALID,
                                input.location(),
                                "not an mbox file (no \"From \" line first)");
                    }
                } else {
                    messages.append(QUOTED_FROM.matcher(line).find() ? line.substring(1) : line);
                }
            }
            messages.next();
            messages.requireArticle();
        }
    }

    /** The message being gathered, handed on as an article once the next one starts. */
    private static final class Messages {
        private final String location;
        private final ParseListener listener;
        private final ByteArrayOutputStream message = new ByteArrayOutputStream();
        private int number;
        private long articles;
        private boolean tooLarge;

        Messages(String location, ParseListener listener) {
            this.location = location;
            this.listener = listener;
        }

        boolean started() {
            return number > 0;
        }

        void append(String line) {
            if (message.size() + line.length() > Parsers.MAX_WHOLE_DOCUMENT_BYTES) {
                tooLarge = true;
                return;
            }
            message.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
            message.write('\n');
        }

        void next() {
            if (started()) {
                finish();
            }
            number++;
            message.reset();
            tooLarge = false;
        }

        private void finish() {
            String where = "message " + number + ": ";
            if (tooLarge) {
                listener.problem(location, where + "too large to read");
                return;
            }
            try {
                ArticleDraft draft = TikaDocuments.read(new SourceDocument(location, message.toByteArray()), "eml");
                if (!draft.hasText()) {
                    listener.problem(location, where + "no subject or text");
                    return;
                }
                List<String> warnings = new ArrayList<>();
                listener.article(draft.toArticle(where, warnings));
                warnings.forEach(warning -> listener.warning(location, warning));
                articles++;
            } catch (ParseException unreadable) {
                listener.problem(location, where + unreadable.getMessage().substring(location.length() + 2));
            }
        }

        void requireArticle() throws ParseException {
            if (articles == 0) {
                throw new ParseException(
                        ParseException.Kind.EMPTY, location, "no readable message (" + (number - 1) + " messages)");
            }
        }
    }
}
