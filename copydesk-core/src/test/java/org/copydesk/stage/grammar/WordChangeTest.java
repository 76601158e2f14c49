package org.copydesk.stage.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which earlier-stage changes send a sentence to LanguageTool's own rules in CHANGED mode. */
class WordChangeTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
        "once morest|against|true",
        "she|he|true",
        "an irregular woodland|a random forest|true",
        "the |''|true",
        "Paulsand|Pauls and|false",
        "ofthe|of the|false",
        "National|national|false",
        "White Home|White House|false",
        "Sergej Lawrow|Sergey Lavrov|false",
        "Ã¡Ã±|áñ|false",
        "&amp;amp;|&|false",
        "&rsquo;|’|false",
        "'  '|' '|false",
    })
    void replacesWords(String before, String after, boolean expected) {
        assertEquals(expected, WordChange.replacesWords(before, after));
    }
}
