package org.copydesk.batch;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.copydesk.io.ResultJson;

/**
 * The batch's JSONL manifest, one line per file. Each line goes out in one
 * append, after the file's output is in place, so a killed run leaves at
 * worst one torn last line. Opening an existing manifest keeps only the
 * complete lines of files that are still done (same input, output present)
 * and drops torn lines, failures (they are retried) and repeats, so a
 * resumed run never duplicates a file.
 */
final class Manifest implements Closeable {
    private final FileChannel channel;
    private final Set<String> done;

    private Manifest(FileChannel channel, Set<String> done) {
        this.channel = channel;
        this.done = done;
    }

    static Manifest open(Path file, Predicate<JsonNode> stillDone) throws IOException {
        Set<String> done = new HashSet<>();
        if (Files.exists(file)) {
            compact(file, stillDone, done);
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new Manifest(ch, done);
    }

    private static void compact(Path file, Predicate<JsonNode> stillDone, Set<String> done) throws IOException {
        Path temp = AtomicFiles.newTemp(file);
        boolean dropped = false;
        try {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode node = parse(line);
                    String path = node == null ? null : node.path("path").asText(null);
                    if (path != null && ManifestEntry.isOk(node) && !done.contains(path) && stillDone.test(node)) {
                        done.add(path);
                        out.write(line);
                        out.write('\n');
                    } else {
                        dropped = true;
                    }
                }
            }
            if (dropped || !endsWithNewline(file)) {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, ch.size() - 1);
            return last.get(0) == '\n';
        }
    }

    private static JsonNode parse(String line) {
        try {
            return ResultJson.MAPPER.readTree(line);
        } catch (JacksonException e) {
            return null;
        }
    }

    boolean isDone(String key) {
        return done.contains(key);
    }

    int doneCount() {
        return done.size();
    }

    /** Appends one line; safe to call from many workers. */
    synchronized void append(String line) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
