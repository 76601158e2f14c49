package org.copydesk.stage.artifacts;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.dict.Dictionaries;

/** Everything the stage loads once: the phrase tables, the word classes, and the rules written in code. */
final class ArtifactData {
    /** The phrase tables, one per artifact class. */
    static final List<String> PHRASE_FILES = List.of(
            "artifacts/substring-spins.tsv",
            "artifacts/institutions.tsv",
            "artifacts/senses.tsv",
            "artifacts/tortured-phrases.tsv",
            "artifacts/false-friends.tsv");

    final WordSets sets;
    final PhraseTable phrases;
    final List<ArtifactRule> rules;
    /** Runs after the phrase tables: the document's spinner signatures are part of its evidence. */
    final SpunCollocationRule collocations;

    private ArtifactData(WordSets sets, PhraseTable phrases, List<ArtifactRule> rules,
                         SpunCollocationRule collocations) {
        this.sets = sets;
        this.phrases = phrases;
        this.rules = rules;
        this.collocations = collocations;
    }

    static ArtifactData load(Dictionaries dictionaries) {
        WordSets sets = WordSets.load(dictionaries);
        PhraseTable phrases = PhraseTable.load(dictionaries, PHRASE_FILES);
        List<ArtifactRule> rules = new ArrayList<>();
        rules.add(new CelebratedEventRule());
        rules.add(VerbObjectRule.load(dictionaries));
        rules.addAll(CasingRules.load(dictionaries).rules());
        rules.add(new PronounGenderRule(PeopleInView.load(dictionaries)));
        return new ArtifactData(sets, phrases, List.copyOf(rules),
                new SpunCollocationRule(Collocations.load(dictionaries)));
    }
}
