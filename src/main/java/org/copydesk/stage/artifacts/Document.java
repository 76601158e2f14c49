package org.copydesk.stage.artifacts;

import java.util.function.Supplier;
import org.copydesk.lexicon.NameLexicon;

/**
 * One document as the rules see it: its words plus the shared lookups
 * (word classes, names, the tagger, loaded on first need).
 */
final class Document {
    final TextView view;
    final WordSets sets;
    final NameLexicon names;
    private final Supplier<PosTagger> tagger;

    Document(TextView view, WordSets sets, NameLexicon names, Supplier<PosTagger> tagger) {
        this.view = view;
        this.sets = sets;
        this.names = names;
        this.tagger = tagger;
    }

    PosTagger tagger() {
        return tagger.get();
    }
}
