package dev.lede.eval;

import dev.lede.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How well a keyword search ranks Reuters-21578's stories, judged by the topics its editors gave them: each of
 * {@link TopicQueries} searched over every story, a story relevant where it carries the topic. Only stories with a
 * topic are judged (the editors tagged about half, the rest are unknown rather than wrong), so the ranking is read with
 * the others left out of it, as for incomplete judgements in TREC-style evaluation. Queries alternate between a tuning
 * half (even positions) and a held-out half (odd), so that a ranking change is chosen on one and reported on the other.
 */
public final class TopicRanking {

    /** Hits a precision and an nDCG read at most. */
    static final int CUTOFF = 10;

    /** Judged hits an average precision reads. */
    static final int DEPTH = 100;

    /** Hits read from the search, judged or not, to find {@link #DEPTH} judged ones in most rankings. */
    static final int HITS_READ = 300;

    /** One query's scores. */
    public record QueryScore(
            String topic, String keywords, int relevant, double precision, double ndcg, double averagePrecision) {}

    /** The means of a half's queries. */
    public record Means(int queries, double precision, double ndcg, double averagePrecision) {}

    /**
     * Every query's scores, in the order of {@link TopicQueries}, a query with no relevant story left out.
     *
     * @param complete whether the stories were the whole corpus, as the floors need
     */
    public record Result(List<QueryScore> queries, Means tuning, Means heldOut, int judgedStories, boolean complete) {}

    private TopicRanking() {}

    /**
     * @param stories the articles with their editors' topics
     * @param wholeCorpus whether they are all of Reuters-21578
     */
    public static Result run(List<ReutersRecord> stories, boolean wholeCorpus, RankingEngine engine) {
        Map<String, List<String>> topicsOfStory = new HashMap<>();
        stories.forEach(story -> topicsOfStory.put(story.article().id(), story.topics()));
        List<Article> articles = stories.stream().map(ReutersRecord::article).toList();
        List<QueryScore> scores = new ArrayList<>();
        List<Boolean> heldOut = new ArrayList<>();
        try (RankingEngine.Ranking ranking = engine.index(articles)) {
            for (int i = 0; i < TopicQueries.ALL.size(); i++) {
                TopicQueries.TopicQuery query = TopicQueries.ALL.get(i);
                int relevant = (int) stories.stream()
                        .filter(story -> story.topics().contains(query.topic()))
                        .count();
                if (relevant > 0) {
                    List<Boolean> judged = judged(ranking.ranked(query.keywords(), HITS_READ), query, topicsOfStory);
                    scores.add(score(query, relevant, judged));
                    heldOut.add(i % 2 == 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int judgedStories = (int)
                stories.stream().filter(story -> !story.topics().isEmpty()).count();
        return new Result(
                scores, means(scores, heldOut, false), means(scores, heldOut, true), judgedStories, wholeCorpus);
    }

    /** For each judged hit in rank order, whether it carries the query's topic; unjudged hits are left out. */
    private static List<Boolean> judged(
            List<String> ranked, TopicQueries.TopicQuery query, Map<String, List<String>> topicsOfStory) {
        return ranked.stream()
                .map(id -> topicsOfStory.getOrDefault(id, List.of()))
                .filter(topics -> !topics.isEmpty())
                .map(topics -> topics.contains(query.topic()))
                .limit(DEPTH)
                .toList();
    }

    static QueryScore score(TopicQueries.TopicQuery query, int relevant, List<Boolean> judged) {
        return new QueryScore(
                query.topic(),
                query.keywords(),
                relevant,
                precision(judged, relevant),
                ndcg(judged, relevant),
                averagePrecision(judged, relevant));
    }

    /**
     * The share of relevant hits among the first {@link #CUTOFF}, or among as many as there are relevant stories when
     * fewer, so that a topic of six stories can score 1; a shorter ranking counts its missing places as misses.
     */
    static double precision(List<Boolean> judged, int relevant) {
        return (double) relevantIn(judged.subList(0, Math.min(CUTOFF, judged.size()))) / Math.min(CUTOFF, relevant);
    }

    /** Discounted gain of the first {@link #CUTOFF} hits over the best a ranking of this many relevant stories has. */
    static double ndcg(List<Boolean> judged, int relevant) {
        double gain = IntStream.range(0, Math.min(CUTOFF, judged.size()))
                .filter(judged::get)
                .mapToDouble(TopicRanking::discount)
                .sum();
        double best = IntStream.range(0, Math.min(CUTOFF, relevant))
                .mapToDouble(TopicRanking::discount)
                .sum();
        return gain / best;
    }

    /** Mean of the precision at each relevant hit, over as many relevant stories as {@link #DEPTH} can hold. */
    static double averagePrecision(List<Boolean> judged, int relevant) {
        double sum = 0;
        int found = 0;
        for (int rank = 0; rank < judged.size(); rank++) {
            if (judged.get(rank)) {
                found++;
                sum += (double) found / (rank + 1);
            }
        }
        return sum / Math.min(relevant, DEPTH);
    }

    private static double discount(int rank) {
        return 1 / (Math.log(rank + 2) / Math.log(2));
    }

    private static long relevantIn(List<Boolean> judged) {
        return judged.stream().filter(Boolean::booleanValue).count();
    }

    private static Means means(List<QueryScore> scores, List<Boolean> heldOut, boolean half) {
        List<QueryScore> ofHalf = IntStream.range(0, scores.size())
                .filter(i -> heldOut.get(i) == half)
                .mapToObj(scores::get)
                .toList();
        return new Means(
                ofHalf.size(),
                mean(ofHalf.stream().mapToDouble(QueryScore::precision).toArray()),
                mean(ofHalf.stream().mapToDouble(QueryScore::ndcg).toArray()),
                mean(ofHalf.stream().mapToDouble(QueryScore::averagePrecision).toArray()));
    }

    private static double mean(double[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).average().orElse(0);
    }
}
