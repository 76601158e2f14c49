package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import org.copydesk.Copydesk;
import org.copydesk.io.JsonlRecord;

/**
 * Ingestion mode: JSON lines in, JSON lines out, one for one and in order,
 * holding one line at a time. Every input field is passed through; "text"
 * becomes the clean text and the result fields are added. A bad line gives
 * an error line with its number, and the stream goes on.
 */
final class JsonLinesStream {
    /** Default of {@code --max-record-bytes}: far above any article, far below a heap of 2 GB. */
    static final long DEFAULT_MAX_RECORD_BYTES = 32L << 20;

    private final Copydesk desk;
    private final PrintStream err;
    private final long maxRecordBytes;

    JsonLinesStream(Copydesk desk, PrintStream err) {
        this(desk, err, DEFAULT_MAX_RECORD_BYTES);
    }

    JsonLinesStream(Copydesk desk, PrintStream err, long maxRecordBytes) {
        this.desk = desk;
        this.err = err;
        this.maxRecordBytes = maxRecordBytes;
    }

    int run(InputStream in, PrintStream out) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(in, maxRecordBytes);
        int lineNo = 0;
        int failed = 0;
        BoundedLineReader.Line next;
        while ((next = reader.next()) != null) {
            lineNo++;
            if (next.tooLong()) {
                failed++;
                error(out, lineNo, next.bytes() > maxRecordBytes
                        ? "record of " + next.bytes() + " bytes is over the limit of " + maxRecordBytes
                                + " (--max-record-bytes); skipped"
                        : "record of " + next.bytes() + " bytes is too large for the heap; skipped (raise COPYDESK_HEAP)");
                continue;
            }
            String line = next.text();
            if (line.isBlank()) {
                continue;
            }
            try {
                if (!cleanLine(line, lineNo, out)) {
                    failed++;
                }
            } catch (OutOfMemoryError e) {
                // the record fitted the limit but not the heap: drop it, keep the stream going
                failed++;
                error(out, lineNo, "record too large for the heap; skipped (lower --max-record-bytes or raise"
                        + " COPYDESK_HEAP)");
            }
            ClosedOutputException.check(out); // the reader went away (a closed pipe): stop quietly
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private void error(PrintStream out, int lineNo, String error) {
        out.println(JsonlRecord.errorLine(lineNo, error).line());
        err.println("copydesk: stdin line " + lineNo + ": " + error);
    }

    /** Cleans one record and writes its result line; false when the record was bad (an error line is written). */
    private boolean cleanLine(String line, int lineNo, PrintStream out) {
        JsonlRecord.Outcome outcome = JsonlRecord.clean(desk, line, lineNo);
        out.println(outcome.line());
        if (outcome.failed()) {
            err.println("copydesk: stdin line " + lineNo + ": " + outcome.error());
            return false;
        }
        return true;
    }
}
