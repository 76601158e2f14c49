package org.copydesk;

/** A stretch of the input written in a language other than English. */
public record LanguageSpan(int start, int end, String language, double confidence) implements java.io.Serializable {
}
