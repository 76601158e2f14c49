package org.copydesk.cli;

/** Standard output was closed (the reader of a pipe went away): the command stops without a word. */
final class ClosedOutputException extends RuntimeException {
    ClosedOutputException() {
        super("standard output closed", null, false, false);
    }

    /** Throws when {@code out} has failed a write: nobody is reading any more. */
    static void check(java.io.PrintStream out) {
        if (out.checkError()) {
            throw new ClosedOutputException();
        }
    }
}
