package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.junit.jupiter.api.Test;

/** A stage that fails half-way leaves the text and the log exactly as the stage before it left them. */
class PipelineRollbackTest {
    private static Stage stage(String id, java.util.function.Consumer<Draft> work) {
        return new Stage() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void process(Draft draft) {
                work.accept(draft);
            }
        };
    }

    @Test
    void aFailingStageIsUndoneEntirely() {
        Stage first = stage("first", d -> d.replace(0, 3, "One", "UPCASE", "test", 1.0, "first word"));
        Stage broken = stage("broken", d -> {
            d.replace(4, 7, "TWO", "BREAK", "test", 1.0, "would change");
            d.report(0, 3, "NOTE", "test", 0.5, "a note", null);
            d.remove(8, 13, "junk", "DROP", 1.0, "would remove");
            d.metadata("source", "broken");
            throw new IllegalStateException("boom");
        });
        Stage last = stage("last", d -> d.replace(8, 13, "three", "LOWER", "test", 1.0, "last word"));
        CleanResult r = new Pipeline(List.of(first, broken, last)).run("one two THREE", CleanOptions.defaults());
        assertEquals("One two three", r.text());
        assertEquals(List.of("UPCASE", "LOWER"), r.edits().stream().map(e -> e.rule()).toList());
        assertTrue(r.removed().isEmpty());
        assertTrue(r.metadata().isEmpty() || !r.metadata().containsKey("source"), r.metadata().toString());
        assertEquals(List.of("STAGE_FAILED"), r.findings().stream().map(f -> f.rule()).toList());
        assertEquals("one two THREE", r.reconstructInput());
    }
}
