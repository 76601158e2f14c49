package org.copydesk.stage.grammar;

import org.copydesk.core.LtLanguages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.CleanOptions;
import org.copydesk.CleanOptions.GrammarMode;
import org.copydesk.core.Draft;
import org.copydesk.core.Resources;
import org.copydesk.core.Stage;
import org.copydesk.text.LineKind;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.rules.RuleMatch;

/**
 * Grammar through LanguageTool. Every sentence gets the fast rule set (our
 * XML rules plus cheap lexical LanguageTool rules on raw tags; mode FAST, the
 * default); LanguageTool's full analysis (disambiguator, OpenNLP chunker) and
 * its own rules run besides on the sentences where earlier stages replaced
 * words (mode CHANGED; see {@link DeepCheckSpans}) or on the whole text
 * (FULL). Only allowlisted mechanical fixes are applied, and only where
 * their context proves them, see {@link AutofixPolicy} and {@link FixEvidence}.
 * Everything heavy is built on first use.
 */
public final class GrammarStage implements Stage {
    /** Sentences whose LanguageTool matches are cached; 0 turns the cache off (the benchmark does, to time real checks). */
    private static final long CACHE_SENTENCES = Long.getLong("copydesk.grammar.cache", 20_000);

    /** Distinct sentences of one document whose fast-set matches are kept for its repeats (bounds the memory). */
    private static final int FAST_MEMO_SENTENCES = 100_000;

    private static final String DEFAULT_VARIANT = "en-US";

    private final Resources resources;
    private final ConcurrentHashMap<String, InstancePool<FastRuleSet>> fastSets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, InstancePool<JLanguageTool>> languageTools = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, FixEvidence> evidence = new ConcurrentHashMap<>();

    public GrammarStage(Resources resources) {
        this.resources = resources;
        // the default variant's splitter and tagger load while the earlier stages run (not its rules: a
        // document may need none, and a disabled stage costs only this background load)
        CleanOptions built = resources.buildOptions();
        if (built.stageEnabled(id()) && built.grammar() != GrammarMode.OFF) {
            Preload.basics(built.variant());
        }
    }

    @Override
    public String id() {
        return "grammar";
    }

    @Override
    public void warmUp(CleanOptions options) {
        if (options.grammar() == GrammarMode.OFF) {
            return;
        }
        policy();
        evidence(options.variant());
        fastSet(options.variant()).use(f -> f.check("Warm-up sentence."));
        if (options.grammar() != GrammarMode.FAST) {
            // builds one JLanguageTool: its rules and the shared tagger, disambiguator and chunker models
            languageTool(options.variant(), options.grammar()).use(lt -> { });
        }
    }

    /**
     * Documents from this many characters start building LanguageTool's full instance when they start, not when
     * the grammar stage finds a changed sentence: the earlier stages take seconds on such a document and nearly
     * always replace a word somewhere, and the build (about 3 s of CPU, once per JVM and thread) then overlaps
     * them instead of stalling the worker. A shorter clean document never pays for an instance it does not use.
     */
    static final int PREPARE_EARLY_CHARS = 32 * 1024;

    @Override
    public void prepare(String input, CleanOptions options) {
        // FULL checks every document whole: it always needs the instance
        if (options.grammar() == GrammarMode.FULL && !input.isBlank()
                || options.grammar() == GrammarMode.CHANGED && input.length() >= PREPARE_EARLY_CHARS) {
            languageTool(options.variant(), options.grammar()).prepareInBackground("copydesk-grammar-languagetool");
            Preload.analysisModels(language(options.variant()));
        }
    }

    /** Longer than any sentence of news prose (the longest run to 1,000 characters at most). */
    static final int MAX_SENTENCE_CHARS = 2000;

    @Override
    public void process(Draft draft) {
        CleanOptions options = draft.options();
        if (options.grammar() == GrammarMode.OFF || draft.text().isBlank()) {
            return;
        }
        // a stray attribution after an attributed quote: proposed in the same offsets as the matches below
        QuoteAttribution.check(draft, evidence(options.variant()));
        Language language = language(options.variant());
        String text = draft.text();
        List<SentenceSpans.Span> sentences = checkable(draft, SentenceSpans.of(text, language));
        MatchRecorder recorder = new MatchRecorder(draft, policy(), resources.names(), evidence(options.variant()));
        List<SentenceSpans.Span> deep = switch (options.grammar()) {
            case FULL -> List.of(new SentenceSpans.Span(0, text.length(), text));
            case CHANGED -> DeepCheckSpans.select(draft, sentences);
            default -> List.of();
        };
        if (!deep.isEmpty()) {
            // the first JLanguageTool takes seconds (rules, then models): build both meanwhile the fast set runs
            languageTool(options.variant(), options.grammar()).prepareInBackground("copydesk-grammar-languagetool");
            Preload.analysisModels(language);
        }
        fastSet(options.variant()).use(fast -> {
            // the fast set's matches depend on the sentence alone: a sentence the document repeats (boilerplate,
            // a pasted paragraph, a feed concatenated twice) is tokenised, tagged and matched once
            Map<String, List<RuleMatch>> seen = new HashMap<>();
            var analysis = draft.analysis();
            for (SentenceSpans.Span s : sentences) {
                // a span lies within one line; on a line of code every match would touch code and be dropped
                if (analysis.lineAt(s.start()).kind() == LineKind.CODE) {
                    continue;
                }
                List<RuleMatch> matches = seen.get(s.text());
                if (matches == null) {
                    matches = fast.check(s.text());
                    if (seen.size() < FAST_MEMO_SENTENCES) {
                        seen.put(s.text(), matches);
                    }
                }
                recorder.record(matches, s.start());
            }
        });
        if (!deep.isEmpty()) {
            // the pool (and its result cache) exists only in the modes that run the deep check
            languageTool(options.variant(), options.grammar()).use(lt -> {
                for (SentenceSpans.Span run : deep) {
                    // LanguageTool is the slowest thing we run (a few KB/s): on a document where every sentence
                    // changed it is what can exhaust the budget, so the rest is reported unchecked
                    if (draft.deadline().passed()) {
                        draft.report(run.start(), text.length(), "BUDGET_EXCEEDED", "grammar", 1.0,
                                "time budget spent: the rest of the document was not checked for grammar", null);
                        break;
                    }
                    recorder.record(check(lt, run.text()), run.start());
                }
            });
        }
    }

    /** A "sentence" longer than any real one is a table, a list run together or junk: reported, not checked. */
    private static List<SentenceSpans.Span> checkable(Draft draft, List<SentenceSpans.Span> sentences) {
        List<SentenceSpans.Span> out = new java.util.ArrayList<>(sentences.size());
        for (SentenceSpans.Span s : sentences) {
            if (s.text().length() <= MAX_SENTENCE_CHARS) {
                out.add(s);
            } else {
                draft.report(s.start(), s.end(), "GRAMMAR_NOT_CHECKED", "grammar", 1.0, "a run of "
                        + s.text().length() + " characters without a sentence end is not checked for grammar", null);
            }
        }
        return out;
    }

    private static List<org.languagetool.rules.RuleMatch> check(JLanguageTool lt, String text) {
        try {
            return lt.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AutofixPolicy policy() {
        return resources.shared("grammar-autofix", () -> AutofixPolicy.load(resources.dictionaries()));
    }

    /** Built before this document's analysis models start loading: they hold the language's lock for seconds. */
    private FixEvidence evidence(String variant) {
        return evidence.computeIfAbsent(String.valueOf(variant), v -> new FixEvidence(language(variant).getTagger()));
    }

    private static Language language(String variant) {
        return LtLanguages.forCode(variant == null || variant.isBlank() ? DEFAULT_VARIANT : variant);
    }

    private InstancePool<FastRuleSet> fastSet(String variant) {
        return fastSets.computeIfAbsent(variant, v ->
                new InstancePool<>(() -> new FastRuleSet(resources.dictionaries(), language(v))));
    }

    /** The pool of full LanguageTool instances of this variant and mode (package-private for tests). */
    InstancePool<JLanguageTool> languageTool(String variant, GrammarMode mode) {
        return languageTools.computeIfAbsent(variant + "/" + mode, key -> {
            ResultCache cache = CACHE_SENTENCES > 0 ? new ResultCache(CACHE_SENTENCES) : null;
            return new InstancePool<>(() -> {
                JLanguageTool lt = LanguageToolFactory.create(language(variant), mode, cache);
                check(lt, "Warm-up."); // loads the tagger, disambiguator and chunker models now, not on the first document
                return lt;
            });
        });
    }
}
