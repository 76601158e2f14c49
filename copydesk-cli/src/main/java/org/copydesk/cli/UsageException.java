package org.copydesk.cli;

/** A mistake in how the command was called; exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
