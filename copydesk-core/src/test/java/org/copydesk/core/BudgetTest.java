package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Finding;
import org.junit.jupiter.api.Test;

/** The per-document time budget: past it, the stages left are skipped with a finding, never run. */
class BudgetTest {
    private static final String TEXT = "Putinand Xi met.";

    private static Stage stage(String id, List<String> ran) {
        return new Stage() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void process(Draft draft) {
                ran.add(id);
                if (id.equals("spacing")) {
                    draft.replace(5, 8, " and", "GLUED_FUNCTION_WORD", "spacing", 0.9, "glued");
                }
            }
        };
    }

    @Test
    void spentBudgetSkipsTheStagesLeftWithAFinding() {
        List<String> ran = new java.util.ArrayList<>();
        Pipeline p = new Pipeline(List.of(stage("spacing", ran), stage("grammar", ran)));
        CleanResult r = p.run(TEXT, CleanOptions.defaults().withBudget(new CleanOptions.Budget(0, 0)));
        assertEquals(List.of(), ran, "a zero budget is spent before the first stage");
        assertEquals(TEXT, r.text());
        List<Finding> budget = r.findings().stream().filter(f -> f.rule().equals("BUDGET_EXCEEDED")).toList();
        assertEquals(1, budget.size(), r.findings().toString());
        assertTrue(budget.get(0).message().contains("spacing, grammar"), budget.get(0).message());
    }

    @Test
    void defaultBudgetRunsEveryStage() {
        List<String> ran = new java.util.ArrayList<>();
        Pipeline p = new Pipeline(List.of(stage("spacing", ran), stage("grammar", ran)));
        CleanResult r = p.run(TEXT, CleanOptions.defaults());
        assertEquals(List.of("spacing", "grammar"), ran);
        assertEquals("Putin and Xi met.", r.text());
        assertTrue(r.findings().isEmpty(), r.findings().toString());
    }

    @Test
    void budgetGrowsWithTheInput() {
        CleanOptions.Budget b = CleanOptions.Budget.DEFAULT;
        assertEquals(30_000_000_000L, b.nanosFor(0));
        assertEquals(60_000_000_000L, b.nanosFor(1_000_000));
        assertEquals(Long.MAX_VALUE, CleanOptions.Budget.NONE.nanosFor(5));
        assertThrows(IllegalArgumentException.class, () -> new CleanOptions.Budget(-1, 0));
    }
}
