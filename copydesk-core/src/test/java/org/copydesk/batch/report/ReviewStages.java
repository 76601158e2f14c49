package org.copydesk.batch.report;

import java.util.List;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.core.Draft;
import org.copydesk.core.Pipeline;
import org.copydesk.core.Stage;

/**
 * Two made-up stages that give a review page every kind of mark: edits of
 * several families and confidences, a removed block, findings (one a
 * low-confidence edit turned into a finding), an edit nested in a later
 * stage's edit, and replacements that try to smuggle HTML in.
 */
final class ReviewStages {
    static final String HOSTILE = "</ins></pre><script>document.body.dataset.pwned='1'</script><img src=x onerror=\"document.body.dataset.pwned='2'\">";

    private ReviewStages() {
    }

    static CleanResult clean(String text) {
        return new Pipeline(List.of(new First(), new Second())).run(text, CleanOptions.defaults());
    }

    private static void replaceAll(Draft d, String what, String with, String rule, String family, double confidence) {
        String t = d.text();
        for (int i = t.indexOf(what); i >= 0; i = t.indexOf(what, i + what.length())) {
            d.replace(i, i + what.length(), with, rule, family, confidence, "test rule " + rule);
        }
    }

    private static final class First implements Stage {
        @Override
        public String id() {
            return "first";
        }

        @Override
        public void process(Draft d) {
            replaceAll(d, "teh", "the", "TEST_TYPO", "spelling", 0.95);
            replaceAll(d, "colour", "color", "TEST_VARIANT", "spelling", 0.80);
            replaceAll(d, "alot", "a lot", "TEST_SPLIT", "spacing", 0.60);
            replaceAll(d, "EVIL", HOSTILE, "TEST_HOSTILE", "casing", 0.90);
            int ad = d.text().indexOf("Advertisement\n");
            if (ad >= 0) {
                d.remove(ad, ad + "Advertisement\n".length(), "boilerplate", "TEST_AD", 0.92, "an ad line");
            }
            int name = d.text().indexOf("Xi Jinping");
            if (name >= 0) {
                d.report(name, name + 10, "TEST_NAME", "names", 0.5, "a name <checked>", "Xi <Jinping>");
            }
        }
    }

    private static final class Second implements Stage {
        @Override
        public String id() {
            return "second";
        }

        @Override
        public void process(Draft d) {
            replaceAll(d, "the cat", "the dog", "TEST_ANIMAL", "falsefriend", 0.99);
        }
    }
}
