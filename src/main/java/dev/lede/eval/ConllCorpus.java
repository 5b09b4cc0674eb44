package dev.lede.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads CoNLL-2003 files: one token a line (token, part of speech, chunk, NER tag), blank lines between sentences,
 * {@code -DOCSTART-} lines between documents. Tags are IOB1: {@code I-X} continues an entity of type X or starts
 * one, {@code B-X} starts a new one right after another of the same type. MISC is read but not kept.
 */
public final class ConllCorpus {

    /** The types scored; MISC has no counterpart among Lede's entity kinds. */
    public static final Set<String> TYPES = Set.of("PER", "LOC", "ORG");

    private ConllCorpus() {}

    public static List<ConllDocument> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<ConllDocument> parse(String content) {
        List<ConllDocument> documents = new ArrayList<>();
        DocumentBuilder current = new DocumentBuilder();
        try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("-DOCSTART-")) {
                    current.finish(documents);
                    current = new DocumentBuilder();
                } else if (line.isBlank()) {
                    current.endSentence();
                } else {
                    String[] columns = line.trim().split("\\s+");
                    current.add(columns[0], columns[columns.length - 1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current.finish(documents);
        return documents;
    }

    /** Gold spans from IOB1 tags over one document's tokens, MISC left out. */
    static List<TokenSpan> spans(List<String> tags) {
        List<TokenSpan> spans = new ArrayList<>();
        String openType = null;
        int openStart = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean continues = type != null && type.equals(openType) && tag.startsWith("I-");
            if (openType != null && !continues) {
                if (TYPES.contains(openType)) {
                    spans.add(new TokenSpan(openType, openStart, i));
                }
                openType = null;
            }
            if (type != null && openType == null) {
                openType = type;
                openStart = i;
            }
        }
        return spans;
    }

    private static final class DocumentBuilder {
        private final List<List<String>> sentences = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private List<String> sentence = new ArrayList<>();

        void add(String token, String tag) {
            sentence.add(token);
            tags.add(tag);
        }

        void endSentence() {
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
                // an entity never crosses a sentence boundary
                tags.add(null);
                sentence = new ArrayList<>();
            }
        }

        void finish(List<ConllDocument> documents) {
            endSentence();
            if (sentences.isEmpty()) {
                return;
            }
            List<String> tokenTags = new ArrayList<>();
            List<TokenSpan> gold = new ArrayList<>();
            int offset = 0;
            for (String tag : tags) {
                if (tag == null) {
                    for (TokenSpan span : spans(tokenTags)) {
                        gold.add(new TokenSpan(span.type(), span.start() + offset, span.end() + offset));
                    }
                    offset += tokenTags.size();
                    tokenTags.clear();
                } else {
                    tokenTags.add(tag);
                }
            }
            documents.add(ConllDocument.of(sentences, gold));
        }
    }
}
