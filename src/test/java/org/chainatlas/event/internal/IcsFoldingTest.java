package org.chainatlas.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** RFC 5545 3.1: content lines are folded at 75 octets, never inside a character, and unfold to what they were. */
class IcsFoldingTest {

    private static final String DESCRIPTION = "DESCRIPTION:对接：宁德时代新能源科技股份有限公司 ↔ 宜宾市投资促进局\\n签到：https://chainatlas.example/checkin/"
            + "abcdefghijklmnopqrstuvwxyz0123456789 😀 动力电池产业链专场第十二号洽谈桌";

    @Test
    void longChineseLinesAreFoldedAtSeventyFiveOctets() {
        // ical4j's output: folded at 75 characters, so a Chinese line's physical lines run far beyond 75 octets
        String byCharacters = "BEGIN:VCALENDAR\r\n" + DESCRIPTION.substring(0, 75) + "\r\n " + DESCRIPTION.substring(75)
                + "\r\nEND:VCALENDAR\r\n";
        String folded = MeetingDesk.foldByOctets(byCharacters);
        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
        }
        assertThat(folded.split("\r\n")).hasSizeGreaterThan(4);
        assertThat(folded).startsWith("BEGIN:VCALENDAR\r\nDESCRIPTION:").endsWith("\r\nEND:VCALENDAR\r\n")
                .doesNotContain("\uFFFD");
        assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VCALENDAR\r\n" + DESCRIPTION + "\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void shortLinesStayAsTheyAre() {
        String ics = "BEGIN:VCALENDAR\r\nSUMMARY:洽谈\r\nEND:VCALENDAR\r\n";
        assertThat(MeetingDesk.foldByOctets(ics)).isEqualTo(ics);
    }
}
