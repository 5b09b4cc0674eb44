package dev.lede.enrich;

import dev.lede.model.MentionedDate;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

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
 * SUTime reads sit next to the date, inside the window ({@link CueWindows#REACH}). A weekday, month or day of the month
 * written without its year is then read again from its own neighbours ({@link DateTense}), since SUTime lets one tense
 * word decide for every mention of the same day in a paragraph. A span of years or months counts from the time its
 * sentence wrote out before it, or from the writing ({@link CountedSpans}), and "the year" of "the year ended September
 * 30" names nothing of its own ({@link PeriodsByTheirEnd}), nor does the modal "MAY" of a headline in capitals or "may"
 * in lower case ({@link HeadlineModals}), nor "the fourth year" of an agreement ({@link OrdinalPeriods}). A quarter
 * named by its number alone ("fourth quarter net rose") names the year its place beside the publication date and its
 * tense give ({@link NumberedQuarters}).
 *
 * <p>Safe to call from several threads: tokenizer and tagger keep no per-call state, and each call borrows its own
 * SUTime annotator ({@link SutimePool}).
 */
public final class DateMentionFinder {

    /**
     * A month's name, a year's digits or a quarter's number: a date the story wrote out rather than one counted from
     * the writing.
     */
    private static final Pattern WRITTEN_OUT = Pattern.compile(
            "\\b(?:\\d{4}|(?:last|this|next)\\s+year|" + NumberedQuarters.NUMBERED
                    + "|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january"
                    + "|february|march|april|june|july|august|september|october|november|december)\\b",
            Pattern.CASE_INSENSITIVE);

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
            Annotated annotated = annotate(paragraph, published);
            Anchor anchor = null;
            for (CoreMap timex : timexes(annotated.annotation())) {
                Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
                if (value == null) {
                    continue;
                }
                int end = timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (CountedSpans.isARate(paragraph, end)) {
                    continue;
                }
                String words = CountedSpans.withJoinedDirection(
                        timex.get(CoreAnnotations.TextAnnotation.class), paragraph, end);
                if (CountedSpans.reachesTheWriting(words)) {
                    continue;
                }
                if (HeadlineModals.isModal(
                        paragraph,
                        timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                        text)) {
                    continue;
                }
                int sentence = sentenceOf(annotated, timex);
                Optional<CountedSpans.Span> span = published == null ? Optional.empty() : CountedSpans.of(words);
                Optional<String> found;
                if (span.isPresent()) {
                    boolean named = anchor != null && anchor.sentence() == sentence;
                    found = counted(span.get(), named ? anchor.date() : null, published);
                } else {
                    found = calendarDate(annotated, timex, value, published, written);
                    if (found.isPresent()) {
                        anchor = Anchor.after(anchor, sentence, found.get(), words);
                    }
                }
                found.ifPresent(date -> byValue.putIfAbsent(date, new MentionedDate(date, words)));
            }
        }
        return List.copyOf(byValue.values());
    }

    /**
     * The year or month a span counts to: from the date its sentence named before it ({@code named}, or {@code null})
     * unless it counts from the writing, or from the publication date.
     */
    private static Optional<String> counted(CountedSpans.Span span, String named, LocalDate published) {
        return named == null || span.fromWriting()
                ? span.countedFrom(published)
                : span.countedFrom(named).or(() -> span.countedFrom(published));
    }

    /** The calendar date a timex names, read by its tense words, unless its four digits are no year. */
    private static Optional<String> calendarDate(
            Annotated annotated, CoreMap timex, Timex value, LocalDate published, int written) {
        String words = timex.get(CoreAnnotations.TextAnnotation.class);
        String paragraph = annotated.annotation().get(CoreAnnotations.TextAnnotation.class);
        return TimexValues.calendarDate(value.timexType(), value.value())
                .or(() -> TimexValues.yearOfWrittenQuarter(value.value(), words))
                .or(() -> yearOfNumberedQuarter(annotated, timex, value, published))
                .flatMap(date -> HeadlineModals.besideLowerCaseModal(words, date))
                .flatMap(date -> OrdinalPeriods.withoutOrdinal(words, date))
                .map(date -> published == null ? date : readByTense(annotated, timex, date, published))
                .filter(date -> !TimexValues.tooFarAhead(date, written))
                .filter(date -> !TimexValues.isYear(date) || !notAYear(paragraph, timex, date, written))
                .filter(date -> !PeriodsByTheirEnd.isOne(
                        paragraph,
                        timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)))
                .map(date -> TimexValues.toUnitOfSpan(date, words));
    }

    /**
     * What a span such as "a year earlier" counts from ({@link CountedSpans}): the first month its sentence wrote out
     * before it, the main period of a report ("exports fell in January from 4,100 in December and 3,900 a year
     * earlier" is January a year back), else the first year written ("profit rose in 2022 to 40 mln from 35 mln the
     * year before"), else the first day ("on June 30, 2024, against 12 billion a year earlier"). Only a month
     * or year written with its name or digits counts, or "last", "this" or "next year": "the year" of "the year ended
     * September 2023" and "last month" are mostly the time of the telling; a quarter named by its number counts as a
     * year written ("fourth quarter profit rose to 5 mln from 4 mln a year earlier").
     *
     * @param sentence the sentence's index in the paragraph
     */
    private record Anchor(int sentence, String month, String year, String day) {

        /** The anchor once the sentence named {@code date} in {@code words}, after {@code before} (or {@code null}). */
        static Anchor after(Anchor before, int sentence, String date, String words) {
            Anchor anchor =
                    before == null || before.sentence() != sentence ? new Anchor(sentence, null, null, null) : before;
            boolean written = WRITTEN_OUT.matcher(words).find();
            return switch (date.length()) {
                case 4 ->
                    anchor.year() == null && written
                            ? new Anchor(sentence, anchor.month(), date, anchor.day())
                            : anchor;
                case 7 ->
                    anchor.month() == null && written
                            ? new Anchor(sentence, date, anchor.year(), anchor.day())
                            : anchor;
                default -> anchor.day() == null ? new Anchor(sentence, anchor.month(), anchor.year(), date) : anchor;
            };
        }

        /** The date a span counts from, or {@code null} if the sentence wrote out none. */
        String date() {
            return month != null ? month : year != null ? year : day;
        }
    }

    /** The index in the paragraph of the sentence the timex stands in. */
    private static int sentenceOf(Annotated annotated, CoreMap timex) {
        int begin = timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        List<CoreMap> sentences = annotated.wholeSentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (begin < sentences.get(i).get(CoreAnnotations.CharacterOffsetEndAnnotation.class)) {
                return i;
            }
        }
        return sentences.size() - 1;
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

    /**
     * A paragraph read by SUTime.
     *
     * @param annotation the sentences (or cue windows) SUTime read, tagged, and its timexes
     * @param wholeSentences the paragraph's sentences, whose tokens are those of the windows (tagged) and the words
     *     around them (untagged)
     */
    private record Annotated(Annotation annotation, List<CoreMap> wholeSentences) {}

    private Annotated annotate(String paragraph, LocalDate published) {
        Annotation annotation = new Annotation(paragraph);
        tokenizer.annotate(annotation);
        List<CoreMap> wholeSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> sentences = onlyAroundCues ? CueWindows.around(wholeSentences, CueWindows.REACH) : wholeSentences;
        annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        if (!sentences.isEmpty()) {
            tagger.annotate(annotation);
            if (published != null) {
                annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
            }
            sutime.annotate(annotation);
        }
        return new Annotated(annotation, wholeSentences);
    }

    private static List<CoreMap> timexes(Annotation annotation) {
        List<CoreMap> found = annotation.get(TimeAnnotations.TimexAnnotations.class);
        return found == null ? List.of() : found;
    }

    /**
     * The date a timex SUTime resolved to {@code resolved} names once the tense words around it are read
     * ({@link DateTense}).
     */
    private static String readByTense(Annotated annotated, CoreMap timex, String resolved, LocalDate published) {
        return tokensOf(annotated, timex)
                .map(at -> DateTense.dateOf(at.tokens(), at.first(), at.last(), resolved, published))
                .orElse(resolved);
    }

    /** The year of a quarter named by its number alone, read by its tense words ({@link NumberedQuarters}). */
    private static Optional<String> yearOfNumberedQuarter(
            Annotated annotated, CoreMap timex, Timex value, LocalDate published) {
        String paragraph = annotated.annotation().get(CoreAnnotations.TextAnnotation.class);
        OptionalInt quarter = NumberedQuarters.alone(
                value.value(),
                paragraph,
                timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        if (published == null || quarter.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> past =
                tokensOf(annotated, timex).flatMap(at -> DateTense.pastOfPeriod(at.tokens(), at.first(), at.last()));
        OptionalInt year = NumberedQuarters.year(quarter.getAsInt(), past, published);
        return year.isPresent() ? Optional.of(String.valueOf(year.getAsInt())) : Optional.empty();
    }

    /** The tokens of a timex's sentence and the first and last of its own. */
    private record TokensAt(List<CoreLabel> tokens, int first, int last) {}

    private static Optional<TokensAt> tokensOf(Annotated annotated, CoreMap timex) {
        int begin = timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        for (CoreMap sentence : annotated.wholeSentences()) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int first = -1;
            for (int i = 0; i < tokens.size() && tokens.get(i).beginPosition() < end; i++) {
                if (tokens.get(i).beginPosition() == begin) {
                    first = i;
                }
                if (first >= 0 && tokens.get(i).endPosition() == end) {
                    return Optional.of(new TokensAt(tokens, first, i));
                }
            }
        }
        return Optional.empty();
    }
}
