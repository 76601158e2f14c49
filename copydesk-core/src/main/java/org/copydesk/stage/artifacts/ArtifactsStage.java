package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.core.Draft;
import org.copydesk.core.Resources;
import org.copydesk.core.Stage;
import org.copydesk.stage.artifacts.spin.BookBigrams;
import org.copydesk.stage.artifacts.spin.WordNetLexicon;

/**
 * Spinner and translation artifacts: substring spins ("once morest"), spun
 * institution names ("White Home"), spun senses ("struggle" for war),
 * tortured phrases ("counterfeit consciousness"), false friends ("is
 * celebrated" for "is held"), translation casing ("ASEAN And Arab League") and
 * pronoun gender in quote attributions. Data: dictionaries/artifacts/.
 * The density of spinner signatures per 1000 words goes into the metadata as
 * {@code spinScore}; context-poor spinner hits count only once a document
 * already shows that score above zero.
 */
public final class ArtifactsStage implements Stage {
    public static final String ID = "artifacts";
    private final Resources resources;

    /** Set to false to open WordNet on the first document that needs it instead of in the background. */
    static final boolean PRELOAD = Boolean.parseBoolean(System.getProperty("copydesk.artifacts.preload", "true"));

    public ArtifactsStage(Resources resources) {
        this.resources = resources;
        if (PRELOAD && resources.buildOptions().stageEnabled(ID)) {
            // nearly every document has a pair of content words for SPIN_COLLOCATION to look up, and opening
            // WordNet takes about half a second of CPU, the books' word pairs a quarter: do it while the earlier
            // stages run on the other core
            org.copydesk.core.Background.start("copydesk-artifacts-preload", () -> {
                WordNetLexicon.get();
                BookBigrams.get();
            });
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void warmUp(CleanOptions options) {
        data();
        WordNetLexicon.get();
        BookBigrams.get();
        resources.names();
        tagger(options.variant());
    }

    private ArtifactData data() {
        return resources.shared("artifacts.data", () -> ArtifactData.load(resources.dictionaries()));
    }

    private PosTagger tagger(String variant) {
        return tagger(resources, variant);
    }

    /** The English tagger of this variant the stage shares through {@code resources}. */
    static PosTagger tagger(Resources resources, String variant) {
        return resources.shared("languagetool.tagger." + variant, () -> PosTagger.load(variant));
    }

    @Override
    public void process(Draft draft) {
        ArtifactData data = data();
        TextView view = new TextView(draft.text());
        if (view.size() == 0) {
            return;
        }
        String variant = draft.options().variant();
        Document doc = new Document(view, draft.analysis(), data.sets, resources.names(), () -> tagger(variant));
        List<Hit> phraseHits = new ArrayList<>();
        data.phrases.find(doc, false, phraseHits);
        List<Hit> ruleHits = new ArrayList<>();
        for (ArtifactRule rule : data.rules) {
            rule.find(doc, ruleHits);
        }
        long signatures = phraseHits.stream().filter(Hit::spinSignature).count();
        if (signatures > 0) {
            // a spun document: entries that wait for other signatures may now apply or be reported
            phraseHits.clear();
            data.phrases.find(doc, true, phraseHits);
            signatures = phraseHits.stream().filter(Hit::spinSignature).count();
        }
        List<Hit> collocationHits = new ArrayList<>();
        List<Hit> taken = new ArrayList<>(phraseHits);
        taken.addAll(ruleHits);
        SpunCollocationRule.Outcome outcome = data.collocations.find(doc, signatures, taken, data.phrases,
                resources.english(), collocationHits);
        double spunPhrases = outcome.perHundred();
        if (signatures == 0 && outcome.spun()) {
            // the spun collocations alone show a spun document: the tables' entries that wait for one
            // ("in light of the fact that" for because) may now apply, where no collocation hit stands
            List<Hit> spunHits = new ArrayList<>();
            data.phrases.find(doc, true, spunHits);
            spunHits.removeIf(h -> overlaps(h, collocationHits) || overlaps(h, ruleHits));
            phraseHits = spunHits;
        }
        for (Hit h : phraseHits) {
            proposeOutsideCode(draft, h);
        }
        for (Hit h : collocationHits) {
            proposeOutsideCode(draft, h);
        }
        for (Hit h : ruleHits) {
            proposeOutsideCode(draft, h);
        }
        TranslationCasing.propose(draft, resources.english());
        int words = view.wordCount();
        double score = words == 0 ? 0 : Math.round(signatures * 1000.0 / words * 100) / 100.0;
        draft.setMetadata("spinScore", score);
        if (spunPhrases > 0) {
            // phrases whose words are WordNet synonyms of a known collocation, per 100 words
            draft.setMetadata("spunPhrases", spunPhrases);
        }
        if (outcome.spinScore() > 0) {
            // how spun the document reads by its word swaps: odd swaps, improbable ones counted twice, plus
            // those WordNet's prose attests against
            draft.setMetadata("spunSwaps", outcome.spinScore());
        }
    }

    private static boolean overlaps(Hit h, List<Hit> others) {
        for (Hit o : others) {
            if (o.start() < h.end() && h.start() < o.end()) {
                return true;
            }
        }
        return false;
    }

    /** Code, URLs and identifiers are never translation artifacts, whatever words they hold. */
    private static void proposeOutsideCode(Draft draft, Hit h) {
        if (!draft.analysis().touchesCode(h.start(), h.end())) {
            h.propose(draft);
        }
    }
}
