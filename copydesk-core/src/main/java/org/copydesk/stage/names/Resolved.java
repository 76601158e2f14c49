package org.copydesk.stage.names;

import org.copydesk.lexicon.NameLexicon;
import org.copydesk.lexicon.NameLexicon.Entity;

/**
 * A Latin-script mention resolved to one entity.
 *
 * @param whole        the mention is the full name (else a later-mention form)
 * @param surname      its later-mention part ("Zelensky" of "Volodymyr Zelensky"; the whole text for places)
 * @param surnameStart offset of that part within the mention's text
 * @param englishPress a spelling the English-language press uses (see {@link NameLexicon#englishPress})
 */
record Resolved(Mention mention, NameLexicon.Match match, boolean whole, String surname, int surnameStart,
                boolean englishPress) {
    Entity entity() {
        return match.entity();
    }

    static Resolved of(Mention m, NameLexicon.Match match, boolean whole, NameLexicon names) {
        Entity e = match.entity();
        String text = m.text();
        String surname = text;
        int at = 0;
        if (whole && !e.shortForm().isEmpty()) {
            String s = names.shortOf(e, text);
            if (!s.isEmpty() && text.endsWith(" " + s)) {
                surname = s;
                at = text.length() - s.length();
            } else if (!s.isEmpty() && text.startsWith(s + " ")) {
                surname = s;
            } else {
                surname = "";
            }
        }
        boolean press = match.kind() != NameLexicon.MatchKind.TRANSLATED && names.englishPress(e, text, whole);
        return new Resolved(m, match, whole, surname, at, press);
    }
}
