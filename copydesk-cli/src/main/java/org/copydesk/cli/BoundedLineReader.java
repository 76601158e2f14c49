package org.copydesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of UTF-8 bytes, none longer than a limit: a longer line is
 * skipped to its end without being kept, so one giant record costs no memory
 * (a plain {@code readLine} would build it whole, and could run out of heap).
 */
final class BoundedLineReader {
    /** One line: its text, or (when it was over the limit, or over what the heap holds) null text and its size. */
    record Line(String text, long bytes) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int end;
    private ByteArrayOutputStream line = new ByteArrayOutputStream();

    BoundedLineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its line ending, or null at the end of the stream. */
    Line next() throws IOException {
        line.reset();
        long length = 0;
        boolean skipping = false;
        boolean sawAny = false;
        while (true) {
            if (pos == end) {
                end = in.read(chunk, 0, chunk.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int newline = indexOf(chunk, pos, end);
            int stop = newline < 0 ? end : newline;
            int n = stop - pos;
            length += n;
            if (!skipping && length > maxBytes) {
                skipping = true;
                line.reset();
            }
            if (!skipping) {
                try {
                    line.write(chunk, pos, n);
                } catch (OutOfMemoryError e) {
                    // under the limit but over what the heap holds: skip it like an overlong line, and let the array go
                    skipping = true;
                    line = new ByteArrayOutputStream();
                }
            }
            pos = stop;
            if (newline >= 0) {
                pos++;
                break;
            }
        }
        if (skipping) {
            return new Line(null, length);
        }
        byte[] bytes = line.toByteArray();
        int size = bytes.length;
        if (size > 0 && bytes[size - 1] == '\r') {
            size--;
        }
        return new Line(new String(bytes, 0, size, StandardCharsets.UTF_8), length);
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
