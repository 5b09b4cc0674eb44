package dev.lede.parse;

import dev.lede.model.Article;
import dev.lede.source.SourceInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds gzip and zip files in tests, and collects what a streaming read hands on. */
final class Containers {

    private Containers() {}

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip of the given entries, in order; a name ending in "/" is a directory. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip of text entries given as name, text, name, text, ... in order. */
    static byte[] zip(String... namesAndTexts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            entries.put(namesAndTexts[i], utf8(namesAndTexts[i + 1]));
        }
        return zip(entries);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything a read hands on: articles, and problems as "location: detail". */
    record Collected(List<Article> articles, List<String> problems) implements ParseListener {
        Collected() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void problem(String location, String detail) {
            problems.add(location + ": " + detail);
        }

        List<String> titles() {
            return articles.stream().map(Article::title).toList();
        }
    }

    static Collected read(Parsers parsers, String location, byte[] content) throws ParseException, IOException {
        Collected collected = new Collected();
        parsers.read(SourceInput.of(location, content), collected);
        return collected;
    }
}
