package org.copydesk;

/** A problem reported but not fixed; offsets are into the input. {@code suggestion} may be null. */
public record Finding(
        int start,
        int end,
        String text,
        String stage,
        String rule,
        String category,
        double confidence,
        String message,
        String suggestion) implements java.io.Serializable {
}
