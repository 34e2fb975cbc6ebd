package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.ListeningSocket;
import io.rdpdoctor.facts.Protocol;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: which rows are listening sockets (the
 * state word, a TCP foreign address ending in :0, UDP's *:*), the PID only when printed, IPv6
 * addresses, {@code -b}'s lines skipped, and a capture cut off (its rows kept, the area not claimed).
 * The rows are those netstat -ano prints (the en samples).
 */
class NetstatParserTest {

    private static final String TITLE = "Active Connections";
    private static final String HEADER = "  Proto  Local Address          Foreign Address        State           PID";

    private final NetstatParser parser = new NetstatParser();

    private static Capture capture(String... lines) {
        return new Capture("netstat.txt", "netstat -ano", List.of(lines), 1);
    }

    @Test
    void whichRowsAreListeningSockets() throws ParseException {
        Capture c = capture("", TITLE, "", HEADER,
                "  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184",
                "  TCP    10.0.0.4:3389          10.0.0.9:51234         ESTABLISHED     1184",
                "  TCP    10.0.0.4:49700         0.0.0.0:0              TIME_WAIT       0",
                "  TCP    [::]:3389              [::]:0                 ABH™REN         1184",
                "  TCP    0.0.0.0:445            0.0.0.0:0              SYN_SENT",
                "  UDP    0.0.0.0:3389           *:*                                    1184",
                "  UDP    10.0.0.4:53            10.0.0.1:53                            2044",
                "  UDP    [::]:500               *:*");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new ListeningSocket(Protocol.TCP, "0.0.0.0", 3389, 1184, c.source(4)),
                new ListeningSocket(Protocol.TCP, "::", 3389, 1184, c.source(7)),
                new ListeningSocket(Protocol.TCP, "0.0.0.0", 445, null, c.source(8)),
                new ListeningSocket(Protocol.UDP, "0.0.0.0", 3389, 1184, c.source(9)),
                new ListeningSocket(Protocol.UDP, "::", 500, null, c.source(11)));
        assertThat(p.collected()).containsExactly(Area.SOCKETS);
    }

    @Test
    void theListeningWordOfOtherLanguagesWhateverTheForeignAddress() throws ParseException {
        Capture c = capture(TITLE, "  TCP    0.0.0.0:3389           SRV01:0                LUISTEREN       1184",
                "  TCP    0.0.0.0:3390           *:*                    ESCUCHANDO      1185",
                "  TCP    0.0.0.0:3391           10.0.0.1:5             ESTABLISHED     1186");
        assertThat(parser.parse(c).facts()).extracting(f -> ((ListeningSocket) f).port()).containsExactly(3389, 3390);
    }

    @Test
    void theLinesOfDashBAreSkipped() throws ParseException {
        Capture c = capture(TITLE, "  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184",
                "  TermService", " [svchost.exe]", "\tCan not obtain ownership information",
                "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       912");
        Parsed p = parser.parse(c);
        assertThat(p.facts()).hasSize(2);
        assertThat(p.collected()).containsExactly(Area.SOCKETS);
    }

    @Test
    void aLastLineCutShortKeepsTheRowsButClaimsNothing() throws ParseException {
        String row = "  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184";
        for (String last : List.of("  TCP    0.0.0.0:13", "  TCP    0.0.0.0:13 ", "  TCP    0.0.0.0:1x  0.0.0.0:0  LISTENING  4",
                "  TCP    0.0.0.0:135            0.0.0.0:0", "Can")) {
            Parsed p = parser.parse(capture(TITLE, HEADER, row, last));
            assertThat(p.facts()).as(last).hasSize(1);
            assertThat(p.collected()).as(last).isEmpty();
        }
    }

    @Test
    void theSameLinesBeforeTheLastFailWithTheirLine() {
        String row = "  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184";
        assertThatThrownBy(() -> parser.parse(capture(TITLE, row, "  TCP    0.0.0.0:1x  0.0.0.0:0  LISTENING  4", row)))
                .isInstanceOf(ParseException.class).hasMessage("netstat.txt:3: a local address ending in :PORT");
        assertThatThrownBy(() -> parser.parse(capture(TITLE, row, "  TCP    0.0.0.0:135            0.0.0.0:0", row)))
                .isInstanceOf(ParseException.class).hasMessage("netstat.txt:3: a TCP row with a state");
        assertThatThrownBy(() -> parser.parse(capture(TITLE, row, "Can", row)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("netstat.txt:3: a netstat row");
        assertThatThrownBy(() -> parser.parse(capture(TITLE, "  [svchost.exe]", row)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("netstat.txt:2: a netstat row");
    }

    @Test
    void aTitleWithoutRowsWasCutOffAndNoTitleNoRowsIsNoNetstat() {
        assertThatThrownBy(() -> parser.parse(capture("", TITLE, "", HEADER)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("netstat.txt:4: socket rows after the title");
        assertThatThrownBy(() -> parser.parse(capture("", HEADER)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("netstat.txt:1: netstat output");
    }

    @Test
    void recognisedByItsTitleAndARowOrThreeRows() {
        String row = "  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184";
        assertThat(parser.recognises(capture(TITLE, row))).isTrue();
        assertThat(parser.recognises(capture(TITLE, HEADER))).isFalse();
        assertThat(parser.recognises(capture(row, row))).isFalse();
        assertThat(parser.recognises(capture(row, row, row))).isTrue();
        List<String> late = new ArrayList<>(Collections.nCopies(39, ""));
        late.addAll(List.of(row, row, row));
        assertThat(parser.recognises(new Capture("netstat.txt", null, late, 1))).isFalse();
        late.remove(0);
        late.add(0, TITLE);
        assertThat(parser.recognises(new Capture("netstat.txt", null, late, 1))).isTrue();
    }
}
