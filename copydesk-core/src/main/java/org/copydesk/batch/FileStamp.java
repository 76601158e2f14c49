package org.copydesk.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * Size and modification time of a file: how a resumed batch tells that an
 * input is the same one it already cleaned (the make/rsync rule).
 */
public record FileStamp(long size, long mtimeNs) {
    public static FileStamp of(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /** The stamp, or null when the file cannot be looked at. */
    public static FileStamp orNull(Path file) {
        try {
            return of(file);
        } catch (IOException e) {
            return null;
        }
    }
}
