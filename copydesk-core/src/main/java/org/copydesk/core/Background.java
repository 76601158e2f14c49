package org.copydesk.core;

/**
 * Head starts on daemon threads: data a stage will need, loaded while the earlier stages run on the
 * other core. A failure here is ignored on purpose: the first real use loads the same thing again and
 * reports the failure there, on the document's own thread.
 */
public final class Background {
    private Background() {
    }

    /** Runs {@code work} on a new daemon thread named {@code name}. */
    public static void start(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // see class comment
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
