package org.copydesk.batch;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.copydesk.CleanResult;
import org.copydesk.Edit;
import org.copydesk.Finding;
import org.copydesk.Removed;

/** Counters of a batch run, updated by every worker; they never hold a document. */
public final class BatchStats {
    private final LongAdder cleaned = new LongAdder();
    private final LongAdder changed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final ConcurrentMap<String, LongAdder> edits = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> findings = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> removed = new ConcurrentHashMap<>();
    private volatile long skipped;
    private volatile long toDoFiles;
    private volatile long toDoBytes;
    private volatile long startNanos = System.nanoTime();
    private volatile long endNanos;

    void cleaned(CleanResult r, long size) {
        cleaned.increment();
        bytes.add(size);
        if (r.changed()) {
            changed.increment();
        }
        for (Edit e : r.edits()) {
            boolean isRemoval = r.removed().stream().anyMatch(b -> b.start() == e.start() && b.end() == e.end()
                    && b.rule().equals(e.rule()));
            if (!isRemoval) {
                count(edits, e.category());
            }
        }
        for (Finding f : r.findings()) {
            count(findings, f.category());
        }
        for (Removed b : r.removed()) {
            count(removed, b.label());
        }
    }

    void failed(long size) {
        failed.increment();
        bytes.add(Math.max(size, 0));
    }

    void plan(long skippedFiles, long files, long totalBytes) {
        this.skipped = skippedFiles;
        this.toDoFiles = files;
        this.toDoBytes = totalBytes;
        this.startNanos = System.nanoTime();
    }

    void finish() {
        endNanos = System.nanoTime();
    }

    private static void count(ConcurrentMap<String, LongAdder> map, String key) {
        map.computeIfAbsent(key == null ? "?" : key, k -> new LongAdder()).increment();
    }

    public long cleaned() {
        return cleaned.sum();
    }

    public long changed() {
        return changed.sum();
    }

    public long failed() {
        return failed.sum();
    }

    /** Files done (cleaned or failed) in this run. */
    public long processed() {
        return cleaned.sum() + failed.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    public long skipped() {
        return skipped;
    }

    public long toDoFiles() {
        return toDoFiles;
    }

    public long toDoBytes() {
        return toDoBytes;
    }

    public double seconds() {
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        return Math.max(1e-9, (end - startNanos) / 1e9);
    }

    public Map<String, Long> editsByFamily() {
        return snapshot(edits);
    }

    public Map<String, Long> findingsByFamily() {
        return snapshot(findings);
    }

    public Map<String, Long> removedByLabel() {
        return snapshot(removed);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> map) {
        Map<String, Long> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** The closing summary, several lines. */
    public String summary(int jobs) {
        StringBuilder sb = new StringBuilder();
        double s = seconds();
        sb.append(String.format(Locale.ROOT, "copydesk batch: %d files, %.1f MB in %.1f s (%.1f files/s, %.2f MB/s) with %d worker%s%n",
                processed(), bytes() / 1e6, s, processed() / s, bytes() / 1e6 / s, jobs, jobs == 1 ? "" : "s"));
        sb.append(String.format(Locale.ROOT, "  cleaned %d (changed %d, unchanged %d), failed %d, skipped as already done %d%n",
                cleaned(), changed(), cleaned() - changed(), failed(), skipped));
        sb.append(line("edits", editsByFamily()));
        sb.append(line("findings", findingsByFamily()));
        sb.append(line("removed blocks", removedByLabel()));
        return sb.toString();
    }

    private static String line(String what, Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder("  ").append(what).append(' ').append(total);
        if (!counts.isEmpty()) {
            sb.append(':');
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sb.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(','));
            sb.setLength(sb.length() - 1);
        }
        return sb.append('\n').toString();
    }
}
