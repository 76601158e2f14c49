package org.copydesk.stage.grammar;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maxent model that remembers its answers per thread. LanguageTool's English chunker runs OpenNLP's
 * part-of-speech tagger and chunker with a beam search: at each token it asks the model about every sequence
 * still in the beam (up to 10 for the chunker, 3 for the tagger), and the contexts it asks about differ only in
 * the previous predicted tags, so most questions are repeats. Evaluating one context is about 20 hash look-ups
 * and an exponential per outcome; that was a fifth of the pipeline on defect-dense text. The answer depends on
 * the context strings alone, so the remembered one is the same array of numbers, and the chunks are unchanged.
 *
 * <p>Each thread keeps its own memo (no lock on the hot path), which starts over beyond {@link #MAX_CONTEXTS}
 * (the contexts name the sentence's words, so a crawl's are unbounded).
 */
final class MemoizedMaxentModel implements MaxentModel {
    /** Contexts remembered per thread: a few MB (a context is about 20 short strings, an answer 23 doubles). */
    static final int MAX_CONTEXTS = 8192;

    private final MaxentModel model;
    private final ThreadLocal<Map<Context, double[]>> memo = ThreadLocal.withInitial(HashMap::new);

    MemoizedMaxentModel(MaxentModel model) {
        this.model = model;
    }

    MaxentModel unwrapped() {
        return model;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[model.getNumOutcomes()]);
    }

    /** Fills and returns {@code outsums} as the model does (beam search passes one reused array). */
    @Override
    public double[] eval(String[] context, double[] outsums) {
        Map<Context, double[]> known = memo.get();
        double[] answer = known.get(new Context(context));
        if (answer == null) {
            answer = model.eval(context, new double[outsums.length]);
            if (known.size() >= MAX_CONTEXTS) {
                known.clear();
            }
            known.put(new Context(context.clone()), answer);
        }
        System.arraycopy(answer, 0, outsums, 0, answer.length);
        return outsums;
    }

    /** Real-valued features: not used by the chunker or tagger, passed through unremembered. */
    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return model.getNumOutcomes();
    }

    /** A context by its strings' contents (the context generators build new arrays each time). */
    private static final class Context {
        private final String[] features;
        private final int hash;

        Context(String[] features) {
            this.features = features;
            this.hash = Arrays.hashCode(features);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Context other && hash == other.hash && Arrays.equals(features, other.features);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
