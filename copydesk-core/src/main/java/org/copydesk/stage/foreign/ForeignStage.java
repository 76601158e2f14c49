package org.copydesk.stage.foreign;

import java.util.Locale;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.core.Draft;
import org.copydesk.core.Resources;
import org.copydesk.core.Stage;
import org.copydesk.text.SpanIndex;

/**
 * Words and passages a translator left in the source language. Word-level
 * leftovers are translated through the glossaries, inflected and put in
 * English order; whole passages are reported (or marked, or dropped) but
 * never machine-translated; other scripts are reported for the names stage.
 */
public final class ForeignStage implements Stage {
    static final String RULE_SCRIPT = "FOREIGN_SCRIPT";

    private final Resources resources;

    /** Set to false to load the models on first use instead of in the background from construction. */
    static final boolean PRELOAD = Boolean.parseBoolean(System.getProperty("copydesk.foreign.preload", "true"));
    /**
     * Set to true to load Lingua's language models in that background preload too. Off by default: only a
     * sentence mostly unknown to English reaches Lingua, so most documents never need them, and on two cores
     * their loading (about 2.5 s of CPU) competed with the taggers and LanguageTool the document does need.
     * {@link #warmUp} (an explicit warm-up) still loads them.
     */
    static final boolean PRELOAD_LINGUA = Boolean.parseBoolean(System.getProperty("copydesk.foreign.preloadLingua", "false"));

    public ForeignStage(Resources resources) {
        this.resources = resources;
        CleanOptions built = resources.buildOptions();
        if (PRELOAD && built.stageEnabled(id()) && !built.languages().isEmpty()) {
            // taggers, glossaries and Lingua take seconds to load; the earlier stages leave a core idle meanwhile.
            // The model is shared through Resources, so the first document waits only for what is not loaded yet.
            org.copydesk.core.Background.start("copydesk-foreign-preload", () -> {
                loadTaggers(built);
                if (PRELOAD_LINGUA) {
                    loadLingua(built);
                }
            });
        }
    }

    @Override
    public String id() {
        return "foreign";
    }

    @Override
    public void warmUp(CleanOptions options) {
        loadTaggers(options);
        loadLingua(options);
    }

    private void loadTaggers(CleanOptions options) {
        ForeignModel model = ForeignModel.of(resources, options.languages());
        // taggers and the synthesizer read their dictionaries on first use: do it now, not on the first document
        // (loading them on several threads at once was slower on two cores: more CPU in all, and the earlier
        // stages need the other core)
        model.kits().values().forEach(kit -> kit.analyse("casa"));
        model.inflector().inflect("leader", "n", "NNS");
    }

    /** Lingua reads each language's model on first use. */
    private void loadLingua(CleanOptions options) {
        ForeignModel.of(resources, options.languages()).passages().judge("el presidente dijo que la reunión fue un éxito");
    }

    @Override
    public void process(Draft draft) {
        if (draft.options().languages().isEmpty() || draft.text().isBlank()) {
            return;
        }
        ForeignModel model = ForeignModel.of(resources, draft.options().languages());
        WordAnalyzer analyzer = new WordAnalyzer(model);
        PassagePolicy passages = new PassagePolicy(model);
        String text = draft.text();
        List<int[]> taken = new ArrayList<>();
        for (ScriptSpans.Span s : ScriptSpans.find(text)) {
            draft.report(s.start(), s.end(), RULE_SCRIPT, "foreign", 0.95,
                    s.script().name().toLowerCase(Locale.ROOT) + " script in English text (left for the names stage)", null);
            draft.language(s.start(), s.end(), s.language(), 0.9);
            taken.add(new int[] {s.start(), s.end()});
        }
        new ItsArtifact(model, analyzer).fix(draft, taken);
        YearDemonstrative.fix(draft);
        SourceSignals signals = SourceSignals.of(model, text);
        new ForeignLines(model, analyzer).find(draft, passages, taken, signals);
        // no step below adds to what is taken: frozen into an index, asked per word by binary search (a scan
        // of every taken span per word was quadratic on a long document)
        SpanIndex takenIndex = SpanIndex.of(taken, t -> t[0], t -> t[1]);
        new AccentlessLeftovers(model).find(draft, takenIndex, signals);
        List<int[]> quotes = Quotes.inside(text);
        SentenceTranslator translator = new SentenceTranslator(model, analyzer, passages);
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
             start = end, end = sentences.next()) {
            // a line ForeignLines took is judged already: Lingua would report the same passage a second time
            if (takenIndex.overlaps(start, end) || !passages.sentence(draft, start, end)) {
                translator.translate(draft, start, end, quotes, takenIndex);
            }
        }
        // what no language knows is checked last, as a typo
        new OneLetterTypos(model).fix(draft, takenIndex);
    }
}
