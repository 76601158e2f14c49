package org.copydesk.stage.grammar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.dict.Dictionaries;
import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

/**
 * Our LanguageTool XML rules, {@code dictionaries/rules/grammar.xml}, plus the
 * same file name in every user dictionary directory. Each call parses afresh:
 * pattern rules keep per-match state, so every worker gets its own copies.
 */
final class OwnRules {
    static final String FILE = "rules/grammar.xml";

    private OwnRules() {
    }

    static List<AbstractPatternRule> load(Dictionaries dictionaries, Language language) {
        List<AbstractPatternRule> rules = new ArrayList<>();
        dictionaries.bundledText(FILE).ifPresent(xml -> rules.addAll(parse(xml, "dictionaries/" + FILE, language)));
        for (String xml : dictionaries.userTexts(FILE)) {
            rules.addAll(parse(xml, "user " + FILE, language));
        }
        return rules;
    }

    static List<AbstractPatternRule> parse(String xml, String source, Language language) {
        try {
            return new PatternRuleLoader().getRules(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), source, language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load grammar rules from " + source, e);
        }
    }
}
