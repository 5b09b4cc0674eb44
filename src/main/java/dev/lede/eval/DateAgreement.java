package dev.lede.eval;

import dev.lede.enrich.DateMentionFinder;
import dev.lede.model.Article;
import dev.lede.model.MentionedDate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the mentioned dates of {@code --nlp full}, where SUTime reads only the words around date cues, agree with
 * SUTime run on every sentence, over (article, date) pairs of Reuters-21578 stories: the pairs both find, over the
 * pairs either finds.
 *
 * @param articles stories compared
 * @param agreed (article, date) pairs both found
 * @param onlyAroundCues pairs the cued path found and the reference did not
 * @param onlyEverySentence pairs the reference found and the cued path missed
 * @param examples a few disagreements with the words that named the date, "id: +date \"words\"" (cued only) or
 *     "id: -date \"words\"" (missed)
 */
public record DateAgreement(
        int articles, int agreed, int onlyAroundCues, int onlyEverySentence, List<String> examples) {

    private static final int EXAMPLES = 20;

    public DateAgreement {
        examples = List.copyOf(examples);
    }

    /** The share of pairs found by both; 1 when neither finds any. */
    public double agreement() {
        int pairs = agreed + onlyAroundCues + onlyEverySentence;
        return pairs == 0 ? 1 : (double) agreed / pairs;
    }

    /** Compares the two on the first {@code limit} stories of the gzipped Reuters-21578 JSON Lines file. */
    public static DateAgreement measure(Path reuters, int limit, int threads) {
        List<Article> articles = ReutersCorpus.read(reuters, limit).stream()
                .map(ReutersRecord::article)
                .toList();
        DateMentionFinder aroundCues = DateMentionFinder.aroundCues();
        DateMentionFinder everySentence = DateMentionFinder.everySentence();
        List<DateAgreement> each = Parallel.map(
                articles,
                threads,
                article -> compare(
                        article,
                        aroundCues.find(article.fullText(), published(article)),
                        everySentence.find(article.fullText(), published(article))));
        return each.stream().reduce(new DateAgreement(0, 0, 0, 0, List.of()), DateAgreement::plus);
    }

    static DateAgreement compare(Article article, List<MentionedDate> aroundCues, List<MentionedDate> everySentence) {
        Map<String, String> cued = dates(aroundCues);
        Map<String, String> reference = dates(everySentence);
        List<String> examples = new ArrayList<>();
        int agreed = 0;
        for (Map.Entry<String, String> date : cued.entrySet()) {
            if (reference.containsKey(date.getKey())) {
                agreed++;
            } else {
                examples.add(article.id() + ": +" + date.getKey() + " \"" + date.getValue() + "\"");
            }
        }
        for (Map.Entry<String, String> date : reference.entrySet()) {
            if (!cued.containsKey(date.getKey())) {
                examples.add(article.id() + ": -" + date.getKey() + " \"" + date.getValue() + "\"");
            }
        }
        return new DateAgreement(1, agreed, cued.size() - agreed, reference.size() - agreed, examples);
    }

    private DateAgreement plus(DateAgreement other) {
        List<String> both = new ArrayList<>(examples);
        both.addAll(other.examples);
        return new DateAgreement(
                articles + other.articles,
                agreed + other.agreed,
                onlyAroundCues + other.onlyAroundCues,
                onlyEverySentence + other.onlyEverySentence,
                both.subList(0, Math.min(EXAMPLES, both.size())));
    }

    /** Date value to the words that first named it. */
    private static Map<String, String> dates(List<MentionedDate> found) {
        Map<String, String> dates = new HashMap<>();
        found.forEach(date -> dates.putIfAbsent(date.value(), date.text()));
        return dates;
    }

    private static LocalDate published(Article article) {
        return article.published() == null ? null : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
    }
}
