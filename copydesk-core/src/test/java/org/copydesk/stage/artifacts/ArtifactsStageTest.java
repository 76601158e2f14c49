package org.copydesk.stage.artifacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.testing.Stages;
import org.junit.jupiter.api.Test;

class ArtifactsStageTest {
    private static final Copydesk DESK = Copydesk.builder().options(Stages.only(ArtifactsStage.ID)).build();

    @Test
    void spinScoreIsSignaturesPerThousandWords() {
        String spun = "The White Home said the Joined States would act once morest the plan. " + "word ".repeat(97);
        CleanResult r = DESK.clean(spun);
        assertEquals(3 * 1000.0 / (97 + 13), (double) r.metadata().get("spinScore"), 0.01);
        assertEquals(0.0, DESK.clean("A plain sentence about the weather.").metadata().get("spinScore"));
    }

    @Test
    void contextPoorSenseSpinsAreReportedOnlyInSpunCopy() {
        String plain = "The navy will grow, officials said.";
        assertTrue(DESK.clean(plain).findings().isEmpty());
        CleanResult spun = DESK.clean("The Joined States agreed. " + plain);
        assertTrue(spun.findings().stream().anyMatch(f -> f.rule().equals("SPIN_SENSE")
                && "military".equals(f.suggestion())), spun.findings().toString());
        assertTrue(spun.text().contains("The navy will grow"));
    }

    @Test
    void disabledRuleChangesNothing() {
        CleanOptions opts = DESK.options().withDisabledRules(Set.of("SPIN_SUBSTRING"));
        assertEquals("not aimed once morest anyone", DESK.clean("not aimed once morest anyone", opts).text());
    }

    @Test
    void sameResultsFromManyThreads() throws Exception {
        List<String> inputs = List.of(
                "The forum, which is celebrated in Oslo on May 2, opened. Leaders assisted to the meeting.",
                "Putin spoke. “We agree,” she said. The ministry realized a study of roads.",
                "The UN Safety Council met once morest the odds; the navy junta fell.",
                "He called for Economic cooperation with the EU And NATO partners.");
        List<String> expected = new ArrayList<>();
        for (String in : inputs) {
            expected.add(DESK.clean(in).text());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String in = inputs.get(i % inputs.size());
                futures.add(pool.submit(() -> DESK.clean(in).text()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % inputs.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
