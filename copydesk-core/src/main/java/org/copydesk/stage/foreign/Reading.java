package org.copydesk.stage.foreign;

/**
 * One analysis of a word by a foreign tagger: language, lemma, raw tag and
 * what the tag means for translation.
 */
public record Reading(String language, String lemma, String tag, TagMap.Meaning meaning) {
    public String pos() {
        return meaning.pos();
    }
}
