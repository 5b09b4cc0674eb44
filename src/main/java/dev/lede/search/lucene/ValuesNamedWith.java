package dev.lede.search.lucene;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The values of facet dimensions that the live documents holding a term hold: the organisations named in a
 * person's articles. Read from the facet doc values of just those documents, since a facet count would set aside a
 * slot for every value of the index for each of the people asked about.
 */
final class ValuesNamedWith {

    private ValuesNamedWith() {}

    /** @param docValuesField the facet field that holds {@code dimension}'s values */
    static Set<String> of(IndexReader reader, Term term, String docValuesField, String dimension) throws IOException {
        return of(
                reader,
                term,
                docValuesField,
                (valueDimension, value) -> valueDimension.equals(dimension) ? value : null);
    }

    /**
     * The values of several dimensions at once, each written as {@code written} says.
     *
     * @param written by a value's dimension and name, how it is written in the answer; {@code null} leaves it out
     */
    static Set<String> of(
            IndexReader reader, Term term, String docValuesField, BiFunction<String, String, String> written)
            throws IOException {
        Set<String> values = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            TermsEnum termsEnum = terms == null ? null : terms.iterator();
            if (termsEnum == null || !termsEnum.seekExact(term.bytes())) {
                continue;
            }
            PostingsEnum docs = termsEnum.postings(null, PostingsEnum.NONE);
            SortedSetDocValues held = DocValues.getSortedSet(leaf.reader(), docValuesField);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && held.advanceExact(doc)) {
                    addValues(held, written, values);
                }
            }
        }
        return values;
    }

    private static void addValues(
            SortedSetDocValues held, BiFunction<String, String, String> written, Set<String> values)
            throws IOException {
        for (int i = 0; i < held.docValueCount(); i++) {
            String[] path =
                    FacetsConfig.stringToPath(held.lookupOrd(held.nextOrd()).utf8ToString());
            String value = path.length == 2 ? written.apply(path[0], path[1]) : null;
            if (value != null) {
                values.add(value);
            }
        }
    }
}
