package org.copydesk.cli;

/** Process exit codes, documented in the README. */
public final class ExitCodes {
    /** Every input was cleaned. */
    public static final int OK = 0;
    /** At least one input failed (missing, unreadable, binary); the others were cleaned. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** {@code check}: inputs were read but need cleaning. */
    public static final int NEEDS_CLEANING = 3;
    /** Standard output was closed before the end (a pipe to {@code head}): stopped quietly, as SIGPIPE would. */
    public static final int CLOSED_PIPE = 141;

    private ExitCodes() {
    }
}
