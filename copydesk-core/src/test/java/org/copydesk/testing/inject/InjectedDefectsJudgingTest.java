package org.copydesk.testing.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;
import org.copydesk.testing.inject.InjectedDefects.Outcome;
import org.copydesk.testing.inject.InjectedDefects.Verdict;
import org.junit.jupiter.api.Test;

/**
 * How a defect that is a line of its own is judged: taken out whole it is fixed, with the rule that
 * removed it in the note; left in, it is missed, and the paragraphs after it are still judged on their
 * own (the output is cut at the seams the edit log carried, not by counting paragraphs).
 */
class InjectedDefectsJudgingTest {
    private static final List<String> PARAGRAPHS = List.of(
            "The harbour council met on Tuesday evening and agreed to keep the night ferry running through the winter, after a petition signed by four thousand residents.",
            "Officials said the cost of the extra crossings would be met from the port's reserve fund, which has grown every year since the new terminal opened.",
            "The ferry company welcomed the decision and said it would publish the winter timetable before the end of the month, with two more crossings on Saturdays.");

    /** A prose sentence as a paragraph of its own above the first paragraph, a share row below the others. */
    private static final class InsertedLines implements DefectInjector {
        @Override
        public String family() {
            return "lines";
        }

        @Override
        public Optional<Injection> inject(String paragraph, Random random) {
            throw new AssertionError("the placed variant is the one measure() calls");
        }

        @Override
        public Optional<Injection> inject(String paragraph, Place place, Random random) {
            return Optional.of(place.top()
                    ? Injection.inserting(family(), paragraph, "The vote was close, and the debate went on past midnight.", true, "\n\n")
                    : Injection.inserting(family(), paragraph, "Share this: Facebook | Twitter | WhatsApp | Email", false,
                            place.index() == 1 ? "\n" : "\n\n"));
        }
    }

    @Test
    void aRemovedLineIsFixedAndAKeptOneIsMissedWithoutMisaligningTheRest() {
        var measurement = new InjectedDefects(Copydesk.builder().build(), CleanOptions.defaults());
        List<Outcome> outcomes = measurement.measure(new InsertedLines(), PARAGRAPHS, 3, 1L).outcomes();
        assertEquals(3, outcomes.size());
        Outcome kept = outcomes.stream().filter(o -> o.injection().dirty().startsWith("The vote")).findFirst().orElseThrow();
        assertEquals(Verdict.MISSED, kept.verdict(), kept.toString());
        for (Outcome o : outcomes) {
            if (o != kept) {
                assertEquals(Verdict.FIXED, o.verdict(), o.toString());
                assertTrue(o.note().startsWith("MENU_LINE") || o.note().startsWith("SHARE_PROMPT")
                        || o.note().startsWith("CHROME_LINE"), o.note());
                assertEquals(o.injection().paragraph(), o.output());
            }
        }
    }
}
