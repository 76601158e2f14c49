package org.copydesk.stage.foreign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.CleanOptions;
import org.copydesk.core.Resources;
import org.copydesk.dict.Dictionaries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coverage of the glossaries: of a language's N most frequent words
 * (LanguageTool's common_words.txt, in frequency order) that its tagger reads
 * as content words (noun, verb, adjective, adverb), the share the stage can
 * translate. The issue asks for the 3,000 most frequent words of Spanish,
 * Portuguese and French and 1,500 of Italian and German.
 */
class GlossaryCoverageTest {
    private static final ForeignModel MODEL = ForeignModel.of(new Resources(Dictionaries.bundled()),
            CleanOptions.defaults().languages());

    @ParameterizedTest
    @CsvSource({"es, 3000, 0.90", "pt, 3000, 0.90", "fr, 3000, 0.90", "it, 1500, 0.90", "de, 1500, 0.85"})
    void frequentContentWordsAreCovered(String language, int top, double bar) throws IOException {
        LanguageKit kit = MODEL.kits().get(language);
        Glossary glossary = MODEL.glossary(language);
        int content = 0;
        int covered = 0;
        List<String> missing = new ArrayList<>();
        for (String word : commonWords(language).subList(0, top)) {
            List<Reading> readings = new ArrayList<>(kit.analyse(word));
            if (language.equals("de")) {
                readings.addAll(kit.analyse(Character.toUpperCase(word.charAt(0)) + word.substring(1)));
            }
            boolean function = readings.stream().anyMatch(r -> !r.meaning().isContent());
            List<Reading> contentReadings = readings.stream().filter(r -> r.meaning().isContent()).toList();
            if (function || contentReadings.isEmpty()) {
                continue;
            }
            content++;
            if (contentReadings.stream().anyMatch(r -> glossary.lookup(r.lemma(), r.pos()).isPresent())) {
                covered++;
            } else if (missing.size() < 40) {
                missing.add(word);
            }
        }
        double rate = covered / (double) content;
        System.out.printf("glossary coverage %s: %d of %d content words among the %d most frequent (%.1f%%); missing e.g. %s%n",
                language, covered, content, top, 100 * rate, missing);
        assertTrue(rate >= bar, String.format("%s coverage %.1f%% below %.0f%%", language, 100 * rate, 100 * bar));
    }

    private static List<String> commonWords(String language) throws IOException {
        try (InputStream in = GlossaryCoverageTest.class.getResourceAsStream(
                "/org/languagetool/resource/" + language + "/common_words.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }
}
