package org.copydesk.core;

import org.copydesk.text.TextAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Edit;
import org.copydesk.Finding;
import org.copydesk.LanguageSpan;
import org.copydesk.Removed;

/**
 * One document on its way through the pipeline: the input (never changed),
 * the current text, and the log of everything done to it. Stages propose
 * changes in current coordinates; {@link #commit()} applies a stage's
 * proposals together and records each with its input span.
 */
public final class Draft {
    private final String input;
    private final CleanOptions options;
    private String text;
    private final OffsetMap map;
    private final List<Edit> edits = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<Removed> removed = new ArrayList<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final List<LanguageSpan> languages = new ArrayList<>();
    private final List<Proposal> pending = new ArrayList<>();
    private String stage = "none";
    /** See {@link #weighAgainst}: 1.0 unless the current stage weighed the document's evidence against itself. */
    private double doubt = 1.0;
    private String doubtReason = "";
    private Deadline deadline = Deadline.NONE;

    /** A change a stage wants; {@code removedLabel} is set when it takes a block out. */
    private record Proposal(int start, int end, String replacement, String rule, String category,
                            double confidence, String reason, String removedLabel, int order) {
    }

    private TextAnalysis analysis;
    private int[] stageMark = new int[4];
    private Map<String, Object> metadataMark = Map.of();

    public Draft(String input, CleanOptions options) {
        this.input = input;
        this.text = input;
        this.options = options;
        this.map = new OffsetMap(input.length());
    }

    public String input() {
        return input;
    }

    public String text() {
        return text;
    }

    /** The shared reading of the current text (lines, code, quotations, usage); rebuilt after each commit. */
    public TextAnalysis analysis() {
        String current = text();
        TextAnalysis a = analysis;
        if (a == null || a.text() != current) {
            a = TextAnalysis.of(current);
            analysis = a;
        }
        return a;
    }

    public CleanOptions options() {
        return options;
    }

    /** When this document's time budget runs out; a stage with a long loop may check it. */
    public Deadline deadline() {
        return deadline;
    }

    void setDeadline(Deadline value) {
        this.deadline = value;
    }

    public String stage() {
        return stage;
    }

    void enterStage(String id) {
        this.stage = id;
        this.doubt = 1.0;
        this.doubtReason = "";
        pending.clear();
        stageMark = new int[] {edits.size(), findings.size(), removed.size(), languages.size()};
        metadataMark = new LinkedHashMap<>(metadata);
    }

    /**
     * Undoes everything the current stage did (proposals, findings, removals,
     * language spans, metadata): a stage that fails leaves the draft exactly as
     * the previous stage left it. The text itself only changes at the end of a
     * successful {@link #commit()}.
     */
    void rollbackStage() {
        pending.clear();
        truncate(edits, stageMark[0]);
        truncate(findings, stageMark[1]);
        truncate(removed, stageMark[2]);
        truncate(languages, stageMark[3]);
        metadata.clear();
        metadata.putAll(metadataMark);
    }

    /**
     * Drops the findings of the current stage that an earlier run of the same stage already made (same rule,
     * same input span): a stage run again over the document repeats its findings on the lines it kept.
     */
    void dropRepeatedFindings() {
        List<Finding> earlier = findings.subList(0, stageMark[1]);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Finding f : earlier) {
            seen.add(f.rule() + "\u0000" + f.start() + "\u0000" + f.end());
        }
        List<Finding> added = new ArrayList<>(findings.subList(stageMark[1], findings.size()));
        truncate(findings, stageMark[1]);
        for (Finding f : added) {
            if (!seen.contains(f.rule() + "\u0000" + f.start() + "\u0000" + f.end())) {
                findings.add(f);
            }
        }
    }

    private static void truncate(List<?> list, int size) {
        list.subList(size, list.size()).clear();
    }

    /**
     * Evidence about the whole document that weighs against every change the current stage proposes from here
     * on (a manual's notation reads like damage): each proposal's confidence is scaled by {@code factor} and
     * its reason gains {@code reason}. Reset when the next stage begins.
     */
    public void weighAgainst(double factor, String reason) {
        this.doubt = factor;
        this.doubtReason = reason;
    }

    /**
     * Proposes replacing current [start, end). Below the apply threshold the
     * change is reported as a finding instead; a disabled rule is ignored.
     */
    public void replace(int start, int end, String replacement, String rule, String category,
                        double confidence, String reason) {
        check(start, end);
        if (!options.ruleEnabled(rule) || text.regionMatches(start, replacement, 0, replacement.length())
                && end - start == replacement.length()) {
            return;
        }
        if (doubt < 1.0) {
            confidence *= doubt;
            reason += doubtReason;
        }
        if (confidence < options.applyThreshold()) {
            report(start, end, rule, category, confidence, reason, replacement);
            return;
        }
        pending.add(new Proposal(start, end, replacement, rule, category, confidence, reason, null, pending.size()));
    }

    /** Takes current [start, end) out of the text; it is kept in {@link CleanResult#removed()}. */
    public void remove(int start, int end, String label, String rule, double confidence, String reason) {
        check(start, end);
        if (!options.ruleEnabled(rule) || start == end) {
            return;
        }
        if (confidence < options.applyThreshold()) {
            report(start, end, rule, label, confidence, reason + " (not removed: low confidence)", "");
            return;
        }
        pending.add(new Proposal(start, end, "", rule, label, confidence, reason, label, pending.size()));
    }

    /** Reports a problem at current [start, end) without changing the text. */
    public void report(int start, int end, String rule, String category, double confidence, String message,
                       String suggestion) {
        check(start, end);
        if (!options.ruleEnabled(rule)) {
            return;
        }
        OffsetMap.Located at = map.locate(start, end);
        findings.add(new Finding(at.origStart(), at.origEnd(), input.substring(at.origStart(), at.origEnd()),
                stage, rule, category, confidence, message, suggestion));
    }

    /** Notes that current [start, end) is in another language. */
    public void language(int start, int end, String language, double confidence) {
        check(start, end);
        OffsetMap.Located at = map.locate(start, end);
        languages.add(new LanguageSpan(at.origStart(), at.origEnd(), language, confidence));
    }

    /** Metadata worth keeping (dates, bylines, credits); repeated keys collect into a list. */
    @SuppressWarnings("unchecked")
    public void metadata(String key, Object value) {
        Object old = metadata.get(key);
        if (old == null) {
            metadata.put(key, value);
        } else if (old instanceof List<?> list) {
            ((List<Object>) list).add(value);
        } else {
            List<Object> list = new ArrayList<>();
            list.add(old);
            list.add(value);
            metadata.put(key, list);
        }
    }

    /** Sets a metadata value, replacing any earlier one. */
    public void setMetadata(String key, Object value) {
        metadata.put(key, value);
    }

    public Map<String, Object> metadataView() {
        return java.util.Collections.unmodifiableMap(metadata);
    }

    /** Input offset of a current start offset. */
    public int toInputStart(int current) {
        return map.toOriginalStart(current);
    }

    /** Input offset of a current end offset. */
    public int toInputEnd(int current) {
        return map.toOriginalEnd(current);
    }

    /** Current ranges that earlier stages changed, as [start, end) pairs. */
    public int[][] changedRanges() {
        return map.changedRanges();
    }

    public List<Finding> findingsView() {
        return java.util.Collections.unmodifiableList(findings);
    }

    /**
     * Applies the pending proposals of the current stage: sorted by position,
     * an overlapping proposal loses to the one proposed first.
     */
    public void commit() {
        if (pending.isEmpty()) {
            return;
        }
        List<Proposal> sorted = new ArrayList<>(pending);
        pending.clear();
        sorted.sort(Comparator.comparingInt(Proposal::start).thenComparingInt(Proposal::end)
                .thenComparingInt(Proposal::order));
        List<Proposal> kept = new ArrayList<>();
        for (Proposal p : sorted) {
            Proposal last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            boolean overlaps = last != null && (p.start() < last.end()
                    || p.start() == last.start() && (p.end() == p.start() || last.end() == last.start()));
            if (!overlaps) {
                kept.add(p);
            } else if (p.order() < last.order()) {
                kept.set(kept.size() - 1, p);
            }
        }
        List<Edit> newEdits = new ArrayList<>(kept.size());
        List<Removed> newRemoved = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<OffsetMap.Applied> applied = new ArrayList<>(kept.size());
        int pos = 0;
        int delta = 0;
        for (Proposal p : kept) {
            OffsetMap.Located at = map.locate(p.start(), p.end());
            applied.add(new OffsetMap.Applied(at, (p.start() - at.curStart()) + p.replacement().length()
                    + (at.curEnd() - p.end())));
            out.append(text, pos, p.start()).append(p.replacement());
            pos = p.end();
            String before = text.substring(p.start(), p.end());
            String original = input.substring(at.origStart(), at.origEnd());
            newEdits.add(new Edit(at.origStart(), at.origEnd(), original, p.replacement(), stage, p.rule(),
                    p.category(), p.confidence(), p.reason(), p.start() + delta, before));
            delta += p.replacement().length() - (p.end() - p.start());
            if (p.removedLabel() != null) {
                newRemoved.add(new Removed(at.origStart(), at.origEnd(), original, p.removedLabel(), p.rule()));
            }
        }
        out.append(text, pos, text.length());
        map.apply(applied, out.length());
        // the log and the text change together, last, so a failure above leaves both as they were
        text = out.toString();
        edits.addAll(newEdits);
        removed.addAll(newRemoved);
    }

    public CleanResult result() {
        return new CleanResult(input, text, edits, findings, removed, metadata, languages);
    }

    private void check(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " outside text of length "
                    + text.length() + " in stage " + stage);
        }
    }
}
