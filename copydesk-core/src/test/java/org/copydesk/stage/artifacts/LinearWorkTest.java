package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;
import org.copydesk.testing.Adversarial;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

/**
 * The artifacts stage's work grows linearly with a hostile input, counted in tagger lookups (a
 * work unit, not a time): "trade And investment, " repeated is one paragraph of thousands of
 * capitalised function words between lower-case words, and the casing rule once scanned the
 * whole paragraph, asking the tagger about each capital, for every candidate (175 KB took 495 s).
 * Four times the input must cost about four times the lookups, not sixteen.
 */
class LinearWorkTest {
    private static final Copydesk DESK = Copydesk.builder().options(Stages.only(ArtifactsStage.ID)).build();

    @Test
    void capitalisedAndRepeatedCostsLookupsInProportion() {
        long small = lookups(Adversarial.capitalAnd(100));
        long large = lookups(Adversarial.capitalAnd(400));
        assertTrue(small >= 100, "the casing rule must consult the tagger about each candidate: " + small);
        assertTrue(large <= 5 * small, "4x the input cost " + large + " lookups against " + small
                + " (quadratic would be about 16x)");
    }

    private static long lookups(String text) {
        CleanOptions options = DESK.options();
        PosTagger tagger = ArtifactsStage.tagger(DESK.resources(), options.variant());
        long before = tagger.lookups();
        DESK.clean(text, options);
        return tagger.lookups() - before;
    }
}
