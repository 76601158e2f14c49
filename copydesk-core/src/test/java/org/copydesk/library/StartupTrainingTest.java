package org.copydesk.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Edit;
import org.copydesk.Finding;
import org.copydesk.StartupTraining;
import org.junit.jupiter.api.Test;

/** The training run must reach every stage, or the start-up cache it records misses their classes. */
class StartupTrainingTest {
    @Test
    void builtInTextExercisesEveryStageThatChangesText() throws Exception {
        byte[] text;
        try (InputStream in = StartupTraining.class.getResourceAsStream("/org/copydesk/startup/training.txt")) {
            text = in.readAllBytes();
        }
        CleanResult r = Copydesk.builder()
                .options(CleanOptions.defaults().withGrammar(CleanOptions.GrammarMode.FULL)).build().clean(text);
        Set<String> stages = new TreeSet<>();
        r.edits().stream().map(Edit::stage).forEach(stages::add);
        r.findings().stream().map(Finding::stage).forEach(stages::add);
        for (String stage : new String[] {"markup", "encoding", "blocks", "spacing", "artifacts", "foreign", "names", "grammar"}) {
            assertTrue(stages.contains(stage), "no edit or finding from " + stage + "; got " + stages);
        }
        assertTrue(!r.removed().isEmpty(), "chrome lines removed");
    }

    @Test
    void mainReportsTheDocumentsItCleaned() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            StartupTraining.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("copydesk start-up training: 1 document(s), "), out.toString(StandardCharsets.UTF_8));
    }
}
