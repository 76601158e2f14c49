package org.copydesk.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.dict.Dictionaries;

/**
 * The one names lexicon every stage shares: people, organisations, agencies
 * and places from {@code dictionaries/names.tsv}, with their spellings and,
 * for people, gender. Other stages use it to protect names (from splitting,
 * translation, recasing) and to know a speaker's gender.
 */
public final class NameLexicon {
    /** One entity of names.tsv. */
    public record Entity(String id, String type, String gender, String canonical, List<String> variants,
                         List<String> nativeForms) {
        /** Last word of the canonical spelling ("Putin" for "Vladimir Putin"). */
        public String surname() {
            String[] parts = canonical.split(" ");
            return parts[parts.length - 1];
        }
    }

    private final List<Entity> entities;
    private final Map<String, Entity> byForm = new HashMap<>();
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private final Set<String> tokens = new HashSet<>();

    private NameLexicon(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        for (Entity e : entities) {
            List<String> forms = new ArrayList<>();
            forms.add(e.canonical());
            forms.addAll(e.variants());
            forms.addAll(e.nativeForms());
            for (String form : forms) {
                byForm.put(key(form), e);
                for (String token : form.split("[\\s\\-]+")) {
                    if (!token.isEmpty()) {
                        tokens.add(token);
                    }
                }
            }
            if (e.type().equals("person")) {
                bySurname.computeIfAbsent(key(e.surname()), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * Columns of names.tsv: id, type (person|org|agency|place), gender
     * (m|f|-), canonical spelling, variants separated by '|', native-script
     * forms separated by '|'. Later rows with the same id replace earlier ones.
     */
    public static NameLexicon load(Dictionaries dictionaries) {
        Map<String, Entity> byId = new java.util.LinkedHashMap<>();
        for (Dictionaries.Row row : dictionaries.table("names.tsv")) {
            if (row.size() < 4) {
                throw row.error("names.tsv needs at least 4 columns: id, type, gender, canonical");
            }
            byId.put(row.get(0), new Entity(row.get(0), row.get(1), row.get(2), row.get(3),
                    split(row.get(4)), split(row.get(5))));
        }
        return new NameLexicon(new ArrayList<>(byId.values()));
    }

    private static List<String> split(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static String key(String form) {
        return form.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    public List<Entity> entities() {
        return entities;
    }

    /** The entity one of whose spellings this is, ignoring case. */
    public Optional<Entity> lookup(String form) {
        return Optional.ofNullable(byForm.get(key(form)));
    }

    /** True when the token is a word of some known name spelling ("Jinping", "Putin", "Press"). */
    public boolean isNameToken(String token) {
        return tokens.contains(token);
    }

    /** Gender ("m", "f") of a person named by full name or, when unambiguous, surname. */
    public Optional<String> gender(String name) {
        Optional<Entity> e = lookup(name);
        if (e.isEmpty()) {
            List<Entity> people = bySurname.getOrDefault(key(name), List.of());
            if (people.size() == 1) {
                e = Optional.of(people.get(0));
            }
        }
        return e.filter(x -> x.type().equals("person")).map(Entity::gender)
                .filter(g -> g.equals("m") || g.equals("f"));
    }
}
