package org.copydesk;

/** A block taken out of the text (boilerplate, caption, duplicate, metadata), with its input span. */
public record Removed(int start, int end, String text, String label, String rule) implements java.io.Serializable {
}
