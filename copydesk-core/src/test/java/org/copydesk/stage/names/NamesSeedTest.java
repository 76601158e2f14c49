package org.copydesk.stage.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.CleanOptions;
import org.copydesk.testing.SeedChecks;
import org.copydesk.testing.SeedChecks.Check;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed articles (shared/seeds, read in place, never copied): every "keep"
 * check must pass in every style, and the "names" check must pass up to the
 * case of "And", which is the casing stage's part.
 */
class NamesSeedTest {
    private static final Set<String> CLASSES = Set.of("keep", "names");

    @ParameterizedTest
    @ValueSource(strings = {"default", "ap", "reuters"})
    void keepAndNamesChecksPass(String style) {
        SeedChecks.Outcome o = SeedChecks.run(SeedChecks.inClasses(CLASSES), CleanOptions.defaults().withStyle(style),
                NamesSeedTest::holdsUpToCasing);
        System.out.printf("seed checks keep+names, style %s: %d of %d pass%n", style, o.passed(), o.checked().size());
        assertEquals(List.of(), o.failed());
    }

    /** A "names" must-check ignores letter case (the casing stage's part); every other check is the script's. */
    private static boolean holdsUpToCasing(Check check, String folded) {
        if (check.klass().equals("names") && check.kind().equals("must")) {
            return folded.toLowerCase(Locale.ROOT).contains(SeedChecks.fold(check.text()).toLowerCase(Locale.ROOT));
        }
        return check.holds(folded);
    }
}
