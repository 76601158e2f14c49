package org.copydesk.stage.artifacts;

import java.util.function.Supplier;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.text.TextAnalysis;

/**
 * One document as the rules see it: its words plus the shared lookups
 * (word classes, names, the tagger, loaded on first need) and the shared
 * analysis of the text (line kinds, code, quotations, the document's own usage).
 */
final class Document {
    final TextView view;
    final WordSets sets;
    final NameLexicon names;
    final TextAnalysis analysis;
    private final Supplier<PosTagger> tagger;

    Document(TextView view, TextAnalysis analysis, WordSets sets, NameLexicon names, Supplier<PosTagger> tagger) {
        this.view = view;
        this.analysis = analysis;
        this.sets = sets;
        this.names = names;
        this.tagger = tagger;
    }

    PosTagger tagger() {
        return tagger.get();
    }

    /**
     * Word i stands in running prose, mid-sentence, away from code: a heading,
     * list, table or code line, or a sentence start, is not where translation
     * casing can be told from a writer's style.
     */
    boolean midSentenceProse(int i) {
        TextView.Token t = view.get(i);
        return analysis.inProse(t.start()) && !analysis.touchesCode(t.start(), t.end())
                && !analysis.startsSentence(t.start()) && !view.clauseStart(i);
    }
}
