package org.copydesk.stage.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chrome cues of the second recall pass (issue 12), each with the lines of a story that share its
 * shape and must not carry it: dialogue, subheads, poem lines, quoted speech, list-like counts, names.
 * Lines as {@link Block#text()} holds them (folded: plain dashes, straight quotes).
 */
class LineCuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Start your morning with our harbour newsletter", "Never miss the evening digest on Telegram",
        "Don't miss our podcast - it's free »", "Sign up for unlimited access now", "Stay informed with our app today.",
        "Try our feed and get 30% off"})
    void ordersToTheReaderAboutTheSitesChannels(String line) {
        assertTrue(LineCues.readerPrompt(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cross the channel in the dark", "Let us build the app economy together",
        "Print | The paper edition returns on Sundays", "Watch the debate on YouTube, the mayor told residents.",
        "Send me an email, and I will answer it.", "The council sends alerts on WhatsApp",
        "Expand access to care for every veteran", "Join me in welcoming our guests tonight."})
    void noOrderToTheReader(String line) {
        assertFalse(LineCues.readerPrompt(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We use cookies to count visits - Got it", "This site uses cookies. See our policy.",
        "We and our partners use cookies to show you ads"})
    void cookieNotices(String line) {
        assertTrue(LineCues.cookieNotice(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We use cookies sparingly, the company's privacy chief told the committee.",
        "We use cookies from the bakery, she said, and the children love them.", "Cookies are small files"})
    void noCookieNotice(String line) {
        assertFalse(LineCues.cookieNotice(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read next: Council delays vote on parking fees", "Opinion | Why the harbour needs a ferry",
        "Editors' picks -> Lighthouse opens to visitors", "ANALYSIS - Value of the harbour deal",
        "COMMENTARY: Why the harbour needs a second ferry", "Related story: Ferry crews rescue two sailors"})
    void teasers(String line) {
        assertTrue(LineCues.teaser(line.replace("->", "→")), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Analysis: what the ferry figures show", "Report: Unemployment falls to a record low",
        "Q: Will the ferry run on Sundays?", "MAYOR: We will keep the night ferry.", "Save - The council keeps the ferry",
        "Read more: the council said the vote would wait until spring.", "Chapter 3: The Long Winter",
        "WASHINGTON - The Senate passed the bill on Tuesday."})
    void noTeaser(String line) {
        assertFalse(LineCues.teaser(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 2 3 … 9 Next", "Rate this: 1 2 3 4 5", "Prev 1 2 3 4 5 6 … 12 Next »", "1 2 3 >"})
    void numberedLinks(String line) {
        assertTrue(LineCues.numberedLinks(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 8 15 16 23 42", "3 2 1", "Steps 1 2 and 3 are explained below.", "1 2", "1 3 5 7",
        "Chapter 1 2 3 of the report was cut short by the editors"})
    void noNumberedLinks(String line) {
        assertFalse(LineCues.numberedLinks(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rated 4.5 out of 5", "Score: 3.0/5", "4.0 out of 5 stars (364 votes)", "★★★☆☆",
        "Was this article helpful? Yes / No"})
    void ratingWidgets(String line) {
        assertTrue(LineCues.ratingWidget(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana Ferreira 7/10", "Four out of five voters agreed.", "Turnout rose to 7 out of 10 voters",
        "Did it work? Yes, and no one complained."})
    void noRatingWidget(String line) {
        assertFalse(LineCues.ratingWidget(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06/12/2025", "2025-12-06", "06.12.2025 10:30"})
    void numericDates(String line) {
        assertTrue(LineCues.numericDate(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06/12/2025 was the coldest day", "1/2 cup of flour", "9/11"})
    void noNumericDate(String line) {
        assertFalse(LineCues.numericDate(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share: Email Twitter Copy link LinkedIn", "Facebook WhatsApp Telegram Email"})
    void shareRows(String line) {
        assertTrue(LineCues.shareRow(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Facebook, Twitter and Telegram declined to comment", "Share this with Facebook friends"})
    void noShareRow(String line) {
        assertFalse(LineCues.shareRow(line), line);
    }

    // the quick checks before each pattern (literal parts, a label's length) must let through every line the
    // pattern itself accepts: these sit at their edges (capitals, a label of 40 characters, the period word)
    @ParameterizedTest
    @ValueSource(strings = {"WE USE COOKIES TO COUNT VISITS - OK", "OUR WEBSITE USES COOKIES, manage your choices"})
    void cookieNoticesInCapitals(String line) {
        assertTrue(LineCues.cookieNotice(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUBSCRIBE to our channel HERE", "Get the app: www.example.org", "Join us on Telegram"})
    void callsToActionHoweverCased(String line) {
        assertTrue(LineCues.callToAction(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rated 4.5 out of 5", "Score: 3/5", "★★★★☆", "Was this helpful? Yes / No"})
    void ratingWidgetsOfEachShape(String line) {
        assertTrue(LineCues.ratingWidget(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Only $4.99 per month", "£1 A WEEK for three months", "Just 9 euros/mo"})
    void pricesForAPeriod(String line) {
        assertTrue(LineCues.offer(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Most-read-international-business-stories   » A new bridge opens on the river",
        "Read more -- The mayor answers her critics", "READ NEXT: The harbour reopens"})
    void teasersWithLongLabelsOrSpacedSeparators(String line) {
        assertTrue(LineCues.lead(line) != null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 2 3 … 9 Next ›", "Shares: 8.3K • 5.4K Comments", "Visit https://example.org/news today",
        "06/12/2025 10:30"})
    void numberedCountedLinkedAndDatedLines(String line) {
        assertTrue(LineCues.numberedLinks(line) || LineCues.tally(line) || LineCues.url(line)
                || LineCues.numericDate(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"World   Business   Markets   Sport", "Home | News | Opinion | Video",
        "Share on Messenger, Email, Print"})
    void rowsOfLabels(String line) {
        assertTrue(LineCues.labelList(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna K    5.2.0       2021-Jan-20", "Oslo   12.4   -3.1   870", "Q1   2.1%   3.4%   1.9%"})
    void rowsOfATableAreNoLabels(String line) {
        assertFalse(LineCues.labelList(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Beijing Thomas Peter/Reuters", "• Hong Kong Ana Lima/Getty Images",
        "By Cctv, Via Associated Press"})
    void photoCredits(String line) {
        assertTrue(LineCues.credit(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The following are editor/IDEs that run on Windows:", "Perl extension for Version Objects",
        "Support for the Unemployed", "He travelled home via Vienna"})
    void sentencesAndLabelsAreNoCredits(String line) {
        assertFalse(LineCues.credit(line), line);
    }

    @Test
    void aCreditForAnOrganisationGivesTheNameTheClassifierChecks() {
        assertEquals("Taipei, Taiwan Lam Yik Fei", LineCues.forCreditName("Taipei, Taiwan Lam Yik Fei for The New York Times"));
        // a headline has the same shape; its "name" is a common word, which the classifier's name check refuses
        assertEquals("Advice", LineCues.forCreditName("Advice for Heart Health"));
        assertNull(LineCues.forCreditName("Support for the Unemployed"));
    }
}
