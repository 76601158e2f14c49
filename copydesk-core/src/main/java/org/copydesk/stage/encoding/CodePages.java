package org.copydesk.stage.encoding;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.dict.Dictionaries;

/**
 * The code pages from {@code dictionaries/encoding/codepages.tsv}, in the order
 * they are tried, plus two quick tables over all of them: which characters can
 * start a UTF-8 sequence, and which can continue one. Most text has neither
 * next to each other, and is skipped on that test alone.
 */
final class CodePages {
    private final List<CodePage> pages;
    private final boolean[] lead = new boolean[0x10000];
    private final boolean[] continuation = new boolean[0x10000];

    private CodePages(List<CodePage> pages) {
        this.pages = List.copyOf(pages);
        for (CodePage page : pages) {
            for (int c = 0x80; c < 0x10000; c++) {
                int b = page.byteOf((char) c);
                if (b >= 0xC2 && b <= 0xF4) {
                    lead[c] = true;
                } else if (b >= 0x80 && b <= 0xBF) {
                    continuation[c] = true;
                }
            }
        }
    }

    static CodePages load(Dictionaries dictionaries) {
        List<CodePage> pages = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Dictionaries.Row row : dictionaries.table("encoding/codepages.tsv")) {
            if (row.size() < 3) {
                throw row.error("need id, charset, rule");
            }
            int old = seen.indexOf(row.get(0));
            CodePage page;
            try {
                page = new CodePage(row.get(0), row.get(1), row.get(2), row.get(3));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown charset " + row.get(1));
            }
            if (old >= 0) {
                pages.set(old, page);
            } else {
                seen.add(row.get(0));
                pages.add(page);
            }
        }
        return new CodePages(pages);
    }

    List<CodePage> pages() {
        return pages;
    }

    boolean canLead(char c) {
        return lead[c];
    }

    boolean canContinue(char c) {
        return continuation[c] || c == '\uFFFD';
    }
}
