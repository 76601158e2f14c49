package org.copydesk.stage.spacing;

import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.core.Draft;
import org.copydesk.core.Resources;
import org.copydesk.core.Stage;
import org.copydesk.text.TextAnalysis;

/**
 * Repairs the spacing damage of scraping: words glued where tags were
 * stripped, stray and unspaced punctuation, dashes and quotes spaced on one
 * side, numbers and words broken across lines, doubled spaces, dropped
 * apostrophes. Every rule is one class; they all look at the same snapshot,
 * and where two proposals overlap the earlier rule in {@link #RULES} wins.
 */
public final class SpacingStage implements Stage {
    private static final List<SpacingRule> RULES = List.of(
            new StrayPunctuationRule(),
            new GluedWordRule(),
            new CamelGlueRule(),
            new OrdinalGlueRule(),
            new PossessiveGlueRule(),
            new BracketSpacingRule(),
            new QuoteSpacingRule(),
            new DashSpacingRule(),
            new HyphenDashRule(),
            new SwappedCommaSpaceRule(),
            new BrokenNumberRule(),
            new LineEndHyphenRule(),
            new BrokenLineWordRule(),
            new SpaceBeforePunctuationRule(),
            new MissingSpaceAfterPunctuationRule(),
            new DoubleSpaceRule(),
            new ApostropheRule());

    private final Resources resources;

    public SpacingStage(Resources resources) {
        this.resources = resources;
    }

    @Override
    public String id() {
        return "spacing";
    }

    @Override
    public void warmUp(CleanOptions options) {
        lexicon();
    }

    @Override
    public void process(Draft draft) {
        if (draft.text().isEmpty()) {
            return;
        }
        if (draft.analysis().isManual()) {
            // a manual names marks (". (one dot)"), lists options ("deny,allow") and packages ("accountsservice")
            // in its prose: what reads as spacing damage there is more often notation, so it is only reported
            draft.weighAgainst(TextAnalysis.MANUAL_DOUBT, "; reported only: " + draft.analysis().manualEvidence()
                    + " whose notation reads like spacing damage");
        }
        TextView view = new TextView(draft.analysis());
        SpacingLexicon lexicon = lexicon();
        for (SpacingRule rule : RULES) {
            rule.apply(view, lexicon, draft);
        }
    }

    private SpacingLexicon lexicon() {
        return resources.shared("spacing-lexicon", () -> SpacingLexicon.load(resources));
    }
}
