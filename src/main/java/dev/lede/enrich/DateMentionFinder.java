package dev.lede.enrich;

import dev.lede.model.MentionedDate;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Finds calendar dates named in a text with SUTime, resolving relative ones ("on Wednesday", "last month") against
 * the publication date.
 *
 * <p>SUTime is the slow part of extraction, so it sees only the words around {@link DateCues} ({@link CueWindows}).
 * The part-of-speech tags cost little on those few sentences and let SUTime read tense: without them "said on Friday",
 * published on a Thursday, would be the next day; with them it is the Friday before.
 *
 * <p>Tokenizing and tagging run in parallel; SUTime itself runs one call at a time, see {@link SutimeTenseTags}.
 */
final class DateMentionFinder {

    /** Also splits sentences: since CoreNLP 4.5 the tokenizer does both. */
    private final TokenizerAnnotator tokenizer;

    private final POSTaggerAnnotator tagger;
    private final TimeAnnotator timeAnnotator;
    /** Guarded by {@code timeAnnotator}, like every SUTime call. */
    private final SutimeTenseTags tenseTags;

    /** Loads the tagger and SUTime's rules; takes a few seconds. Annotators are built here, not taken from a cache. */
    DateMentionFinder() {
        tokenizer = new TokenizerAnnotator(false, "en");
        tagger = new POSTaggerAnnotator(false);
        // quiet: an article without a publication date is normal here, not worth a warning each time
        timeAnnotator = new TimeAnnotator("sutime", new Properties(), true);
        tenseTags = new SutimeTenseTags(timeAnnotator);
    }

    /**
     * Distinct dates in text order, each with the words that named it first. Without a publication date only
     * absolute dates are found, since SUTime leaves relative ones unresolved.
     *
     * @param published the day relative expressions refer to, or {@code null}
     */
    List<MentionedDate> find(String text, LocalDate published) {
        Map<String, MentionedDate> byValue = new LinkedHashMap<>();
        for (String paragraph : Paragraphs.of(text)) {
            if (!DateCues.mayNameDate(paragraph)) {
                continue;
            }
            for (CoreMap timex : timexes(paragraph, published)) {
                Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
                if (value == null) {
                    continue;
                }
                String words = timex.get(CoreAnnotations.TextAnnotation.class);
                TimexValues.calendarDate(value.timexType(), value.value())
                        .ifPresent(date -> byValue.putIfAbsent(date, new MentionedDate(date, words)));
            }
        }
        return List.copyOf(byValue.values());
    }

    private List<CoreMap> timexes(String paragraph, LocalDate published) {
        Annotation annotation = new Annotation(paragraph);
        tokenizer.annotate(annotation);
        List<CoreMap> candidates = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (DateCues.mayNameDate(sentence.get(CoreAnnotations.TextAnnotation.class))) {
                candidates.add(sentence);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, candidates);
        tagger.annotate(annotation);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, CueWindows.around(candidates));
        if (published != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        synchronized (timeAnnotator) {
            tenseTags.clear();
            timeAnnotator.annotate(annotation);
        }
        List<CoreMap> found = annotation.get(TimeAnnotations.TimexAnnotations.class);
        return found == null ? List.of() : found;
    }
}
