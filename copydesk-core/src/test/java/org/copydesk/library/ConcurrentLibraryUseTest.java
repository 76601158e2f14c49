package org.copydesk.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.copydesk.CleanOptions;
import org.copydesk.CleanResult;
import org.copydesk.Copydesk;
import org.copydesk.batch.SyntheticTree;
import org.junit.jupiter.api.Test;

/**
 * The library as a caller uses it, public API only: one {@code Copydesk}
 * built once and shared by several threads gives exactly what one thread
 * gives, for every document, text and bytes alike.
 */
class ConcurrentLibraryUseTest {
    private static final int THREADS = 4;

    @Test
    void oneSharedCopydeskFromSeveralThreadsEqualsOneThread() throws Exception {
        Copydesk desk = Copydesk.builder()
                .options(CleanOptions.defaults().withApplyThreshold(0.8))
                .build();
        List<byte[]> documents = documents();

        List<CleanResult> expected = new ArrayList<>();
        for (byte[] doc : documents) {
            expected.add(desk.clean(doc));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 3; round++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < documents.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(round));
                List<Future<CleanResult>> futures = new ArrayList<>(Collections.nCopies(documents.size(), null));
                for (int i : order) {
                    byte[] doc = documents.get(i);
                    Callable<CleanResult> job = round % 2 == 0 ? () -> desk.clean(doc)
                            : () -> desk.clean(new String(doc, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", ""));
                    futures.set(i, pool.submit(job));
                }
                for (int i = 0; i < documents.size(); i++) {
                    CleanResult got = futures.get(i).get();
                    if (round % 2 == 0) {
                        assertEquals(expected.get(i), got, "document " + i + ", round " + round);
                    } else {
                        CleanResult single = desk.clean(new String(documents.get(i), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("\uFEFF", ""));
                        assertEquals(single, got, "document " + i + ", round " + round);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<byte[]> documents() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(Path.of("corpus"))) {
            for (Path p : (Iterable<Path>) corpus.filter(f -> f.toString().endsWith(".dirty.txt")).sorted()::iterator) {
                out.add(Files.readAllBytes(p));
            }
        }
        Random rnd = new Random(42);
        for (int i = 0; i < 300; i++) {
            out.add(SyntheticTree.document(rnd));
        }
        return out;
    }
}
