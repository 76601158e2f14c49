package org.copydesk.stage.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.lexicon.NameLexicon.Entity;
import org.copydesk.lexicon.NameStyle;

/**
 * How the document itself spells each entity it names in an English-press form:
 * every later-mention form (the surname part of a full mention counts too) and every
 * full form, with how often each occurs. Under the default style this, not the
 * names list, decides the spelling: a document that writes "Zelensky" three times
 * keeps it, and its one "Zelenskiy" or "Selenskyj" follows the majority.
 */
final class DocumentUsage {
    /** One spelling and how often the document uses it. */
    static final class Tally {
        private String display;
        private int count;

        Tally(String display) {
            this.display = display;
        }

        String display() {
            return display;
        }

        int count() {
            return count;
        }
    }

    private final Map<Entity, Map<String, Tally>> surnames = new HashMap<>();
    private final Map<Entity, Map<String, Tally>> fulls = new HashMap<>();
    private final NameStyle style;

    private DocumentUsage(NameStyle style) {
        this.style = style;
    }

    /** Counts the English-press spellings among the resolved mentions. */
    static DocumentUsage of(List<Resolved> mentions, NameLexicon names, NameStyle style) {
        DocumentUsage usage = new DocumentUsage(style);
        for (Resolved r : mentions) {
            if (r.englishPress()) {
                usage.add(usage.surnames, r.entity(), r.surname());
                if (r.whole()) {
                    usage.add(usage.fulls, r.entity(), r.mention().text());
                }
            }
        }
        return usage;
    }

    private void add(Map<Entity, Map<String, Tally>> index, Entity e, String form) {
        if (form.isEmpty()) {
            return;
        }
        Tally t = index.computeIfAbsent(e, k -> new LinkedHashMap<>())
                .computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new Tally(form));
        t.count++;
        if (allCaps(t.display) && !allCaps(form)) {
            t.display = form;
        }
    }

    /** The later-mention form the document prefers, if it has one: the most used; a tie goes to the style's. */
    Optional<String> surname(Entity e) {
        return winner(surnames.get(e), style.shortForm(e).isEmpty() ? style.spelling(e) : style.shortForm(e));
    }

    /** The full spelling the document prefers, if it uses one. */
    Optional<String> full(Entity e) {
        return winner(fulls.get(e), style.spelling(e));
    }

    /** The document writes this entity's later-mention form more than one way. */
    boolean mixed(Entity e) {
        Map<String, Tally> forms = surnames.get(e);
        return forms != null && forms.size() > 1;
    }

    /** "Zelensky 2 times, Zelenskiy once": the evidence for unifying. */
    String evidence(Entity e) {
        List<String> parts = new ArrayList<>();
        for (Tally t : surnames.getOrDefault(e, Map.of()).values()) {
            parts.add(t.display + (t.count == 1 ? " once" : " " + t.count + " times"));
        }
        return String.join(", ", parts);
    }

    /** Every later-mention form the document uses for the entity. */
    List<String> surnameForms(Entity e) {
        return surnames.getOrDefault(e, Map.of()).values().stream().map(Tally::display).toList();
    }

    List<Entity> entities() {
        return List.copyOf(surnames.keySet());
    }

    private static Optional<String> winner(Map<String, Tally> forms, String styleForm) {
        if (forms == null || forms.isEmpty()) {
            return Optional.empty();
        }
        int best = forms.values().stream().mapToInt(Tally::count).max().orElse(0);
        List<Tally> top = forms.values().stream().filter(t -> t.count == best).toList();
        if (top.size() == 1) {
            return Optional.of(top.get(0).display);
        }
        return top.stream().filter(t -> t.display.equalsIgnoreCase(styleForm)).findFirst().map(Tally::display);
    }

    private static boolean allCaps(String s) {
        return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }
}
