package org.copydesk.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.CleanResult;

/**
 * Where an in-place run keeps the original of each file: {@code FILE.orig}
 * beside it, or the same relative path under a backup directory. An existing
 * backup is never overwritten: it is older, so closer to the original (a run
 * killed after replacing a file but before recording it cleans the file again).
 */
final class InPlace {
    static final String BACKUP_SUFFIX = ".orig";

    private final Path backupDir;

    InPlace(Path backupDir) {
        this.backupDir = backupDir;
    }

    /** True when rewriting the file would give the same bytes: nothing changed and it was UTF-8 already. */
    static boolean alreadyClean(CleanResult r) {
        return !r.changed() && "UTF-8".equals(r.metadata().get("charset"));
    }

    Path backupOf(Path root, Path relative) {
        return backupDir == null ? root.resolve(relative + BACKUP_SUFFIX) : backupDir.resolve(relative.toString());
    }

    void backUp(Path root, Path relative) throws IOException {
        Path backup = backupOf(root, relative);
        if (!Files.exists(backup)) {
            AtomicFiles.copy(root.resolve(relative), backup);
        }
    }
}
