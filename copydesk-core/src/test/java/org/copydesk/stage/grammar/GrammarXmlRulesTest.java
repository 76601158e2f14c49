package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.dict.Dictionaries;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

/**
 * LanguageTool's PatternRuleTest idea for dictionaries/rules/grammar.xml:
 * every incorrect example must trigger its rule exactly at the marker with
 * exactly the listed corrections, and no correct example may trigger a rule
 * of the same id.
 */
class GrammarXmlRulesTest {
    private static final Language EN = Languages.getLanguageForShortCode("en-US");
    private static final RawSentenceAnalyzer ANALYZER = new RawSentenceAnalyzer(EN);
    private static final List<AbstractPatternRule> RULES = OwnRules.load(Dictionaries.bundled(), EN);

    @Test
    void everyRuleHasBothKindsOfExample() {
        assertTrue(RULES.size() >= 8, "rules loaded: " + RULES.size());
        for (AbstractPatternRule rule : RULES) {
            assertFalse(rule.getIncorrectExamples().isEmpty(), rule.getFullId() + " has no incorrect example");
            assertFalse(rule.getCorrectExamples().isEmpty(), rule.getFullId() + " has no correct example");
        }
    }

    @TestFactory
    Stream<DynamicTest> incorrectExamplesTriggerAtTheMarker() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AbstractPatternRule rule : RULES) {
            for (IncorrectExample example : rule.getIncorrectExamples()) {
                String marked = example.getExample();
                tests.add(DynamicTest.dynamicTest(rule.getFullId() + ": " + marked, () -> {
                    int from = marked.indexOf("<marker>");
                    int to = marked.indexOf("</marker>") - "<marker>".length();
                    String plain = marked.replace("<marker>", "").replace("</marker>", "");
                    RuleMatch[] matches = rule.match(analyze(plain));
                    assertEquals(1, matches.length, "matches of " + rule.getFullId() + " in: " + plain);
                    assertEquals(from, matches[0].getFromPos(), "start");
                    assertEquals(to, matches[0].getToPos(), "end");
                    assertEquals(example.getCorrections(), matches[0].getSuggestedReplacements());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> correctExamplesStayQuiet() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AbstractPatternRule rule : RULES) {
            for (CorrectExample example : rule.getCorrectExamples()) {
                String plain = example.getExample();
                tests.add(DynamicTest.dynamicTest(rule.getFullId() + ": " + plain, () -> {
                    for (AbstractPatternRule other : RULES) {
                        if (other.getId().equals(rule.getId())) {
                            assertEquals(0, other.match(analyze(plain)).length,
                                    other.getFullId() + " fired on a correct example of " + rule.getFullId());
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static AnalyzedSentence analyze(String sentence) throws IOException {
        return ANALYZER.analyze(sentence);
    }
}
