package org.copydesk.stage.grammar;

import org.copydesk.core.LtLanguages;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;

/**
 * Head starts on daemon threads for what LanguageTool loads lazily and keeps
 * per Language object (so once per JVM): the sentence splitter, tokenizer and
 * tagger that every grammar run needs, loaded while the earlier stages run;
 * and the analysis models of the full check (OpenNLP chunker, disambiguation
 * rules, multi-word lists), loaded while another thread parses the rules of
 * the first JLanguageTool. A failure here is ignored: the real use loads the
 * same thing again and reports it.
 */
final class Preload {
    /** Set to false to load everything on first use instead. */
    static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("copydesk.grammar.preload", "true"));
    private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

    private Preload() {
    }

    /** The language itself and the parts the fast rule set and the sentence split use. */
    static void basics(String variant) {
        start("basics " + variant, () -> {
            Language language = LtLanguages.forCode(variant);
            language.getSentenceTokenizer().tokenize("Warm-up. Sentence.");
            new RawSentenceAnalyzer(language).analyze("The two leaders met in New York.");
        });
    }

    /** The models of LanguageTool's full analysis, for the first full check. */
    static void analysisModels(Language language) {
        start("models " + language.getShortCodeWithCountryAndVariant(), () -> {
            EnglishChunkerModels.install(language);
            AnalyzedSentence s = new RawSentenceAnalyzer(language).analyze("The two leaders met in New York.");
            try {
                language.getDisambiguator().disambiguate(s);
            } catch (IOException e) {
                // see class comment
            }
        });
    }

    private static void start(String what, Runnable work) {
        if (!ENABLED || !STARTED.add(what)) {
            return;
        }
        org.copydesk.core.Background.start("copydesk-grammar-preload", work);
    }
}
