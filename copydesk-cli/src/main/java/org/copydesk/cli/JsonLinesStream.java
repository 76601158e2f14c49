package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import org.copydesk.Copydesk;
import org.copydesk.core.OrderedParallel;
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
    private final int threads;

    JsonLinesStream(Copydesk desk, PrintStream err) {
        this(desk, err, DEFAULT_MAX_RECORD_BYTES, 1);
    }

    JsonLinesStream(Copydesk desk, PrintStream err, long maxRecordBytes, int threads) {
        this.desk = desk;
        this.err = err;
        this.maxRecordBytes = maxRecordBytes;
        this.threads = threads;
    }

    int run(InputStream in, PrintStream out) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(in, maxRecordBytes);
        int lineNo = 0;
        int[] failed = {0};
        // records are cleaned on `threads` threads; results are written in input order as they complete
        try (OrderedParallel<Record, Result> parallel = new OrderedParallel<>(threads, this::clean, r -> {
            out.println(r.line());
            if (r.error() != null) {
                failed[0]++;
                err.println("copydesk: stdin line " + r.lineNo() + ": " + r.error());
            }
            ClosedOutputException.check(out); // the reader went away (a closed pipe): stop quietly
        })) {
            BoundedLineReader.Line next;
            while ((next = reader.next()) != null) {
                lineNo++;
                if (next.tooLong() || !next.text().isBlank()) {
                    parallel.submit(new Record(lineNo, next));
                }
            }
            parallel.finish();
        }
        out.flush();
        return failed[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private record Record(int lineNo, BoundedLineReader.Line line) {
    }

    private record Result(int lineNo, String line, String error) {
    }

    private Result clean(Record record) {
        BoundedLineReader.Line next = record.line();
        if (next.tooLong()) {
            return error(record.lineNo(), next.bytes() > maxRecordBytes
                    ? "record of " + next.bytes() + " bytes is over the limit of " + maxRecordBytes
                            + " (--max-record-bytes); skipped"
                    : "record of " + next.bytes() + " bytes is too large for the heap; skipped (raise COPYDESK_HEAP)");
        }
        try {
            JsonlRecord.Outcome outcome = JsonlRecord.clean(desk, next.text(), record.lineNo());
            return new Result(record.lineNo(), outcome.line(), outcome.error());
        } catch (OutOfMemoryError e) {
            // the record fitted the limit but not the heap: drop it, keep the stream going
            return error(record.lineNo(), "record too large for the heap; skipped (lower --max-record-bytes or raise"
                    + " COPYDESK_HEAP)");
        }
    }

    private static Result error(int lineNo, String error) {
        return new Result(lineNo, JsonlRecord.errorLine(lineNo, error).line(), error);
    }
}
