package org.copydesk.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.stage.decode.TextDecoder;

/** Reads one file and cleans it, turning every way a file can be bad into a one-line reason. */
public final class FileCleaner {
    private final Copydesk desk;

    public FileCleaner(Copydesk desk) {
        this.desk = desk;
    }

    /** The result, or why there is none. */
    public record Outcome(CleanResult result, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public Outcome clean(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Outcome(null, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Outcome(null, "too large for the heap; raise it with COPYDESK_HEAP (see README)");
        }
        return clean(bytes);
    }

    public Outcome clean(byte[] bytes) {
        if (TextDecoder.looksBinary(bytes)) {
            return new Outcome(null, "binary file (contains NUL bytes), skipped");
        }
        try {
            return new Outcome(desk.clean(bytes), null);
        } catch (OutOfMemoryError e) {
            return new Outcome(null, "too large for the heap; raise it with COPYDESK_HEAP (see README)");
        } catch (RuntimeException e) {
            return new Outcome(null, "failed: " + e);
        }
    }
}
