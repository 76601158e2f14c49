package org.copydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.testing.EditLogReference;

/**
 * Coverage-guided fuzzing of the whole default pipeline with Jazzer. Any bytes, read as UTF-8
 * (malformed bytes become U+FFFD), are cleaned; then: no stage failed, the edit log passes the
 * independent reference ({@link EditLogReference}: forward and backward replay rebuild the output
 * and the input exactly, every edit's input span recomputed from character provenance), and
 * cleaning the output again changes nothing (no rule is exempt).
 *
 * <p>Without {@code JAZZER_FUZZ} (every build) it runs once per seed input under
 * {@code src/test/resources/org/copydesk/PipelineFuzzTestInputs/cleanAnything/} (our own texts).
 * The long run fuzzes: {@code JAZZER_FUZZ=1 mvn -o test -pl copydesk-core -Dtest=PipelineFuzzTest
 * -Djazzer.max_duration=10m}; findings land in the same directory as crash files and then replay
 * in every build.
 */
class PipelineFuzzTest {
    private static final Copydesk DESK = Copydesk.builder().build();

    @FuzzTest(maxDuration = "60s")
    void cleanAnything(byte[] data) {
        String input = new String(data, StandardCharsets.UTF_8);
        CleanResult r = DESK.clean(input);
        assertEquals(input, r.input());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("STAGE_FAILED")),
                () -> r.findings().stream().filter(f -> f.rule().equals("STAGE_FAILED")).toList().toString());
        List<String> problems = EditLogReference.problems(r);
        assertTrue(problems.isEmpty(), problems::toString);
        CleanResult again = DESK.clean(r.text());
        List<String> secondPass = again.edits().stream()
                .map(e -> e.rule() + " \"" + e.original() + "\"->\"" + e.replacement() + "\"")
                .toList();
        assertTrue(secondPass.isEmpty(), () -> "cleaning the output again changes it: " + secondPass);
    }
}
