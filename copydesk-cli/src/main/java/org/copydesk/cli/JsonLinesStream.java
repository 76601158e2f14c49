package org.copydesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.copydesk.Copydesk;
import org.copydesk.io.JsonlRecord;

/**
 * Ingestion mode: JSON lines in, JSON lines out, one for one and in order,
 * holding one line at a time. Every input field is passed through; "text"
 * becomes the clean text and the result fields are added. A bad line gives
 * an error line with its number, and the stream goes on.
 */
final class JsonLinesStream {
    private final Copydesk desk;
    private final PrintStream err;

    JsonLinesStream(Copydesk desk, PrintStream err) {
        this.desk = desk;
        this.err = err;
    }

    int run(InputStream in, PrintStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        int failed = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonlRecord.Outcome outcome = JsonlRecord.clean(desk, line, lineNo);
            out.println(outcome.line());
            if (outcome.failed()) {
                failed++;
                err.println("copydesk: stdin line " + lineNo + ": " + outcome.error());
            }
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
