package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Listener;
import io.rdpdoctor.facts.Session;
import io.rdpdoctor.facts.WinStationState;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the two session tables the javadocs of {@link QwinstaParser} and
 * {@link QueryUserParser} describe: which header line is whose (the headers of the samples: qwinsta
 * en, de, es; query user en, de, fr), the five first lines a headerless paste is judged by, where a
 * lone name stands against the header's user column, a user name with spaces, a listener without a
 * name, and a query user row without idle or logon time.
 */
class SessionTablesEdgesTest {

    private static final String QWINSTA_EN = " SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE";
    private static final String QWINSTA_DE = " SITZUNGSNAME      BENUTZERNAME             ID  STATUS  TYP         GERÄT";
    private static final String QWINSTA_ES = " NOMBRE DE SESIÓN  NOMBRE DE USUARIO        ID  ESTADO    TIPO   DISPOSITIVO";
    private static final String QUSER_EN = " USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME";
    private static final String QUSER_DE = " BENUTZERNAME          SITZUNGSNAME       ID  STATUS  LEERLAUF   ANMELDEZEIT";
    private static final String QUSER_FR = " UTILISATEUR           SESSION            ID  ÉTAT    TEMPS INACT TEMPS SESSION";

    private final QwinstaParser qwinsta = new QwinstaParser();
    private final QueryUserParser quser = new QueryUserParser();

    private static Capture capture(String... lines) {
        return new Capture("s.txt", null, List.of(lines), 1);
    }

    @Test
    void eachHeaderIsItsOwnTablesOnly() {
        for (String h : List.of(QWINSTA_EN, QWINSTA_DE, QWINSTA_ES)) {
            assertThat(QwinstaParser.isHeader(h, true)).as(h).isTrue();
            assertThat(QwinstaParser.isHeader(h, false)).as(h).isFalse();
        }
        for (String h : List.of(QUSER_EN, QUSER_DE, QUSER_FR)) {
            assertThat(QwinstaParser.isHeader(h, false)).as(h).isTrue();
            assertThat(QwinstaParser.isHeader(h, true)).as(h).isFalse();
        }
        assertThat(QwinstaParser.isHeader(" SESSIONNAME       USERNAME                 NR  STATE", true)).isFalse();
        assertThat(QwinstaParser.isHeader(" SESSIONNAME ID", true)).isFalse();
        assertThat(QwinstaParser.isHeader(" USERNAME ID", false)).isFalse();
        assertThat(QwinstaParser.isHeader(" SESSIONNAME USERNAME ID", true)).isTrue();
        assertThat(QwinstaParser.isHeader(" USERNAME SESSIONNAME ID", false)).isTrue();
        assertThat(QwinstaParser.isHeader("", true)).isFalse();
    }

    @Test
    void theHeaderIsLookedForInTheFirstFiveLines() {
        assertThat(qwinsta.recognises(capture("", "", "", "", QWINSTA_EN))).isTrue();
        assertThat(qwinsta.recognises(capture("", "", "", "", "", QWINSTA_EN))).isFalse();
        assertThat(quser.recognises(capture("", "", "", "", QUSER_EN))).isTrue();
        assertThat(quser.recognises(capture("", "", "", "", "", QUSER_EN))).isFalse();
        assertThat(quser.recognises(capture("", "", "", "", "No User exists for *"))).isTrue();
        assertThat(quser.recognises(capture("", "", "", "", "", "No User exists for *"))).isFalse();
    }

    @Test
    void aHeaderlessQwinstaPasteIsJudgedByItsFirstFiveRows() throws ParseException {
        List<String> rows = new ArrayList<>(List.of("services 0 Disc", "", "console 1 Conn", "rdp-tcp#1 user1 2 Active",
                "rdp-tcp#2 user2 3 Active", "rdp-tcp#3 user3 4 Active"));
        assertThat(qwinsta.recognises(capture(rows.toArray(String[]::new)))).isTrue();
        rows.add("a line of something else");
        assertThat(qwinsta.recognises(capture(rows.toArray(String[]::new)))).isTrue();
        rows.set(5, "a line of something else");
        assertThat(qwinsta.recognises(capture(rows.toArray(String[]::new)))).isFalse();
        // the ID at most third: [name] [user] ID
        assertThat(qwinsta.recognises(capture("services 0 Disc", "console 1 Conn", "rdp-tcp#1 user one 2 Active"))).isFalse();
        // a named row with the ID first does not count as named
        assertThat(qwinsta.recognises(capture("services 0 Disc", "0 Disc"))).isFalse();
        assertThat(qwinsta.recognises(capture("services 0 Disc", "console 1 Conn"))).isTrue();
        Parsed p = qwinsta.parse(capture(">services 0 Disc", "console 1 Conn"));
        assertThat(p.collected()).containsExactlyInAnyOrder(Area.LISTENERS, Area.SESSIONS);
        assertThat(p.facts()).containsExactly(new Session(0, "services", null, WinStationState.DISCONNECTED, null, null, capture().source(0)),
                new Session(1, "console", null, WinStationState.CONNECTED, null, null, capture().source(1)));
    }

    @Test
    void aLoneNameUnderTheUserColumnIsTheUser() throws ParseException {
        Capture c = capture(QWINSTA_EN,
                ">services                                    0  Disc",
                "                   user1                     2  Disc",
                ">                  user2                     3  Disc",
                "                  user3                      4  Disc",
                " rdp-tcp                                 65536  Listen",
                "                   user4                     5  Listen",
                " rdp-tcp#1         first last               6  Active");
        assertThat(qwinsta.parse(c).facts()).containsExactly(
                new Session(0, "services", null, WinStationState.DISCONNECTED, null, null, c.source(1)),
                new Session(2, null, "user1", WinStationState.DISCONNECTED, null, null, c.source(2)),
                new Session(3, null, "user2", WinStationState.DISCONNECTED, null, null, c.source(3)),
                new Session(4, null, "user3", WinStationState.DISCONNECTED, null, null, c.source(4)),
                new Listener("rdp-tcp", WinStationState.LISTEN, 65536, c.source(5)),
                new Session(5, null, "user4", WinStationState.LISTEN, null, null, c.source(6)),
                new Session(6, "rdp-tcp#1", "first last", WinStationState.ACTIVE, null, null, c.source(7)));
    }

    @Test
    void theUserColumnIsWhereTheSecondLabelStarts() {
        assertThat(QwinstaParser.secondLabel("SESSIONNAME  USERNAME ID")).isEqualTo(13);
        assertThat(QwinstaParser.secondLabel("   SESSIONNAME  USERNAME")).isEqualTo(16);
        assertThat(QwinstaParser.secondLabel("SESSIONNAME    ")).isEqualTo(15);
        assertThat(QwinstaParser.secondLabel("")).isEqualTo(-1);
        assertThat(QwinstaParser.secondLabel("    ")).isEqualTo(-1);
    }

    @Test
    void aQueryUserRowMayEndAfterItsStateOrItsIdleTime() throws ParseException {
        Capture c = capture(QUSER_EN,
                " user1                 console             1  Active",
                " user2                                     2  Disc        1:05",
                " user3                                     3  Disc        1:05  3/13/2025 4:10 PM");
        assertThat(quser.parse(c).facts()).containsExactly(
                new Session(1, "console", "user1", WinStationState.ACTIVE, null, null, c.source(1)),
                new Session(2, null, "user2", WinStationState.DISCONNECTED, 65, null, c.source(2)),
                new Session(3, null, "user3", WinStationState.DISCONNECTED, 65, "3/13/2025 4:10 PM", c.source(3)));
    }

    @Test
    void aHeaderlessQueryUserPasteIsJudgedByItsFirstFiveRows() {
        List<String> rows = new ArrayList<>(List.of("user1 console 1 Active . 3/14/2025 8:02 AM", "",
                "user2 2 Disc 1:05 3/13/2025 4:10 PM", "user3 3 Disc 1:05 3/13/2025 4:10 PM",
                "user4 4 Disc 1:05 13.03.2025 16:10", "user5 5 Disc 1:05 2025-03-13 16:10"));
        assertThat(quser.recognises(capture(rows.toArray(String[]::new)))).isTrue();
        rows.add("a line of something else");
        assertThat(quser.recognises(capture(rows.toArray(String[]::new)))).isTrue();
        rows.set(5, "a line of something else");
        assertThat(quser.recognises(capture(rows.toArray(String[]::new)))).isFalse();
        // a row must hold an idle time and a date after its state
        assertThat(quser.recognises(capture("user2 2 Disc 1:05"))).isFalse();
        assertThat(quser.recognises(capture("user2 2 Disc 1:05 PM"))).isFalse();
        assertThat(quser.recognises(capture("user2 2 Disc soon 3/13/2025"))).isFalse();
        assertThat(quser.recognises(capture("user2 2 Disc 1:05 3/13/2025"))).isTrue();
        // the ID second or third: USER [SESSION] ID
        assertThat(quser.recognises(capture("2 Disc 1:05 3/13/2025 4:10 PM"))).isFalse();
        assertThat(quser.recognises(capture("user two x 2 Disc 1:05 3/13/2025 4:10 PM"))).isFalse();
    }

    @Test
    void aQueryUserRowWithTheIdElsewhereFails() {
        Capture c = capture(QUSER_EN, " 1  Active      none   7/24/2024 7:36 AM", " user1  console  1  Active  none  7/24/2024 7:36 AM");
        assertThatThrownBy(() -> quser.parse(c)).isInstanceOf(ParseException.class).hasMessageContaining("s.txt:2");
        Capture far = capture(QUSER_EN, " a b c 1  Active      none   7/24/2024 7:36 AM", " user1  console  1  Active  none  7/24/2024 7:36 AM");
        assertThatThrownBy(() -> quser.parse(far)).isInstanceOf(ParseException.class).hasMessageContaining("s.txt:2");
    }

    @Test
    void aBlankLineBetweenRowsAndARowWithoutNameOrUser() throws ParseException {
        Capture c = capture(QWINSTA_EN,
                ">services                                    0  Disc",
                "",
                "                                             2  Disc",
                " rdp-tcp                                 65536  Listen");
        assertThat(qwinsta.parse(c).facts()).containsExactly(
                new Session(0, "services", null, WinStationState.DISCONNECTED, null, null, c.source(1)),
                new Session(2, null, null, WinStationState.DISCONNECTED, null, null, c.source(3)),
                new Listener("rdp-tcp", WinStationState.LISTEN, 65536, c.source(4)));
        assertThat(qwinsta.recognises(capture("services 0 Disc", "2 Disc", "console 1 Conn"))).isTrue();
        Capture q = capture(QUSER_EN, " user1                 console             1  Active      none   7/24/2024 7:36 AM", "",
                " user2                                     2  Disc        1:05  3/13/2025 4:10 PM");
        assertThat(quser.parse(q).facts()).extracting(f -> ((Session) f).user()).containsExactly("user1", "user2");
    }
}
