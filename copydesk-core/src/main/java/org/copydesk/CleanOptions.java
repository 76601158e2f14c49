package org.copydesk;

import java.util.List;
import java.util.Set;

/**
 * Everything a caller can choose about one cleaning run. Immutable; use the
 * {@code with…} methods to derive variants from {@link #defaults()}.
 *
 * @param disabledStages stage ids to skip
 * @param disabledRules  rule ids whose edits and findings are dropped
 * @param style          house-style profile for names ("default", "ap", "reuters", or a user style)
 * @param foreignPassages what to do with whole sentences left in another language
 * @param quotes         quote and dash policy
 * @param grammar        how much text LanguageTool looks at
 * @param applyThreshold edits with lower confidence become findings instead
 * @param languages      source languages looked for by the foreign stage (ISO 639-1)
 * @param variant        LanguageTool English variant ("en-US" or "en-GB")
 * @param budget         time a document may take before its remaining stages are skipped
 */
public record CleanOptions(
        Set<String> disabledStages,
        Set<String> disabledRules,
        String style,
        ForeignPassages foreignPassages,
        QuoteStyle quotes,
        GrammarMode grammar,
        double applyThreshold,
        List<String> languages,
        String variant,
        Budget budget) implements java.io.Serializable {

    /**
     * A document's time budget: {@code baseSeconds} plus {@code secondsPerMegabyte} per MB
     * (10^6 chars) of input, in CPU time of the cleaning thread (so a busy machine does not
     * eat it; the base covers loading dictionaries on the first document). Checked between
     * stages: a document past it skips the stages left, with a BUDGET_EXCEEDED finding, so
     * one hostile input cannot stall a batch.
     */
    public record Budget(double secondsPerMegabyte, double baseSeconds) implements java.io.Serializable {
        public static final Budget DEFAULT = new Budget(30, 30);
        /** No limit. */
        public static final Budget NONE = new Budget(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

        public Budget {
            if (!(secondsPerMegabyte >= 0) || !(baseSeconds >= 0)) {
                throw new IllegalArgumentException("budget must be non-negative, got " + secondsPerMegabyte
                        + " s/MB + " + baseSeconds + " s");
            }
        }

        /** The budget for an input of {@code chars} characters, in nanoseconds (Long.MAX_VALUE: none). */
        public long nanosFor(int chars) {
            double seconds = baseSeconds + secondsPerMegabyte * chars / 1e6;
            return seconds >= Long.MAX_VALUE / 1e9 ? Long.MAX_VALUE : (long) (seconds * 1e9);
        }
    }

    public enum ForeignPassages { KEEP, MARK, DROP }

    public enum QuoteStyle { KEEP, STRAIGHT, CURLY }

    /**
     * How much of LanguageTool runs. FAST (the default): our grammar rules and LanguageTool's cheap lexical rules
     * on every sentence, from its tokenizer and tagger. CHANGED: besides, LanguageTool's full analysis
     * (disambiguator, chunker) and its grammar rules on the sentences an earlier stage replaced words in; on our
     * 739 test documents that added one finding, at up to half the pipeline's time on defect-dense text. FULL:
     * every default rule on the whole text. OFF: no grammar stage.
     */
    public enum GrammarMode { OFF, FAST, CHANGED, FULL }

    public CleanOptions {
        disabledStages = Set.copyOf(disabledStages);
        disabledRules = Set.copyOf(disabledRules);
        languages = List.copyOf(languages);
        // NaN fails every comparison, so it is tested for by name
        if (Double.isNaN(applyThreshold) || applyThreshold < 0 || applyThreshold > 1) {
            throw new IllegalArgumentException("applyThreshold must be within 0..1, got " + applyThreshold);
        }
        for (String language : languages) {
            if (!SOURCE_LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("source language '" + language + "' is not supported; "
                        + "copydesk looks for " + SOURCE_LANGUAGES);
            }
        }
        if (!variant.equals("en-US") && !variant.equals("en-GB")) {
            throw new IllegalArgumentException("variant must be en-US or en-GB, got " + variant);
        }
        java.util.Objects.requireNonNull(budget, "budget");
    }

    /** The languages whose leftovers the foreign stage can find and translate. */
    public static final List<String> SOURCE_LANGUAGES = List.of("es", "pt", "fr", "it", "de");

    public static CleanOptions defaults() {
        return new CleanOptions(Set.of(), Set.of(), "default", ForeignPassages.KEEP, QuoteStyle.KEEP,
                GrammarMode.FAST, 0.75, List.of("es", "pt", "fr", "it", "de"), "en-US", Budget.DEFAULT);
    }

    public CleanOptions withDisabledStages(Set<String> ids) {
        return new CleanOptions(ids, disabledRules, style, foreignPassages, quotes, grammar, applyThreshold, languages, variant, budget);
    }

    public CleanOptions withDisabledRules(Set<String> ids) {
        return new CleanOptions(disabledStages, ids, style, foreignPassages, quotes, grammar, applyThreshold, languages, variant, budget);
    }

    public CleanOptions withStyle(String value) {
        return new CleanOptions(disabledStages, disabledRules, value, foreignPassages, quotes, grammar, applyThreshold, languages, variant, budget);
    }

    public CleanOptions withForeignPassages(ForeignPassages value) {
        return new CleanOptions(disabledStages, disabledRules, style, value, quotes, grammar, applyThreshold, languages, variant, budget);
    }

    public CleanOptions withQuotes(QuoteStyle value) {
        return new CleanOptions(disabledStages, disabledRules, style, foreignPassages, value, grammar, applyThreshold, languages, variant, budget);
    }

    public CleanOptions withGrammar(GrammarMode value) {
        return new CleanOptions(disabledStages, disabledRules, style, foreignPassages, quotes, value, applyThreshold, languages, variant, budget);
    }

    public CleanOptions withApplyThreshold(double value) {
        return new CleanOptions(disabledStages, disabledRules, style, foreignPassages, quotes, grammar, value, languages, variant, budget);
    }

    public CleanOptions withLanguages(List<String> value) {
        return new CleanOptions(disabledStages, disabledRules, style, foreignPassages, quotes, grammar, applyThreshold, value, variant, budget);
    }

    public CleanOptions withVariant(String value) {
        return new CleanOptions(disabledStages, disabledRules, style, foreignPassages, quotes, grammar, applyThreshold, languages, value, budget);
    }

    public CleanOptions withBudget(Budget value) {
        return new CleanOptions(disabledStages, disabledRules, style, foreignPassages, quotes, grammar, applyThreshold, languages, variant, value);
    }

    public boolean stageEnabled(String id) {
        return !disabledStages.contains(id);
    }

    public boolean ruleEnabled(String id) {
        return !disabledRules.contains(id);
    }
}
