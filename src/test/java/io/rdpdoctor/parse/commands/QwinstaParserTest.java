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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: a headerless paste is the whole list only
 * from its services row; query user's table (user first) is not qwinsta's; a row that is no session
 * stops the parse with its line, unless it is the paste's last line. Rows are those of the samples
 * (qwinsta en-2, en-3, es-1; query user en-1).
 */
class QwinstaParserTest {

    private final QwinstaParser parser = new QwinstaParser();

    private static Capture capture(String... lines) {
        return new Capture("qwinsta.txt", null, List.of(lines), 1);
    }

    @Test
    void aHeaderlessPasteFromTheServicesRowIsTheWholeList() throws ParseException {
        Parsed p = parser.parse(capture("services 0 Disc", "PC 1 Disc", "console 2 Conn", "rdp-tcp 65536 Listen"));
        assertThat(p.collected()).containsExactlyInAnyOrder(Area.LISTENERS, Area.SESSIONS);
    }

    @Test
    void aHeaderlessPasteThatStartsLaterProvesNoAbsence() throws ParseException {
        Capture c = capture("PC 1 Disc", "console 2 Conn", "rdp-tcp 65536 Listen");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.collected()).isEmpty();
        assertThat(p.facts()).containsExactly(
                new Session(1, null, "PC", WinStationState.DISCONNECTED, null, null, c.source(0)),
                new Session(2, "console", null, WinStationState.CONNECTED, null, null, c.source(1)),
                new Listener("rdp-tcp", WinStationState.LISTEN, 65536, c.source(2)));
    }

    @Test
    void aHeaderlessPasteWithOneNamedSessionIsNotRecognised() {
        // query user's rows start with a user: at most the console is a session name
        Capture c = capture("user1 console 1 Active none 10/23/2025 8:42 AM", "user2 2 Disc 1:02 10/23/2025 9:00 AM");
        assertThat(parser.recognises(c)).isFalse();
        assertThatThrownBy(() -> parser.parse(c)).isInstanceOf(ParseException.class)
                .hasMessageContaining("the query session header");
    }

    @Test
    void queryUsersHeaderIsNotQwinstas() {
        Capture c = capture(" USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME",
                ">user1                 console             1  Active      none   10/23/2025 8:42 AM");
        assertThat(parser.recognises(c)).isFalse();
    }

    @Test
    void theHeaderSaysWhetherALoneNameIsTheUser() throws ParseException {
        Capture c = capture(" NOMBRE DE SESIÓN  NOMBRE DE USUARIO        ID  ESTADO    TIPO   DISPOSITIVO",
                " console                                     1  Conn",
                "                   sap                       2  Desc");
        assertThat(parser.parse(c).facts()).containsExactly(
                new Session(1, "console", null, WinStationState.CONNECTED, null, null, c.source(1)),
                new Session(2, null, "sap", WinStationState.DISCONNECTED, null, null, c.source(2)));
    }

    @Test
    void aRowThatIsNoSessionFailsWithItsLineButALastLineIsLeft() throws ParseException {
        Capture cut = capture(" SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE",
                ">services                                    0  Disc",
                "PS C:\\Users\\user1>");
        assertThat(parser.parse(cut).facts()).hasSize(1);
        Capture broken = capture(" SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE",
                ">services                                    0  Disc",
                " garbled row",
                " rdp-tcp                                 65536  Listen");
        assertThatThrownBy(() -> parser.parse(broken)).isInstanceOf(ParseException.class)
                .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(3))
                .hasMessageContaining("a session row");
    }

    @Test
    void theUserColumnStartsAtTheHeadersSecondLabel() {
        assertThat(QwinstaParser.secondLabel(" SESSIONNAME       USERNAME                 ID  STATE")).isEqualTo(19);
        assertThat(QwinstaParser.secondLabel("SESSIONNAME USERNAME ID STATE")).isEqualTo(-1); // padding collapsed
    }
}
