package org.copydesk.stage.grammar;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch}, 1.9), step for step, for the part-of-speech tagger
 * and chunker under LanguageTool's English chunker, without its two costs. A candidate sequence copied its whole
 * outcome and probability lists to grow by one (quadratic in the sentence; with the chunker's contexts, a third
 * of the pipeline's allocation on defect-dense text). And each sequence in the beam (10 for the chunker, 3 for
 * the tagger) had its context built (about 20 strings, by concatenation) and evaluated by the maxent model
 * (a hash look-up per string and an exponential per outcome), although OpenNLP's chunker and tagger contexts
 * ({@link DefaultChunkerContextGenerator}, {@link DefaultPOSContextGenerator}) read only the last two outcomes.
 * Here a sequence is a link to its parent, and at each token a context and its scores are computed once per
 * distinct pair of last outcomes; any other context generator is asked for every sequence, as OpenNLP does. The
 * queue, its order of insertion, the score arithmetic ({@code StrictMath.log}) and the pruning are OpenNLP's, so
 * the best sequence is the same ({@code OpenNlpBeamSearchTest} compares the two on every sentence of our corpus).
 * One instance serves every thread: unlike OpenNLP's (built per sentence, with a scores buffer of its own), it
 * keeps no state but the model, whose evaluation writes only into the array it is given.
 */
final class OpenNlpBeamSearch<T> implements SequenceClassificationModel<T> {
    /** OpenNLP's floor for a sequence's log score (BeamSearch.zeroLog). */
    private static final double ZERO_LOG = -100000;

    private final MaxentModel model;
    private final int size;

    OpenNlpBeamSearch(MaxentModel model, int size) {
        this.model = model;
        this.size = size;
    }

    MaxentModel model() {
        return model;
    }

    @Override
    public Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                 SequenceValidator<T> validator) {
        Sequence[] best = bestSequences(1, sequence, additionalContext, cg, validator);
        return best.length > 0 ? best[0] : null;
    }

    @Override
    public Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                    BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, ZERO_LOG, cg, validator);
    }

    @Override
    public Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                    double minSequenceScore, BeamSearchContextGenerator<T> cg,
                                    SequenceValidator<T> validator) {
        Object[] context = additionalContext == null ? new Object[0] : additionalContext;
        Contexts contexts = Contexts.of(sequence, context, cg);
        Queue<Path> prev = new PriorityQueue<>(size);
        Queue<Path> next = new PriorityQueue<>(size);
        prev.add(Path.ROOT);
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            Map<Path.LastTwo, Scores> atToken = contexts.byLastTwo() ? new HashMap<>() : null;
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
                Path top = prev.remove();
                String[] outcomes = top.outcomes();
                int token = i;
                Scores scores = contexts.byLastTwo()
                        ? atToken.computeIfAbsent(top.lastTwo(), k -> score(contexts.get(token, outcomes)))
                        : score(contexts.get(token, outcomes));
                advance(top, outcomes, i, sequence, validator, scores, false, minSequenceScore, next);
                if (next.isEmpty()) {
                    // no advanced sequence: advance every valid one (OpenNLP's fallback)
                    advance(top, outcomes, i, sequence, validator, scores, true, minSequenceScore, next);
                }
            }
            prev.clear();
            Queue<Path> tmp = prev;
            prev = next;
            next = tmp;
        }
        int numSeq = Math.min(numSequences, prev.size());
        Sequence[] top = new Sequence[numSeq];
        for (int k = 0; k < numSeq; k++) {
            top[k] = prev.remove().toSequence();
        }
        return top;
    }

    /** Extends {@code top} by each valid outcome scoring at least the pruning bound, or by every one ({@code all}). */
    private void advance(Path top, String[] outcomes, int i, T[] sequence, SequenceValidator<T> validator,
                         Scores scores, boolean all, double minSequenceScore, Queue<Path> next) {
        double[] s = scores.values;
        for (int p = 0; p < s.length; p++) {
            if (all || s[p] >= scores.min) {
                String out = model.getOutcome(p);
                if (validator.validSequence(i, sequence, outcomes, out)) {
                    Path ns = top.then(out, s[p]);
                    if (ns.score > minSequenceScore) {
                        next.add(ns);
                    }
                }
            }
        }
    }

    private Scores score(String[] context) {
        double[] values = model.eval(context, new double[model.getNumOutcomes()]).clone();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Scores(values, sorted[Math.max(0, values.length - size)]);
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        return outcomes;
    }

    /** The model's scores for one context, and the size-th highest of them (OpenNLP's pruning bound). */
    private record Scores(double[] values, double min) {
    }

    /**
     * Contexts for the sequence. {@code byLastTwo}: the generator is one of OpenNLP's own two that read only the last
     * two outcomes (their exact classes: a subclass may read more). The chunker's is given its token and tag arrays
     * extracted once (through the sequence it extracts them again for every context).
     */
    private record Contexts(BeamSearchContextGenerator<Object> cg, Object[] sequence, Object[] additional,
                            boolean byLastTwo, DefaultChunkerContextGenerator chunker, String[] tokens, String[] tags) {
        @SuppressWarnings("unchecked")
        static <T> Contexts of(T[] sequence, Object[] additional, BeamSearchContextGenerator<T> cg) {
            BeamSearchContextGenerator<Object> any = (BeamSearchContextGenerator<Object>) cg;
            if (cg.getClass() == DefaultChunkerContextGenerator.class && sequence instanceof TokenTag[] tt) {
                return new Contexts(any, sequence, additional, true, (DefaultChunkerContextGenerator) (Object) cg,
                        TokenTag.extractTokens(tt), TokenTag.extractTags(tt));
            }
            boolean tagger = cg.getClass() == DefaultPOSContextGenerator.class;
            return new Contexts(any, sequence, additional, tagger, null, null, null);
        }

        String[] get(int i, String[] outcomes) {
            return chunker != null ? chunker.getContext(i, tokens, tags, outcomes, additional)
                    : cg.getContext(i, sequence, outcomes, additional);
        }
    }

    /** A sequence of outcomes as a link to its parent; ordered as OpenNLP orders sequences (best first). */
    private static final class Path implements Comparable<Path> {
        static final Path ROOT = new Path(null, null, 1, 0, 0);

        final Path parent;
        final String outcome;
        final double prob;
        final double score;
        final int length;

        private Path(Path parent, String outcome, double prob, double score, int length) {
            this.parent = parent;
            this.outcome = outcome;
            this.prob = prob;
            this.score = score;
            this.length = length;
        }

        Path then(String out, double p) {
            return new Path(this, out, p, score + StrictMath.log(p), length + 1);
        }

        String[] outcomes() {
            String[] all = new String[length];
            for (Path at = this; at.length > 0; at = at.parent) {
                all[at.length - 1] = at.outcome;
            }
            return all;
        }

        LastTwo lastTwo() {
            return new LastTwo(length > 0 ? outcome : null, length > 1 ? parent.outcome : null);
        }

        Sequence toSequence() {
            Path[] links = new Path[length];
            for (Path at = this; at.length > 0; at = at.parent) {
                links[at.length - 1] = at;
            }
            Sequence s = new Sequence();
            for (Path link : links) {
                s.add(link.outcome, link.prob);
            }
            return s;
        }

        @Override
        public int compareTo(Path o) {
            return Double.compare(o.score, score);
        }

        record LastTwo(String last, String beforeLast) {
        }
    }
}
