package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.copydesk.dict.Dictionaries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    private static final DateParser PARSER = new DateParser(Calendar.load(Dictionaries.bundled()));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "June 16, 2024|2024-06-16",
        "Jun 28|--06-28",
        "July 04, 2024|2024-07-04",
        "Thursday, 8 February 2024|2024-02-08",
        "16 de junio de 2024|2024-06-16",
        "16. Juni 2024|2024-06-16",
        "16 aprile 2024|2024-04-16",
        "mercredi 3 juillet 2024|2024-07-03",
        "2024-07-08 04:55:57|2024-07-08T04:55:57",
        "Jan 22, 2024 at 9:14 pm|2024-01-22T21:14",
        "14:32, 5 March 2024|2024-03-05T14:32",
        "08.07.2024 10:30 GMT|2024-07-08T10:30",
        "25/12/2023|2023-12-25",
        "February 30, 2024|-",
        "03/04/2024|-",
        "June 2024|-",
        "May|-",
        "The June 16, 2024 vote|-",
        "June 16, 2024 was hot|-",
        "2024|-",
    })
    void readsWholeDatesOnly(String text, String expected) {
        Optional<DateParser.DateValue> value = PARSER.parse(text);
        assertEquals(expected, value.map(DateParser.DateValue::iso).orElse("-"));
    }
}
