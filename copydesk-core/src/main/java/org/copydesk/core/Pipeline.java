package org.copydesk.core;

import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;

/** Runs an ordered list of stages over a draft, committing after each. */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public CleanResult run(String input, CleanOptions options) {
        return run(input, options, null);
    }

    /** Runs the stages; {@code timer}, when given, receives each stage's time in nanoseconds. */
    public CleanResult run(String input, CleanOptions options, StageTimer timer) {
        Draft draft = new Draft(input, options);
        Deadline deadline = Deadline.in(options.budget().nanosFor(input.length()));
        draft.setDeadline(deadline);
        for (Stage stage : stages) {
            if (options.stageEnabled(stage.id())) {
                stage.prepare(input, options);
            }
        }
        List<String> skipped = new java.util.ArrayList<>();
        Stage previous = null;
        String previousJudged = null; // the text as the previous stage left it
        for (Stage stage : stages) {
            if (!options.stageEnabled(stage.id())) {
                continue;
            }
            long t0 = System.nanoTime();
            if (deadline.passed()) {
                // a hostile input must not stall a batch: what is done so far is kept, the rest is skipped
                skipped.add(stage.id());
                continue;
            }
            runStage(stage, draft);
            if (timer != null) {
                timer.record(stage.id(), System.nanoTime() - t0);
            }
            if (previous != null && previous.judgesAgain(previousJudged, draft.text())) {
                long t1 = System.nanoTime();
                runStage(previous, draft);
                draft.dropRepeatedFindings();
                if (timer != null) {
                    timer.record(previous.id(), System.nanoTime() - t1); // the judging stage's time, not this one's
                }
            }
            previous = stage;
            previousJudged = draft.text();
        }
        if (!skipped.isEmpty()) {
            draft.enterStage("core");
            draft.report(0, 0, "BUDGET_EXCEEDED", "error", 1.0, String.format(java.util.Locale.ROOT,
                    "time budget of %.1f s for this document spent; stages skipped: %s",
                    deadline.budgetNanos() / 1e9, String.join(", ", skipped)), null);
        }
        return draft.result();
    }

    private static void runStage(Stage stage, Draft draft) {
        draft.enterStage(stage.id());
        try {
            stage.process(draft);
            draft.commit();
        } catch (RuntimeException e) {
            // one broken stage must not lose the document: undo all it did, keep what earlier stages did, say so
            draft.rollbackStage();
            draft.report(0, 0, "STAGE_FAILED", "error", 1.0,
                    "stage " + stage.id() + " failed: " + e, null);
        }
    }

    /** Receives per-stage timings, for the benchmark. */
    @FunctionalInterface
    public interface StageTimer {
        void record(String stageId, long nanos);
    }
}
