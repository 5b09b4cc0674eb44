package dev.lede.eval;

import java.util.List;

/**
 * Everything one {@code lede evaluate} run measured; a part that was not run is {@code null}.
 *
 * @param command the command line that produced it, for the record
 * @param nlp the extraction mode used
 * @param variants the name-variants file of {@code ../shared}
 * @param ownVariants Lede's own pairs of the same kinds, none of them in that file
 * @param ranking the keyword search's ranking judged by Reuters' topics
 */
public record EvaluationReport(
        String command,
        String nlp,
        ConllHalves conll,
        NameVariantsEvaluation.Result variants,
        NameVariantsEvaluation.Result ownVariants,
        ReutersEvaluation.Result reuters,
        TopicRanking.Result ranking,
        SeedArticleCheck.Result seed) {

    public List<Floors.Check> checks() {
        return Floors.check(this);
    }

    public boolean passed() {
        return checks().stream().allMatch(Floors.Check::passed);
    }
}
