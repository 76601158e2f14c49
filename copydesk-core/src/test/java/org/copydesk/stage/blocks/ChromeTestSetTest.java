package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.Removed;
import org.copydesk.testing.Stages;
import org.copydesk.testing.Tally;
import org.copydesk.testing.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The measured test set of issue 3 for this stage: articles of our own
 * writing (testsets/chrome.txt) with page chrome lines marked "[x] " and
 * look-alikes marked "[k] ". At least 90% of the chrome must be removed, and
 * no look-alike or body line may be.
 */
class ChromeTestSetTest {
    private static final double REQUIRED_RATE = 0.90;

    private record Line(int start, int end, String text, char mark) {
    }

    @Test
    void removesChromeAndKeepsEverythingElse() {
        Copydesk desk = Copydesk.builder().build();
        CleanOptions only = Stages.only("blocks");
        Tally chrome = new Tally();
        List<String> damaged = new ArrayList<>();
        for (String article : TestResources.textWithoutComments("/testsets/chrome.txt").split("\n=====\n")) {
            StringBuilder doc = new StringBuilder();
            List<Line> lines = new ArrayList<>();
            for (String raw : article.split("\n", -1)) {
                char mark = raw.startsWith("[x] ") ? 'x' : raw.startsWith("[k] ") ? 'k' : 'b';
                String text = mark == 'b' ? raw : raw.substring(4);
                if (!text.isBlank()) {
                    lines.add(new Line(doc.length(), doc.length() + text.length(), text, mark));
                }
                doc.append(text).append('\n');
            }
            CleanResult r = desk.clean(doc.toString(), only);
            for (Line line : lines) {
                boolean gone = r.removed().stream().anyMatch(b -> covers(b, line));
                if (line.mark() == 'x') {
                    chrome.count(gone, line::text);
                } else if (gone) {
                    damaged.add((line.mark() == 'k' ? "look-alike: " : "body: ") + line.text());
                }
            }
        }
        double rate = chrome.rate();
        System.out.printf("blocks chrome test set: %d of %d chrome lines removed (%.1f%%), %d kept lines removed%n",
                chrome.passed(), chrome.total(), 100 * rate, damaged.size());
        chrome.failures().forEach(m -> System.out.println("  missed: " + m));
        damaged.forEach(d -> System.out.println("  DAMAGED " + d));
        assertTrue(chrome.total() >= 150, "the test set needs at least 150 chrome lines, has " + chrome.total());
        assertTrue(damaged.isEmpty(), "removed lines that must stay: " + damaged);
        assertTrue(rate >= REQUIRED_RATE, "chrome removal rate " + rate + " below " + REQUIRED_RATE);
    }

    private static boolean covers(Removed b, Line line) {
        return b.start() <= line.start() && line.end() <= b.end();
    }
}
