package dev.lede.enrich;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * SUTime annotators, each used by one thread at a time, their rules gated ({@link SutimeRuleGates}). An annotator
 * keeps state between calls ({@link SutimeTenseTags}), so one shared annotator needs a lock, and on two cores that lock
 * held back half of {@code full} extraction. A thread takes an idle annotator or, when every one is busy, builds
 * another (about a second, once per concurrent caller), and puts it back when done.
 */
final class SutimePool {

    private final ConcurrentLinkedQueue<Sutime> idle = new ConcurrentLinkedQueue<>();
    private final ReentrantReadWriteLock building = new ReentrantReadWriteLock();

    /** Builds the first annotator now, so that missing models or an incompatible CoreNLP fail here. */
    SutimePool() {
        idle.add(new Sutime());
    }

    /** Adds the timexes of the annotation's sentences, resolved against its document date if it has one. */
    void annotate(Annotation annotation) {
        Sutime sutime = idle.poll();
        if (sutime == null) {
            sutime = build();
        }
        building.readLock().lock();
        try {
            sutime.annotate(annotation);
        } finally {
            building.readLock().unlock();
            idle.add(sutime);
        }
    }

    /**
     * A new annotator, built while no other annotates: annotators share some of CoreNLP's objects (a few rule values
     * and time constants), and CoreNLP does not promise that building one is safe while another runs. It happens once
     * per concurrent caller, so the pause costs nothing measurable.
     */
    private Sutime build() {
        building.writeLock().lock();
        try {
            return new Sutime();
        } finally {
            building.writeLock().unlock();
        }
    }

    private static final class Sutime {
        private final TimeAnnotator annotator;
        private final SutimeTenseTags tenseTags;

        Sutime() {
            // quiet: an article without a publication date is normal here, not worth a warning each time
            annotator = new TimeAnnotator("sutime", new Properties(), true);
            tenseTags = new SutimeTenseTags(annotator);
            SutimeRuleGates.install(annotator);
        }

        void annotate(Annotation annotation) {
            tenseTags.clear();
            annotator.annotate(annotation);
        }
    }
}
