package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.index.Fingerprint;
import dev.lede.index.Fingerprints;
import dev.lede.index.Schema;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;

/**
 * The copies of one article among candidates read for several at once are the ones a walk for it alone would give:
 * only candidates sharing one of its own band keys, as the Lucene engine finds them, however alike the rest are.
 */
class NearDuplicateCandidatesTest {

    private static final int HASHES = Fingerprints.BANDS * Fingerprints.ROWS;

    private final Random random = new Random(7);
    private final int[] article = randomHashes();

    @Test
    void aCandidateAsAlikeButSharingNoBandKeyOfItsOwnIsNoCopy() {
        int[] noSharedBand = article.clone();
        for (int band = 0; band < Fingerprints.BANDS; band++) {
            noSharedBand[band * Fingerprints.ROWS] = ~article[band * Fingerprints.ROWS];
        }
        int[] otherPendingHit = randomHashes();
        System.arraycopy(noSharedBand, 0, otherPendingHit, 0, Fingerprints.ROWS);
        int[] sharingBandZero = noSharedBand.clone();
        sharingBandZero[0] = article[0];

        SolrDocument hit = doc("hit", article);
        SolrNearDuplicates.Candidates candidates = SolrNearDuplicates.Candidates.of(List.of(
                hit,
                doc("other-hit", otherPendingHit),
                doc("no-shared-band", noSharedBand),
                doc("shares-band-0", sharingBandZero)));

        assertEquals(0.75, fingerprint(article).similarity(fingerprint(noSharedBand)));
        assertEquals(List.of("shares-band-0"), ids(candidates.copiesOf(hit, Set.of())));
        assertEquals(List.of(), ids(candidates.copiesOf(hit, Set.of("shares-band-0"))));
    }

    private int[] randomHashes() {
        int[] hashes = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            hashes[i] = random.nextInt();
        }
        return hashes;
    }

    private static Fingerprint fingerprint(int[] hashes) {
        return new Fingerprint(hashes, 100);
    }

    private static SolrDocument doc(String id, int[] hashes) {
        SolrDocument doc = new SolrDocument();
        doc.setField(Schema.ID, id);
        doc.setField(Schema.PUBLISHED, new Date(0));
        doc.setField(Schema.FINGERPRINT, fingerprint(hashes).toBytes());
        return doc;
    }

    private static List<String> ids(List<SolrNearDuplicates.Copy> copies) {
        return copies.stream().map(copy -> SolrNearDuplicates.id(copy.doc())).toList();
    }
}
