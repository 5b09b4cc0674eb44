package dev.lede.enrich;

import dev.lede.model.MentionedDate;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds calendar dates named in a text with SUTime, resolving relative ones ("on Wednesday", "last month") against
 * the publication date. Four digits that are a time of day ({@link ClockTimes}), one side of a size ({@link SizeNumbers}),
 * hyphenated to a unit ({@link UnitNumbers}), lie more than a century after the story was written
 * ({@link TimexValues#tooFarAhead}) or more than a century before it with no word that makes them a year
 * ({@link OldYears}) are not taken for years.
 *
 * <p>SUTime is the slow part of extraction, so by default it sees only the words around {@link DateCues}
 * ({@link CueWindows}); {@link #everySentence()} runs it on every sentence instead, as the reference the cued path is
 * measured against. The part-of-speech tags let SUTime read tense: without them "said on Friday", published on a
 * Thursday, would be the next day; with them it is the Friday before. Only the windows are tagged: the tense words
 * SUTime reads sit next to the date, inside the window ({@link CueWindows#REACH}).
 *
 * <p>Safe to call from several threads: tokenizer and tagger keep no per-call state, and each call borrows its own
 * SUTime annotator ({@link SutimePool}).
 */
public final class DateMentionFinder {

    /** Also splits sentences: since CoreNLP 4.5 the tokenizer does both. */
    private final TokenizerAnnotator tokenizer;

    private final POSTaggerAnnotator tagger;
    private final SutimePool sutime;
    private final boolean onlyAroundCues;

    /** Loads the tagger and SUTime's rules; takes a few seconds. Annotators are built here, not taken from a cache. */
    private DateMentionFinder(boolean onlyAroundCues) {
        tokenizer = new TokenizerAnnotator(false, "en");
        tagger = new POSTaggerAnnotator(ModelLoader.tagger());
        sutime = new SutimePool();
        this.onlyAroundCues = onlyAroundCues;
    }

    /** The finder extraction uses: SUTime on the words around date cues only. Takes a few seconds to load. */
    public static DateMentionFinder aroundCues() {
        return new DateMentionFinder(true);
    }

    /** SUTime on every sentence of every paragraph: slow, the reference {@link #aroundCues()} is measured against. */
    public static DateMentionFinder everySentence() {
        return new DateMentionFinder(false);
    }

    /**
     * Distinct dates in text order, each with the words that named it first. Without a publication date only
     * absolute dates are found, since SUTime leaves relative ones unresolved.
     *
     * @param published the day relative expressions refer to, or {@code null}
     */
    public List<MentionedDate> find(String text, LocalDate published) {
        Map<String, MentionedDate> byValue = new LinkedHashMap<>();
        int written = (published != null ? published : LocalDate.now(ZoneOffset.UTC)).getYear();
        for (String paragraph : Paragraphs.of(text)) {
            if (onlyAroundCues && !DateCues.mayNameDate(paragraph)) {
                continue;
            }
            for (CoreMap timex : timexes(paragraph, published)) {
                Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
                if (value == null) {
                    continue;
                }
                String words = timex.get(CoreAnnotations.TextAnnotation.class);
                TimexValues.calendarDate(value.timexType(), value.value())
                        .filter(date -> !TimexValues.tooFarAhead(date, written))
                        .filter(date -> !TimexValues.isYear(date) || !notAYear(paragraph, timex, date, written))
                        .ifPresent(date -> byValue.putIfAbsent(date, new MentionedDate(date, words)));
            }
        }
        return List.copyOf(byValue.values());
    }

    /**
     * Whether the four digits that end a year-only mention are a time of day, a side of a size or a count instead, or
     * a number centuries back with no word before it that makes it a year.
     */
    private static boolean notAYear(String paragraph, CoreMap timex, String year, int writtenYear) {
        int begin = timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return ClockTimes.notAYear(paragraph, begin, end)
                || SizeNumbers.isSide(paragraph, begin, end)
                || UnitNumbers.isCount(paragraph, end)
                || OldYears.lacksACue(
                        paragraph, digitsStart(paragraph, begin, end), Integer.parseInt(year), writtenYear);
    }

    /** Where the four digits that end the mention start ("the year 1337"), or where the mention starts. */
    private static int digitsStart(String paragraph, int begin, int end) {
        int digits = end - 4;
        return digits >= begin && paragraph.substring(digits, end).chars().allMatch(Character::isDigit)
                ? digits
                : begin;
    }

    private List<CoreMap> timexes(String paragraph, LocalDate published) {
        Annotation annotation = new Annotation(paragraph);
        tokenizer.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (onlyAroundCues) {
            sentences = CueWindows.around(sentences, CueWindows.REACH);
        }
        if (sentences.isEmpty()) {
            return List.of();
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        tagger.annotate(annotation);
        if (published != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        sutime.annotate(annotation);
        List<CoreMap> found = annotation.get(TimeAnnotations.TimexAnnotations.class);
        return found == null ? List.of() : found;
    }
}
