package org.copydesk.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.copydesk.CleanOptions;
import org.copydesk.Copydesk;
import org.copydesk.dict.Dictionaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameLexiconTest {
    private static final NameLexicon NAMES = NameLexicon.load(Dictionaries.bundled());

    @Test
    void listCoversWhatWireCopyNames() {
        Map<String, Long> byType = NAMES.entities().stream()
                .collect(Collectors.groupingBy(NameLexicon.Entity::type, Collectors.counting()));
        System.out.println("names.tsv entities by type: " + byType);
        assertTrue(NAMES.entities().size() >= 400, "only " + NAMES.entities().size() + " entities");
        for (String agency : List.of("EFE", "Europa Press", "Xinhua", "TASS", "RIA Novosti", "Reuters", "AFP", "AP", "dpa",
                "ANSA", "Kyodo News", "Yonhap")) {
            assertEquals("agency", NAMES.lookup(agency).orElseThrow(() -> new AssertionError(agency)).type(), agency);
        }
        for (NameLexicon.Entity e : NAMES.entities()) {
            assertTrue(!e.isPerson() || e.gender().equals("m") || e.gender().equals("f"), e.id() + " needs a gender");
        }
    }

    @Test
    void sharedMethodsKeepTheirMeaning() {
        assertEquals("putin", NAMES.lookup("Владимир Путин").orElseThrow().id());
        assertEquals("europa_press", NAMES.lookup("europe press").orElseThrow().id());
        assertEquals("zelenskyy", NAMES.lookup("Volodymyr Zelenskiy").orElseThrow().id());
        assertTrue(NAMES.isNameToken("Jinping"));
        assertTrue(NAMES.isNameToken("Press"));
        assertFalse(NAMES.isNameToken("the"));
        assertEquals(Optional.of("m"), NAMES.gender("Putin"));
        assertEquals(Optional.of("m"), NAMES.gender("Xi"));
        assertEquals(Optional.of("f"), NAMES.gender("Zakharova"));
        assertEquals(Optional.of("f"), NAMES.gender("Giorgia Meloni"));
        assertEquals(Optional.empty(), NAMES.gender("Wang"), "several Wangs: no gender guess");
        assertEquals(Optional.empty(), NAMES.gender("Reuters"));
        assertEquals("Xi", NAMES.byId("xi_jinping").orElseThrow().surname());
        NameLexicon.Entity old = new NameLexicon.Entity("x", "person", "m", "Ivan Petrov", List.of(), List.of());
        assertEquals("Petrov", old.surname());
    }

    @Test
    void stylesDiffer() {
        NameLexicon.Entity zelenskyy = NAMES.byId("zelenskyy").orElseThrow();
        NameLexicon.Entity lavrov = NAMES.byId("lavrov").orElseThrow();
        assertEquals("Volodymyr Zelenskyy", NAMES.style("ap").spelling(zelenskyy));
        assertEquals("Volodymyr Zelenskiy", NAMES.style("reuters").spelling(zelenskyy));
        assertEquals("Zelenskiy", NAMES.style("reuters").shortForm(zelenskyy));
        assertEquals("Sergey Lavrov", NAMES.style("ap").spelling(lavrov));
        assertEquals("Sergei Lavrov", NAMES.style("reuters").spelling(lavrov));
        assertEquals("Andres Manuel Lopez Obrador", NAMES.style("reuters").spelling(NAMES.byId("amlo").orElseThrow()));
        assertEquals("Lopez Obrador", NAMES.style("reuters").shortForm(NAMES.byId("amlo").orElseThrow()));
        assertEquals("Erdogan", NAMES.style("reuters").shortForm(NAMES.byId("erdogan").orElseThrow()));
    }

    @Test
    void unknownStyleNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NAMES.style("guardian"));
        assertTrue(e.getMessage().contains("unknown names style 'guardian'"), e.getMessage());
        assertTrue(e.getMessage().contains("default, ap, reuters"), e.getMessage());
    }

    @Test
    void aBuilderRefusesAnUnknownStyleWithoutLoadingTheLexicon() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> org.copydesk.Copydesk.builder().options(org.copydesk.CleanOptions.defaults().withStyle("guardian")).build());
        assertEquals(assertThrows(IllegalArgumentException.class, () -> NAMES.style("guardian")).getMessage(), e.getMessage());
        NameLexicon.checkStyle(org.copydesk.dict.Dictionaries.bundled(), "reuters");
        NameLexicon.checkStyle(org.copydesk.dict.Dictionaries.bundled(), null);
    }

    @Test
    void userStyleIsData(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("names/styles"));
        Files.writeString(dir.resolve("names/styles/house.tsv"),
                "# my paper\nzelenskyy\tVolodymyr Zelensky\nputin\tVladimir V. Putin\tPutin\n");
        Copydesk desk = Copydesk.builder().dictionaryDirs(List.of(dir)).build();
        assertTrue(desk.resources().names().styleNames().contains("house"));
        String out = desk.clean("Volodymyr Zelenskyy met Wladimir Putin. Zelenskyy said no.\n",
                CleanOptions.defaults().withStyle("house")).text();
        assertEquals("Volodymyr Zelensky met Vladimir V. Putin. Zelensky said no.\n", out);
    }

    @Test
    void foldingKeys() {
        NameKeys keys = NAMES.keys();
        for (String v : List.of("Zelenskiy", "Zelenskyy", "Selenskyj", "Zelenski", "Zelensky")) {
            assertEquals(keys.transliteration("Zelenskyy"), keys.transliteration(v), v);
        }
        for (String v : List.of("Sergei", "Sergey", "Sergej", "Serguéi")) {
            assertEquals(keys.transliteration("Sergey"), keys.transliteration(v), v);
        }
        assertEquals(keys.transliteration("Lavrov"), keys.transliteration("Lawrow"));
        assertEquals(keys.light("Putín"), keys.light("PUTIN"));
        assertEquals(keys.light("Kim Jong-un"), keys.light("Kim Jong Un"));
        assertFalse(keys.light("Kim Yong Un").equals(keys.light("Kim Jong Un")));
        assertEquals("Erdogan", NameKeys.stripDiacritics("Erdoğan"));
        assertEquals("Lodz", NameKeys.stripDiacritics("Łódź"));
    }

    @Test
    void foldingKeysOfOtherLanguages() {
        NameKeys keys = NAMES.keys();
        // French, German and Spanish romanisations of Arabic, Russian and Turkish names meet
        assertEquals(keys.transliteration("Chernenko"), keys.transliteration("Tchernenko"));
        assertEquals(keys.transliteration("Mikhail"), keys.transliteration("Mihail"));
        assertEquals(keys.transliteration("Jamel"), keys.transliteration("Djamel"));
        assertEquals(keys.transliteration("Saudi"), keys.transliteration("Saoudi"));
        assertEquals(keys.transliteration("Haiti"), keys.transliteration("Haïti"));
        assertEquals(keys.transliteration("Kennedy"), keys.transliteration("Kennediy"));
        // a name in another script is put into Latin letters first
        assertEquals(keys.transliteration("Putin"), keys.transliteration("Путин"));
        // doubled vowels are no romanisation difference: "Terra" is no "Teerã" (Tehran in Portuguese)
        assertNotEquals(keys.transliteration("Terra"), keys.transliteration("Teerã"));
    }

    @Test
    void transliterationsOfEveryNameButChineseJapaneseOrKorean() {
        assertEquals("washington", NAMES.matchFull("Vashington").orElseThrow().entity().id());
        assertEquals("saudi_arabia", NAMES.matchFull("Saoudi Arabia").orElseThrow().entity().id());
        assertEquals("russia", NAMES.matchFull("Roussia").orElseThrow().entity().id());
        // a listed later-mention form is that person's, no respelling of another entity
        assertTrue(NAMES.matchFull("Houthi").isEmpty());
        // a surname alone meets its transliterations only for names transliterated into Latin letters
        assertTrue(NAMES.matchShort("Gonzales").isEmpty(), "Gonzales is a surname of its own");
        assertTrue(NAMES.matchShort("Busch").isEmpty(), "Busch is a surname of its own");
        assertFalse(NAMES.matchShort("Lawrow").isEmpty());
    }

    @Test
    void romanisationByLanguage() {
        NameScripts scripts = NAMES.scripts();
        assertEquals("Sergey Lavrov", scripts.romanise("Сергей Лавров").orElseThrow().latin());
        assertEquals("Russian-Latin/BGN", scripts.romanise("Сергей Лавров").orElseThrow().scheme());
        assertEquals("Andriy Sybiha", scripts.romanise("Андрій Сибіга").orElseThrow().latin());
        assertEquals("Ukrainian-Latin/BGN", scripts.romanise("Андрій Сибіга").orElseThrow().scheme());
        assertEquals("Xi Jinping", scripts.romanise("习近平").orElseThrow().latin());
        assertEquals("Ouyang Xiu", scripts.romanise("欧阳修").orElseThrow().latin());
        assertEquals("Kyriakos Mitsotakis", scripts.romanise("Κυριάκος Μητσοτάκης").orElseThrow().latin());
        assertEquals("Lee Jae-myeong", scripts.romanise("이재명").orElseThrow().latin());
        assertEquals("Irakli Kobakhidze", scripts.romanise("ირაკლი კობახიძე").orElseThrow().latin());
        assertTrue(scripts.romanise("محمد بن سلمان").isEmpty(), "Arabic is not guessed without vowels");
    }

    @Test
    void resolveForTheNamesCommand() {
        NameLexicon.Resolution r = NAMES.resolve("Poutine", "reuters").orElseThrow();
        assertEquals("putin", r.entity().id());
        assertEquals("Putin", r.spelling());
        assertEquals("Volodymyr Zelenskiy", NAMES.resolve("Володимир Зеленський", "reuters").orElseThrow().spelling());
        assertEquals("Xi Jinping", NAMES.resolve("习近平", "ap").orElseThrow().spelling());
        assertEquals("Sergey Lavrov", NAMES.resolve("Sergej Lawrow", "default").orElseThrow().spelling());
        assertEquals("Europa Press", NAMES.resolve("Europe Press", "default").orElseThrow().spelling());
        NameLexicon.Resolution unknown = NAMES.resolve("Алексей Немцов", "default").orElseThrow();
        assertFalse(unknown.known());
        assertEquals("Aleksey Nemtsov", unknown.spelling());
        assertEquals("Alexei Navalny", NAMES.resolve("Алексей Навальный", "default").orElseThrow().spelling());
        assertTrue(NAMES.resolve("Maria Sanchez", "default").isEmpty());
    }
}
