package org.copydesk.cli;

import java.util.Locale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.OptionsCheck;
import org.copydesk.Copydesk;
import org.copydesk.core.StageCatalog;
import picocli.CommandLine.Option;

/** Options every cleaning subcommand shares (a picocli mixin). */
public final class CommonOptions {
    @Option(names = "--disable-stage", split = ",", paramLabel = "ID",
            description = "Skip these stages (comma-separated): ${COMPLETION-CANDIDATES}",
            completionCandidates = StageIds.class)
    List<String> disabledStages = new ArrayList<>();

    @Option(names = {"-d", "--disable-rule"}, split = ",", paramLabel = "RULE",
            description = "Drop edits and findings of these rule ids (comma-separated).")
    List<String> disabledRules = new ArrayList<>();

    @Option(names = "--style", paramLabel = "NAME", defaultValue = "default",
            description = "House style for names: default, ap, reuters, or a user style (default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--dict", paramLabel = "DIR",
            description = "Extra dictionary directory, laid out like dictionaries/; its entries win. Repeatable.")
    List<Path> dictionaryDirs = new ArrayList<>();

    @Option(names = "--quotes", paramLabel = "STYLE", defaultValue = "keep",
            description = "Quote and dash style: keep, straight, curly (default: ${DEFAULT-VALUE}).")
    String quotes;

    @Option(names = "--foreign-passages", paramLabel = "POLICY", defaultValue = "keep",
            description = "Whole sentences in another language: keep (with a finding), mark, drop (default: ${DEFAULT-VALUE}).")
    String foreignPassages;

    @Option(names = "--grammar", paramLabel = "MODE", defaultValue = "fast",
            description = "LanguageTool: off, fast (our rules + its cheap rules on every sentence), changed (fast + its"
                    + " full check of changed sentences), full (default: ${DEFAULT-VALUE}).")
    String grammar;

    @Option(names = "--threshold", paramLabel = "0..1", defaultValue = "0.75",
            description = "Edits below this confidence are reported, not applied (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--languages", split = ",", paramLabel = "LANG",
            description = "Source languages to look for (default: es,pt,fr,it,de).")
    List<String> languages;

    @Option(names = "--variant", paramLabel = "CODE", defaultValue = "en-US",
            description = "English variant for grammar: en-US or en-GB (default: ${DEFAULT-VALUE}).")
    String variant;

    /** Lists stage ids for the help text. */
    static final class StageIds extends ArrayList<String> {
        StageIds() {
            super(StageCatalog.ids());
        }
    }

    CleanOptions toOptions() {
        try {
            OptionsCheck.check(CleanOptions.defaults().withDisabledStages(Set.copyOf(disabledStages))
                    .withDisabledRules(Set.copyOf(disabledRules)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!variant.equals("en-US") && !variant.equals("en-GB")) {
            throw new UsageException("--variant must be en-US or en-GB, got " + variant);
        }
        CleanOptions o = CleanOptions.defaults()
                .withDisabledStages(Set.copyOf(disabledStages))
                .withDisabledRules(Set.copyOf(disabledRules))
                .withStyle(style)
                .withQuotes(parse(CleanOptions.QuoteStyle.class, quotes, "--quotes"))
                .withForeignPassages(parse(CleanOptions.ForeignPassages.class, foreignPassages, "--foreign-passages"))
                .withGrammar(parse(CleanOptions.GrammarMode.class, grammar, "--grammar"))
                .withVariant(variant);
        if (Double.isNaN(threshold) || threshold < 0 || threshold > 1) {
            throw new UsageException("--threshold must be between 0 and 1, got " + threshold);
        }
        o = o.withApplyThreshold(threshold);
        if (languages != null && !CleanOptions.SOURCE_LANGUAGES.containsAll(languages)) {
            throw new UsageException("--languages takes some of " + CleanOptions.SOURCE_LANGUAGES + ", got " + languages);
        }
        if (languages != null && !languages.isEmpty()) {
            o = o.withLanguages(languages);
        }
        return o;
    }

    Copydesk build() {
        try {
            // the builder refuses an unknown house style: a usage error, not a finding per file
            return Copydesk.builder().options(toOptions()).dictionaryDirs(dictionaryDirs).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new UsageException(option + " must be one of " + String.join(", ", names) + ", got " + value);
    }
}
