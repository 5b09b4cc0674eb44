package dev.lede.eval;

import dev.lede.enrich.Extractor;
import dev.lede.enrich.SpanTagger;
import java.util.ArrayList;
import java.util.List;

/**
 * CoNLL-2003 dev split by a fixed rule into a tuning half (documents at even positions, counting from 0) and a
 * held-out half (odd positions), each scored with Lede's rules and with the plain CRF they start from. Rules are
 * developed on the tuning half; the held-out half says whether they generalise, and the plain CRF on the same half
 * is the baseline they must beat. The same halves are also read by the whole extractor, for the kind it lists each
 * gold name under ({@link ConllNameKinds}).
 */
public record ConllHalves(
        ConllEvaluation.Result tuning,
        ConllEvaluation.Result heldOut,
        ConllEvaluation.Result plainTuning,
        ConllEvaluation.Result plainHeldOut,
        ConllNameKinds.Result kindsTuning,
        ConllNameKinds.Result kindsHeldOut) {

    public static ConllHalves run(SpanTagger tagger, Extractor extractor, List<ConllDocument> documents, int threads) {
        List<ConllDocument> tuning = half(documents, 0);
        List<ConllDocument> heldOut = half(documents, 1);
        ConllEvaluation lede = new ConllEvaluation(tagger);
        ConllEvaluation plain = new ConllEvaluation(tagger.plainCrf());
        ConllNameKinds kinds = new ConllNameKinds(extractor);
        return new ConllHalves(
                lede.run(tuning, threads),
                lede.run(heldOut, threads),
                plain.run(tuning, threads),
                plain.run(heldOut, threads),
                kinds.run(tuning, threads),
                kinds.run(heldOut, threads));
    }

    /** The documents at positions of the given parity. */
    static List<ConllDocument> half(List<ConllDocument> documents, int parity) {
        List<ConllDocument> half = new ArrayList<>();
        for (int i = parity; i < documents.size(); i += 2) {
            half.add(documents.get(i));
        }
        return half;
    }
}
