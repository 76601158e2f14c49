package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
    @Test
    void resultsComeBackInInputOrderWhateverTheFinishingOrder() {
        List<Integer> seen = new ArrayList<>();
        Random random = new Random(1);
        List<Integer> delays = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            delays.add(random.nextInt(3));
        }
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(4, i -> {
            sleep(delays.get(i));
            return i * 10;
        }, seen::add)) {
            for (int i = 0; i < 200; i++) {
                p.submit(i);
            }
            p.finish();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i * 10);
        }
        assertEquals(expected, seen);
    }

    @Test
    void neverHoldsMoreThanTwiceTheThreadsInFlight() {
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        int[] maxGap = {0};
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(2, i -> i, r -> {
            sleep(1); // a slow reader of the output
            delivered.incrementAndGet();
        })) {
            for (int i = 0; i < 100; i++) {
                submitted.incrementAndGet();
                p.submit(i);
                maxGap[0] = Math.max(maxGap[0], submitted.get() - delivered.get());
            }
            p.finish();
        }
        assertEquals(100, delivered.get());
        // the window (4) plus the one the writer holds and the one being submitted
        assertTrue(maxGap[0] <= 6, "in flight at most 6, was " + maxGap[0]);
    }

    @Test
    void aFailingItemFailsTheRunWithItsOwnException() {
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(2, i -> {
            if (i == 5) {
                throw new IllegalStateException("item 5");
            }
            return i;
        }, r -> { })) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                for (int i = 0; i < 20; i++) {
                    p.submit(i);
                }
                p.finish();
            });
            assertEquals("item 5", e.getMessage());
        }
    }

    @Test
    void aResultReachesTheSinkBeforeTheInputEnds() throws InterruptedException {
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(2, i -> i, r -> first.countDown())) {
            p.submit(1);
            assertTrue(first.await(10, java.util.concurrent.TimeUnit.SECONDS), "delivered while input is still open");
            p.finish();
        }
    }

    @Test
    void oneThreadRunsInline() {
        Thread caller = Thread.currentThread();
        List<Thread> threads = new ArrayList<>();
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(1, i -> {
            threads.add(Thread.currentThread());
            return i;
        }, r -> { })) {
            p.submit(1);
            p.finish();
        }
        assertEquals(List.of(caller), threads);
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
