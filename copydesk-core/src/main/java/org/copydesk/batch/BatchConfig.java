package org.copydesk.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch runs.
 *
 * @param input      the tree to clean
 * @param output     where clean files go (same relative paths) and where the manifest lives;
 *                   with {@code inPlace} it holds only the manifest
 * @param jobs       worker threads
 * @param inPlace    replace each input with its clean text, keeping a backup
 * @param backupDir  where in-place backups go; null for {@code FILE.orig} beside each file
 * @param progress   how progress is shown
 * @param every      how often progress is shown
 * @param fingerprint what the cleaning options were; a resumed run must match it
 */
public record BatchConfig(Path input, Path output, int jobs, boolean inPlace, Path backupDir,
                          Progress.Mode progress, Duration every, String fingerprint) {
    public static final String MANIFEST = "manifest.jsonl";

    public BatchConfig {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
    }

    public Path manifest() {
        return output.resolve(MANIFEST);
    }

    /** Where the clean text of an input goes. */
    public Path target(Path relative) {
        return inPlace ? input.resolve(relative) : output.resolve(relative.toString());
    }
}
