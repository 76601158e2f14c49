package org.copydesk.stage.names;

import java.util.List;
import org.copydesk.lexicon.NameLexicon;
import org.copydesk.lexicon.NameScripts;

/**
 * A name found in the text, in current coordinates, before it is resolved
 * against the house style.
 *
 * @param kind      FULL (a whole name in Latin letters), SHORT (a surname alone), NATIVE (native script)
 * @param matches   the entities it may be (one for FULL; for SHORT all sharing the surname)
 * @param romanised for NATIVE mentions not listed as such: the name in Latin letters
 * @param isolated  for SHORT: no capitalised unknown word beside it that could make it another person's name
 * @param whole     the mention names the entity in full (so later surnames may refer to it)
 * @param asPerson  for SHORT: a title stands before it or a reporting verb after it ("Lawrow said")
 * @param englishWord every word of it is also an English word in lower case ("Crime", "Tass")
 */
record Mention(int start, int end, String text, Kind kind, List<NameLexicon.Match> matches,
               NameScripts.Romanised romanised, boolean isolated, boolean whole, boolean asPerson,
               boolean englishWord) {
    enum Kind { FULL, SHORT, NATIVE }

    NameLexicon.Match match() {
        return matches.isEmpty() ? null : matches.get(0);
    }
}
