package org.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.Copydesk;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * This module is a user's build: copydesk-core declared before Spark, no exclusions. The library
 * must bring no logging binding of its own, so Spark's (log4j) receives every log line.
 */
class LoggingStaysOnTest {
    @Test
    void sparksLoggingBindingIsTheOneInUse() {
        Copydesk.builder().build().clean("A short text.");
        String factory = LoggerFactory.getILoggerFactory().getClass().getName();
        assertFalse(factory.contains("NOP"), factory);
        assertTrue(factory.startsWith("org.apache.logging."), factory);
    }
}
