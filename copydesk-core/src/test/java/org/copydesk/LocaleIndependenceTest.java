package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Output must not depend on the JVM's default locale: under a Turkish locale "IS".toLowerCase()
 * is "ıs", under a German one "%.2f" prints "0,90". Every case change and number format in the
 * shipped code names {@code Locale.ROOT}; this scan keeps it so, and the cleaning check below
 * runs the pipeline under those locales.
 */
class LocaleIndependenceTest {
    private static final Pattern DEFAULT_LOCALE_CALL = Pattern.compile(
            "\\.to(Lower|Upper)Case\\(\\)|String\\.format\\(\"|\\.printf\\(\"|\\.formatted\\(");

    @Test
    void shippedCodeNeverUsesTheDefaultLocale() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("."), 6)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")).toList()) {
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    if (DEFAULT_LOCALE_CALL.matcher(lines.get(i)).find()) {
                        offenders.add(p + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void turkishAndGermanDefaultLocalesGiveTheSameResult() {
        String text = "IT IS IMPORTANT that the the committee meets on Friday ,said Ms Ilic.\n"
                + "Prices rose 0.90 percent in 2019 , the bureau said.\n";
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            CleanResult reference = Copydesk.builder().build().clean(text);
            for (Locale l : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
                Locale.setDefault(l);
                CleanResult r = Copydesk.builder().build().clean(text);
                assertEquals(reference.text(), r.text(), "text under " + l);
                assertEquals(reference.edits(), r.edits(), "edits under " + l);
                assertEquals(reference.findings(), r.findings(), "findings under " + l);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
