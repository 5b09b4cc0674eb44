package dev.lede.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * How many live documents hold two terms of one field, by walking the two postings lists side by side: the count a
 * conjunction query gives, without building a query, a weight and a collector for each of the hundreds of pairs an
 * index's organisation merges ask about when a snapshot is built.
 */
final class PostingsOverlap {

    private PostingsOverlap() {}

    static long count(IndexReader reader, Term first, Term second) throws IOException {
        long count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            count += count(leaf.reader(), first, second);
        }
        return count;
    }

    private static long count(LeafReader leaf, Term first, Term second) throws IOException {
        Terms terms = leaf.terms(first.field());
        if (terms == null) {
            return 0;
        }
        PostingsEnum a = postings(terms, first);
        PostingsEnum b = a == null ? null : postings(terms, second);
        if (b == null) {
            return 0;
        }
        Bits live = leaf.getLiveDocs();
        long count = 0;
        int doc = a.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            int other = b.docID() < doc ? b.advance(doc) : b.docID();
            if (other == doc) {
                count += live == null || live.get(doc) ? 1 : 0;
                doc = a.nextDoc();
            } else if (other == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            } else {
                doc = a.advance(other);
            }
        }
        return count;
    }

    private static PostingsEnum postings(Terms terms, Term term) throws IOException {
        TermsEnum termsEnum = terms.iterator();
        return termsEnum.seekExact(term.bytes()) ? termsEnum.postings(null, PostingsEnum.NONE) : null;
    }
}
