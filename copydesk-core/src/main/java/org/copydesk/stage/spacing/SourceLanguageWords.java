package org.copydesk.stage.spacing;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.LtLanguages;

/**
 * Whether a token that English does not know is a word of one of the document's source
 * languages ("soldat", "objectif", "todo"): then it is more likely a translator's leftover,
 * for the foreign stage, than two English words glued ("sold at", "object if"). Asked of
 * LanguageTool's taggers (the foreign stage's own), only for a token a split was found for.
 */
final class SourceLanguageWords {
    private SourceLanguageWords() {
    }

    /** The first of {@code languages} whose tagger gives {@code token} a reading, or empty. */
    static Optional<String> languageOf(String token, List<String> languages) {
        for (String code : languages) {
            if (!LtLanguages.readings(LtLanguages.forCode(code).getTagger(), token).isEmpty()) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
