package org.copydesk.stage.blocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.CleanOptions;
import org.copydesk.core.Draft;
import org.copydesk.core.Resources;
import org.copydesk.core.Stage;

/**
 * Splits the text into line blocks and keeps only the body: page chrome
 * (boilerplate), dates, credits and bylines (metadata), picture captions and
 * repeated blocks are taken out with their label, so they stay in
 * {@code removed}; what they say worth keeping goes to {@code metadata}.
 * Datelines at the top of the story stay in the text and are read into
 * metadata too.
 */
public final class BlocksStage implements Stage {
    private final Resources resources;

    public BlocksStage(Resources resources) {
        this.resources = resources;
    }

    @Override
    public String id() {
        return "blocks";
    }

    /**
     * The line classifier counts words (six make a sentence, fewer a label), and the spacing stage that
     * follows splits glued words ("andthe"): a line it lengthens may be judged otherwise on a second clean, a
     * short line above it then "above the story". Judging again whenever a line's word count changed is what
     * the second clean would do.
     */
    @Override
    public boolean judgesAgain(String judged, String now) {
        return judged != now && !BlockSplitter.wordsPerLine(judged).equals(BlockSplitter.wordsPerLine(now));
    }

    @Override
    public void warmUp(CleanOptions options) {
        classifier();
    }

    @Override
    public void process(Draft draft) {
        String text = draft.text();
        List<Block> blocks = BlockSplitter.split(text, draft.analysis());
        if (blocks.isEmpty()) {
            return;
        }
        Verdict[] verdicts = classifier().classify(blocks, TemplateLines.installed(resources));
        if (draft.analysis().isManual()) {
            Documentation.reportOnly(verdicts, draft.analysis());
        }
        CleanOptions options = draft.options();
        markGluedBylines(blocks, verdicts);
        boolean[] removed = new boolean[blocks.size()];
        for (int i = 0; i < verdicts.length; i++) {
            Verdict v = verdicts[i];
            removed[i] = v != null && v.removes() && options.ruleEnabled(v.rule())
                    && v.confidence() >= options.applyThreshold();
        }
        RemovalPlanner.Span[] spans = RemovalPlanner.plan(blocks, removed, text.length());
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (int i = 0; i < verdicts.length; i++) {
            Verdict v = verdicts[i];
            if (v == null || !options.ruleEnabled(v.rule())) {
                continue;
            }
            Block b = blocks.get(i);
            if (removed[i]) {
                draft.remove(spans[i].start(), spans[i].end(), v.label(), v.rule(), v.confidence(), reason(v));
            } else if (v.removes()) {
                draft.remove(b.start(), b.end(), v.label(), v.rule(), v.confidence(), reason(v));
            }
            if (removed[i] || !v.removes()) {
                v.metadata().forEach((key, value) -> addOnce(metadata, key, value));
            }
        }
        removeReadMoreTails(draft, blocks, removed, options);
        removeGluedTimestamps(draft, blocks, removed, options, metadata);
        removeInlineCredits(draft, blocks, removed, options, metadata);
        dropPartialDates(metadata.get("date"));
        metadata.forEach((key, values) -> values.forEach(value -> draft.metadata(key, value)));
    }

    /** A "… Continue reading" link at the end of a kept paragraph goes; the paragraph stays. */
    private static void removeReadMoreTails(Draft draft, List<Block> blocks, boolean[] removed, CleanOptions options) {
        if (!options.ruleEnabled(ReadMoreTail.RULE)) {
            return;
        }
        for (ReadMoreTail.Tail tail : ReadMoreTail.find(draft.text())) {
            var analysis = draft.analysis();
            boolean prose = analysis.lines().get(analysis.lineIndexAt(tail.end() - 1)).kind()
                    == org.copydesk.text.LineKind.PROSE;
            if (!inRemovedBlock(blocks, removed, tail.start(), tail.end()) && prose) {
                draft.remove(tail.start(), tail.end(), "boilerplate", ReadMoreTail.RULE, 0.9,
                        "boilerplate (a read-more link at the end of a teaser paragraph)");
            }
        }
    }

    /** A listing's date-and-time stamp run into the next item's first word goes; its date is kept as metadata. */
    private void removeGluedTimestamps(Draft draft, List<Block> blocks, boolean[] removed, CleanOptions options,
                                       Map<String, List<String>> metadata) {
        if (!options.ruleEnabled(GluedTimestamp.RULE)) {
            return;
        }
        List<InlinePiece> pieces = GluedTimestamp.find(draft.text(), dates()).stream()
                .map(stamp -> new InlinePiece(stamp.start(), stamp.end(), GluedTimestamp.metadataKey(stamp.iso()),
                        stamp.iso(), "metadata (a date-and-time stamp run into the next word without a space: the"
                        + " page's stamp above an item, joined to it by the scrape)"))
                .toList();
        removeInline(draft, blocks, removed, GluedTimestamp.RULE, 0.9, pieces, false, metadata);
    }

    /** A line that is a byline run into its date: metadata, removed like a byline line. */
    private void markGluedBylines(List<Block> blocks, Verdict[] verdicts) {
        DateParser dates = dates();
        for (int i = 0; i < blocks.size(); i++) {
            if (verdicts[i] != null) {
                continue;
            }
            int at = i;
            GluedTimestamp.bylineDate(blocks.get(i).text(), dates).ifPresent(b -> verdicts[at] = new Verdict(
                    "metadata", GluedTimestamp.RULE, 0.9, "a byline run into its date (\"" + b.name() + "\" and "
                    + b.iso() + ") without a space: two cells of the page joined by the scrape",
                    Map.of("byline", b.name(), GluedTimestamp.metadataKey(b.iso()), b.iso())));
        }
    }

    /** A picture's credit run into a paragraph as a sentence of its own goes; its source is kept as metadata. */
    private static void removeInlineCredits(Draft draft, List<Block> blocks, boolean[] removed, CleanOptions options,
                                            Map<String, List<String>> metadata) {
        if (!options.ruleEnabled(InlineCredit.RULE)) {
            return;
        }
        List<InlinePiece> pieces = InlineCredit.find(draft.text()).stream()
                .map(credit -> new InlinePiece(credit.start(), credit.end(), "photo_credit", credit.source(),
                        "metadata (a picture's credit left in the paragraph as a sentence of its own: it names only"
                                + " the picture and its source, " + credit.source() + ")"))
                .toList();
        removeInline(draft, blocks, removed, InlineCredit.RULE, 0.85, pieces, true, metadata);
    }

    /** A piece of chrome inside a kept line: its span, the metadata it gives, and why it goes. */
    private record InlinePiece(int start, int end, String key, String value, String reason) {
    }

    /**
     * Removes each piece that no removed block holds and that touches no code ({@code proseOnly}: on a prose line
     * only), and keeps what it says as metadata.
     */
    private static void removeInline(Draft draft, List<Block> blocks, boolean[] removed, String rule,
                                     double confidence, List<InlinePiece> pieces, boolean proseOnly,
                                     Map<String, List<String>> metadata) {
        var analysis = draft.analysis();
        for (InlinePiece piece : pieces) {
            if (inRemovedBlock(blocks, removed, piece.start(), piece.end())
                    || analysis.touchesCode(piece.start(), piece.end())
                    || proseOnly && analysis.lineAt(piece.start()).kind() != org.copydesk.text.LineKind.PROSE) {
                continue;
            }
            draft.remove(piece.start(), piece.end(), "metadata", rule, confidence, piece.reason());
            addOnce(metadata, piece.key(), piece.value());
        }
    }

    /** A value said twice (a credit printed under two pictures) is one value. */
    private static void addOnce(Map<String, List<String>> metadata, String key, String value) {
        List<String> values = metadata.computeIfAbsent(key, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    private static boolean inRemovedBlock(List<Block> blocks, boolean[] removed, int start, int end) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (removed[i] && b.lineStart() <= end && start <= b.lineEnd()) {
                return true;
            }
        }
        return false;
    }

    /** "--06-28" from a dateline says less than "2024-06-28" from a date line: keep the full one. */
    private static void dropPartialDates(List<String> dates) {
        if (dates != null) {
            dates.removeIf(d -> d.startsWith("--") && dates.stream().anyMatch(f -> !f.startsWith("--")
                    && f.startsWith(d.substring(1), 4)));
        }
    }

    private static String reason(Verdict v) {
        return v.label() + " (" + v.reason() + ")";
    }

    private DateParser dates() {
        return resources.shared("blocks-dates", () -> new DateParser(Calendar.load(resources.dictionaries())));
    }

    private BlockClassifier classifier() {
        return resources.shared("blocks-classifier", () -> {
            MetadataReader reader = new MetadataReader(dates(), resources::english, resources::names);
            return new BlockClassifier(BlockRules.load(resources.dictionaries()), reader);
        });
    }
}
