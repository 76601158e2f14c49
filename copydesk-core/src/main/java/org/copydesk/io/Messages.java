package org.copydesk.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns an exception into the few words a user needs, without Java class names or stack traces. */
public final class Messages {
    private Messages() {
    }

    public static String describe(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof OutOfMemoryError) {
            return "not enough memory; raise the heap with COPYDESK_HEAP (see README)";
        }
        if (t instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (t instanceof NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        if (t instanceof NotDirectoryException n) {
            return "not a directory: " + n.getFile();
        }
        if (t instanceof FileSystemException f) {
            String reason = f.getReason();
            return (f.getFile() == null ? "" : f.getFile() + ": ") + (reason == null ? "file system error" : reason);
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? "unexpected " + t.getClass().getSimpleName() : message;
    }

    /** As {@link #describe}, without the file name, for a message that already starts with it. */
    public static String reason(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (t instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (t instanceof FileSystemException f) {
            return f.getReason() == null ? "file system error" : f.getReason();
        }
        return describe(t);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.io.UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
