package org.copydesk.stage.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.copydesk.dict.Dictionaries;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.en.AvsAnRule;
import org.languagetool.rules.en.EnglishWordRepeatRule;

/**
 * The rules cheap enough for every sentence: our own XML rules and two
 * lexical LanguageTool rules (a/an, repeated word), all run on a raw-tagged
 * sentence without building a JLanguageTool. Not thread safe (pattern rules
 * are per instance); pooled by the stage.
 */
final class FastRuleSet {
    /** LanguageTool's rules in the fast set, so the full check can skip them. */
    static final List<String> LANGUAGETOOL_IDS = List.of("EN_A_VS_AN", "ENGLISH_WORD_REPEAT_RULE");

    private final List<Rule> rules = new ArrayList<>();
    private final RawSentenceAnalyzer analyzer;

    FastRuleSet(Dictionaries dictionaries, Language language) {
        this.analyzer = new RawSentenceAnalyzer(language);
        rules.addAll(OwnRules.load(dictionaries, language));
        ResourceBundle messages = JLanguageTool.getMessageBundle(language);
        rules.add(new AvsAnRule(messages));
        rules.add(new EnglishWordRepeatRule(messages, language));
    }

    /** Matches in the sentence, offsets relative to it; of overlapping matches of one rule id the first is kept. */
    List<RuleMatch> check(String sentence) {
        AnalyzedSentence analyzed = analyzer.analyze(sentence);
        List<RuleMatch> out = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMatch[] found;
            try {
                found = rule.match(analyzed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (RuleMatch m : found) {
                if (out.stream().noneMatch(o -> o.getRule().getId().equals(m.getRule().getId())
                        && o.getFromPos() < m.getToPos() && m.getFromPos() < o.getToPos())) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
