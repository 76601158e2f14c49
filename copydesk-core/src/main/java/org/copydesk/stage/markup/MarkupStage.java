package org.copydesk.stage.markup;

import java.util.List;
import org.copydesk.core.Draft;
import org.copydesk.core.Stage;
import org.copydesk.text.LineKind;
import org.copydesk.text.TextAnalysis;

/**
 * Residual HTML left in scraped text ({@code <p>}, {@code <br/>},
 * {@code <a href=…>}, {@code <script>…</script>}, comments): block tags become
 * paragraph or line breaks, inline tags go, script and style elements go with
 * their content. Tags are recognised by jsoup (a tag jsoup does not know is
 * not markup); code lines and tags a sentence talks about ("the &lt;p&gt; tag")
 * stay. One lone tag without attributes is weak evidence and only reported.
 */
public final class MarkupStage implements Stage {
    public static final String ID = "markup";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void process(Draft draft) {
        String text = draft.text();
        if (!TagScanner.mayHaveTags(text)) {
            return;
        }
        TextAnalysis analysis = draft.analysis();
        List<TagScanner.Tag> tags = TagScanner.scan(text);
        int brokeAt = -1;
        for (TagScanner.Tag tag : tags) {
            if (analysis.lineAt(tag.start()).kind() == LineKind.CODE || TagScanner.isMentioned(text, tag)) {
                continue;
            }
            boolean strong = tag.hasAttributes() || tag.isComment() || tag.elementEnd() > tag.end()
                    || countOnParagraph(text, tags, tag) >= 2;
            String replacement = TagScanner.replacement(text, tag);
            if (tag.start() == brokeAt && replacement.startsWith("\n")) {
                replacement = ""; // </p><p>: one break between the paragraphs, not two
            }
            String evidence = evidence(tag, strong);
            if (!strong) {
                draft.report(tag.start(), tag.elementEnd(), "HTML_TAG", "markup", 0.6,
                        "a lone " + tag.describe() + " with nothing else of markup near it: " + evidence, replacement);
                continue;
            }
            String rule = tag.isComment() ? "HTML_COMMENT" : tag.elementEnd() > tag.end() ? "HTML_SCRIPT"
                    : tag.isBlock() ? "HTML_BLOCK_TAG" : "HTML_TAG";
            if (rule.equals("HTML_SCRIPT") || rule.equals("HTML_COMMENT")) {
                draft.remove(tag.start(), tag.elementEnd(), "markup", rule, 0.95, evidence);
            } else {
                draft.replace(tag.start(), tag.end(), replacement, rule, "markup", 0.95, evidence);
            }
            if (!replacement.isEmpty() || tag.start() == brokeAt) {
                brokeAt = tag.end();
            }
        }
    }

    /** Tags within the paragraph holding {@code tag}; tags come sorted by start, so two binary searches count them. */
    private static int countOnParagraph(String text, List<TagScanner.Tag> tags, TagScanner.Tag tag) {
        int from = text.lastIndexOf("\n\n", tag.start());
        int to = text.indexOf("\n\n", tag.end());
        int end = to < 0 ? text.length() : to;
        int last = firstStartingAt(tags, end);
        // a tag that straddles the paragraph break (a break inside its attributes) is not on the paragraph
        if (last > 0 && tags.get(last - 1).end() > end) {
            last--;
        }
        return last - firstStartingAt(tags, from);
    }

    /** The index of the first tag starting at or after {@code pos}. */
    private static int firstStartingAt(List<TagScanner.Tag> tags, int pos) {
        int lo = 0;
        int hi = tags.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tags.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String evidence(TagScanner.Tag tag, boolean strong) {
        StringBuilder why = new StringBuilder(tag.describe()).append(" known to jsoup's HTML parser");
        if (tag.hasAttributes()) {
            why.append(", with attributes");
        }
        if (strong && !tag.hasAttributes() && !tag.isComment()) {
            why.append(", among other tags in the paragraph");
        }
        return why.toString();
    }
}
