package org.copydesk.stage.foreign;

import java.util.Locale;

/** English names of source languages, for messages. */
final class LanguageNames {
    private LanguageNames() {
    }

    static String of(String code) {
        return new Locale(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
