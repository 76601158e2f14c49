package org.copydesk.stage.foreign;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says about the language it was translated from: an agency that
 * writes in that language ("(Prensa Latina)", "EFE"), or a note that the copy was
 * translated ("translated from Spanish", "original source in Spanish"). Evidence for
 * leftovers too short to judge on their own; never a reason by itself.
 */
final class SourceSignals {
    private static final Pattern TRANSLATED = Pattern.compile(
            "(?i)\\b(?:translated|translation|original(?:\\s+\\w+)?)\\s+(?:from|in)\\s+(?:the\\s+)?(\\p{L}+)");

    private final Map<String, String> evidence = new LinkedHashMap<>();

    private SourceSignals() {
    }

    static SourceSignals of(ForeignModel model, String text) {
        SourceSignals s = new SourceSignals();
        for (Map.Entry<String, String> a : model.agencies().entrySet()) {
            if (!model.languages().contains(a.getValue()) || s.evidence.containsKey(a.getValue())) {
                continue;
            }
            // the literal first: most documents cite none of the agencies, and a scan with look-arounds is slow
            if (text.indexOf(a.getKey()) >= 0 && agencyPattern(a.getKey()).matcher(text).find()) {
                s.evidence.put(a.getValue(), "cites " + a.getKey() + ", which writes in " + LanguageNames.of(a.getValue()));
            }
        }
        Matcher m = TRANSLATED.matcher(text);
        while (m.find()) {
            for (String code : model.languages()) {
                if (LanguageNames.of(code).toLowerCase(Locale.ROOT).equals(m.group(1).toLowerCase(Locale.ROOT))) {
                    s.evidence.putIfAbsent(code, "says '" + m.group() + "'");
                }
            }
        }
        return s;
    }

    /** Compiled once per agency name for the JVM (lock-free reads), not once per document. */
    private static Pattern agencyPattern(String agency) {
        return AGENCY_PATTERNS.computeIfAbsent(agency, a ->
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(a) + "(?![\\p{L}\\p{N}])"));
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> AGENCY_PATTERNS =
            new java.util.concurrent.ConcurrentHashMap<>();

    boolean shows(String language) {
        return evidence.containsKey(language);
    }

    boolean any() {
        return !evidence.isEmpty();
    }

    String evidence(String language) {
        return evidence.getOrDefault(language, "shows no source language");
    }
}
