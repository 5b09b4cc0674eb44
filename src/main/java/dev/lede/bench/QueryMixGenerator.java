package dev.lede.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Derives an engine-neutral query mix from a corpus sample, by the rules solr-peer documents for its own generator:
 * filters chosen first (a person 20 %, a place 25 %, a date window 30 %), then a document carrying them, then a kind
 * (40 % one keyword, 30 % two words, 30 % a phrase) with words from that document's body of useful document
 * frequency, so every query matches at least the document it came from. The same sample and seed give the same mix.
 */
public final class QueryMixGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] WINDOW_DAYS = {7, 30, 90};

    private final List<CorpusSample.Doc> docs;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int minFrequency;
    private final int maxFrequency;
    private final Instant histogramStart;
    private final Instant histogramEnd;

    private QueryMixGenerator(List<CorpusSample.Doc> docs) {
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no article with an id, a body and a publication time");
        }
        this.docs = docs;
        for (CorpusSample.Doc doc : docs) {
            new HashSet<>(doc.words()).forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
        }
        minFrequency = Math.max(3, docs.size() / 10_000);
        maxFrequency = Math.max(minFrequency, docs.size() * 15 / 100);
        Instant first = docs.stream()
                .map(CorpusSample.Doc::published)
                .min(Instant::compareTo)
                .orElseThrow();
        Instant last = docs.stream()
                .map(CorpusSample.Doc::published)
                .max(Instant::compareTo)
                .orElseThrow();
        histogramStart = monthStart(first, 0);
        histogramEnd = monthStart(last, 1);
    }

    /** A generator over the first {@code sampleSize} usable articles of {@code corpus}. */
    public static QueryMixGenerator sampling(Path corpus, int sampleSize) throws IOException {
        return new QueryMixGenerator(CorpusSample.read(corpus, sampleSize));
    }

    /** Writes {@code count} distinct queries as JSON lines (fewer if the sample cannot give that many). */
    public int write(Writer out, int count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> seen = new HashSet<>();
        int written = 0;
        for (int attempt = 0; written < count && attempt < count * 50; attempt++) {
            Map<String, Object> query = query(random, written + 1);
            if (query != null && seen.add(identity(query))) {
                out.write(JSON.writeValueAsString(query));
                out.write('\n');
                written++;
            }
        }
        out.flush();
        return written;
    }

    private static String identity(Map<String, Object> query) {
        Map<String, Object> key = new LinkedHashMap<>(query);
        key.remove("id");
        key.remove("source_doc");
        return key.toString();
    }

    private Map<String, Object> query(SplittableRandom random, int number) {
        boolean person = random.nextInt(100) < 20;
        boolean place = random.nextInt(100) < 25;
        boolean window = random.nextInt(100) < 30;
        CorpusSample.Doc doc = documentWith(person, place, random);
        if (doc == null) {
            return null;
        }
        int roll = random.nextInt(100);
        String kind = roll < 40 ? "keyword" : roll < 70 ? "and" : "phrase";
        List<String> terms = terms(kind, doc, random);
        if (terms.isEmpty()) {
            return null;
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", String.format("q%04d", number));
        query.put("kind", kind);
        query.put("text", String.join(" ", terms));
        query.put("terms", terms);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (person) {
            filters.put(
                    "people",
                    List.of(doc.people().get(random.nextInt(doc.people().size()))));
        }
        if (place) {
            filters.put(
                    "places",
                    List.of(doc.places().get(random.nextInt(doc.places().size()))));
        }
        query.put("filters", filters);
        if (window) {
            query.put("published_range", window(doc.published(), random));
        }
        query.put(
                "facet_date",
                ordered("start", histogramStart.toString(), "end", histogramEnd.toString(), "gap", "+1MONTH"));
        query.put("source_doc", doc.id());
        return query;
    }

    /** A random document with the tags the filters need; people are rare in some corpora, so it keeps looking. */
    private CorpusSample.Doc documentWith(boolean person, boolean place, SplittableRandom random) {
        for (int attempt = 0; attempt < 2_000; attempt++) {
            CorpusSample.Doc doc = docs.get(random.nextInt(docs.size()));
            if ((!person || !doc.people().isEmpty()) && (!place || !doc.places().isEmpty())) {
                return doc;
            }
        }
        return null;
    }

    private List<String> terms(String kind, CorpusSample.Doc doc, SplittableRandom random) {
        List<String> useful = doc.words().stream()
                .filter(word -> Words.isPlainWord(word, 4))
                .filter(word -> {
                    int frequency = documentFrequency.getOrDefault(word, 0);
                    return frequency >= minFrequency && frequency <= maxFrequency;
                })
                .distinct()
                .toList();
        return switch (kind) {
            case "keyword" -> useful.isEmpty() ? List.of() : List.of(useful.get(random.nextInt(useful.size())));
            case "and" -> twoDifferent(useful, random);
            default -> phrase(doc.words(), random);
        };
    }

    private static List<String> twoDifferent(List<String> useful, SplittableRandom random) {
        for (int attempt = 0; attempt < 20 && useful.size() >= 2; attempt++) {
            String first = useful.get(random.nextInt(useful.size()));
            String second = useful.get(random.nextInt(useful.size()));
            if (!prefix(first).equals(prefix(second))) {
                return List.of(first, second);
            }
        }
        return List.of();
    }

    private static String prefix(String word) {
        return word.substring(0, Math.min(5, word.length()));
    }

    /** Two or three adjacent words (three in a quarter of phrases), none a stop word, each in two documents or more. */
    private List<String> phrase(List<String> words, SplittableRandom random) {
        int length = random.nextInt(4) == 0 ? 3 : 2;
        for (int attempt = 0; attempt < 30 && words.size() >= length; attempt++) {
            int start = random.nextInt(words.size() - length + 1);
            List<String> candidate = words.subList(start, start + length);
            if (candidate.stream()
                    .allMatch(word -> Words.isPlainWord(word, 1) && documentFrequency.getOrDefault(word, 0) >= 2)) {
                return List.copyOf(candidate);
            }
        }
        return List.of();
    }

    private static Map<String, String> window(Instant published, SplittableRandom random) {
        int days = WINDOW_DAYS[random.nextInt(WINDOW_DAYS.length)];
        LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
        LocalDate from = day.minusDays(random.nextInt(days));
        return ordered(
                "from", from.atStartOfDay(ZoneOffset.UTC).toInstant().toString(),
                "to",
                        from.plusDays(days)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()
                                .toString());
    }

    /** Keys in the order given, so the same seed writes the same bytes in every JVM. */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Instant monthStart(Instant instant, int monthsLater) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC)
                .withDayOfMonth(1)
                .plusMonths(monthsLater)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .truncatedTo(ChronoUnit.DAYS);
    }
}
