package org.copydesk.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * English contractions, generated from their morphology rather than listed: a host
 * (a pronoun, a wh-word, an auxiliary) and a clitic ('m, 're, 've, 'll, 'd, 's, n't)
 * that English attaches to it. "I" takes every clitic but 're; "you", "we", "they" take
 * 're, 've, 'll, 'd; an auxiliary takes n't ("didn't", "mustn't"), with the irregular
 * "can't", "won't", "shan't", "ain't".
 *
 * <p>Why generated: the family is closed but larger than anyone remembers to list
 * ("mightn't", "who'd", "there'll"), and rules need both directions - is "don`t" a
 * contraction (so the backtick is an apostrophe), and which contraction did "theyd"
 * lose its apostrophe from.
 */
public final class Contractions {
    private static final List<String> PERSONS = List.of("you", "we", "they");
    private static final List<String> THIRD = List.of("he", "she", "it");
    private static final List<String> WH = List.of("who", "what", "where", "when", "why", "how");
    private static final List<String> AUXILIARIES = List.of("do", "does", "did", "is", "are", "was", "were", "have",
            "has", "had", "could", "would", "should", "must", "need", "might", "dare", "ought");
    private static final List<String> MODALS_WITH_HAVE = List.of("could", "would", "should", "might", "must");
    private static final Map<String, String> IRREGULAR_NEGATIVES = Map.of("can", "can't", "will", "won't",
            "shall", "shan't", "am", "ain't");

    /** Bare form (lower case, apostrophe dropped) to its contraction. */
    private static final Map<String, String> BY_BARE = build();

    private Contractions() {
    }

    private static Map<String, String> build() {
        Map<String, String> out = new HashMap<>();
        for (String clitic : List.of("m", "ve", "ll", "d", "s")) {
            add(out, "i", clitic);
        }
        for (String p : PERSONS) {
            for (String clitic : List.of("re", "ve", "ll", "d")) {
                add(out, p, clitic);
            }
        }
        for (String p : THIRD) {
            for (String clitic : List.of("s", "ll", "d")) {
                add(out, p, clitic);
            }
        }
        for (String w : WH) {
            for (String clitic : List.of("s", "d", "ll", "re", "ve")) {
                add(out, w, clitic);
            }
        }
        for (String host : List.of("that", "there")) {
            for (String clitic : List.of("s", "ll", "d")) {
                add(out, host, clitic);
            }
        }
        add(out, "there", "re");
        add(out, "there", "ve");
        add(out, "here", "s");
        add(out, "let", "s");
        for (String m : MODALS_WITH_HAVE) {
            add(out, m, "ve");
        }
        for (String aux : AUXILIARIES) {
            out.put(aux + "nt", aux + "n't");
        }
        IRREGULAR_NEGATIVES.forEach((host, form) -> out.put(form.replace("'", ""), form));
        out.remove("is"); // "i's" is not English; "is" is the verb
        out.remove("whos"); // "who's" or "whose": a misspelling, not a lost apostrophe, as often as not
        return Map.copyOf(out);
    }

    private static void add(Map<String, String> out, String host, String clitic) {
        out.put(host + clitic, host + "'" + clitic);
    }

    /**
     * The contraction a token stands for once its apostrophe is restored ("didnt" → "didn't",
     * "Ive" → "I've"), in the token's case, with a straight apostrophe. Empty when no host
     * and clitic make the token. The caller decides whether the bare token is itself a word
     * ("were", "ill", "its"): that needs a lexicon and usually the context.
     */
    public static Optional<String> restore(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        String form = BY_BARE.get(lower);
        if (form == null) {
            return Optional.empty();
        }
        if (form.startsWith("i'")) {
            // the pronoun is always a capital: "Im" and "IM" are the only spellings to restore
            return token.charAt(0) == 'I' ? Optional.of("I" + form.substring(1)) : Optional.empty();
        }
        if (Character.isUpperCase(token.charAt(0))) {
            form = Character.toUpperCase(form.charAt(0)) + form.substring(1);
        }
        return Optional.of(form);
    }

    /** True when {@code word}, written with an apostrophe (any kind), is an English contraction: "don't", "I'm". */
    public static boolean isContraction(String word) {
        String bare = word.replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
        String form = BY_BARE.get(bare);
        return form != null && form.equals(word.replace('’', '\'').toLowerCase(Locale.ROOT));
    }
}
