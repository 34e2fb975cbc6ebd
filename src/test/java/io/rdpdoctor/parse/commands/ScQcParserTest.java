package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.ServiceNotInstalled;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.StartType;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: each start type, delayed auto start,
 * several services, the display name and the account by their place after START_TYPE, and the
 * {@code [SC] ... FAILED} lines. The block is the en-1 sample's (TermService).
 */
class ScQcParserTest {

    private final ScQcParser parser = new ScQcParser();

    private static Capture capture(String command, String... lines) {
        return new Capture("qc.txt", command, List.of(lines), 1);
    }

    private static List<String> termService(String startType, String display, String account) {
        return List.of("SERVICE_NAME: TermService",
                "        TYPE               : 20  WIN32_SHARE_PROCESS",
                "        START_TYPE         : " + startType,
                "        ERROR_CONTROL      : 1   NORMAL",
                "        BINARY_PATH_NAME   : C:\\Windows\\System32\\svchost.exe -k NetworkService",
                "        LOAD_ORDER_GROUP   :",
                "        TAG                : 0",
                "        DISPLAY_NAME       : " + display,
                "        DEPENDENCIES       : RPCSS",
                "                           : NSI",
                "        SERVICE_START_NAME : " + account);
    }

    private StartType startType(String value) throws ParseException {
        Capture c = new Capture("qc.txt", null, termService(value, "Remote Desktop Services", "NT Authority\\NetworkService"), 1);
        return ((ServiceState) parser.parse(c).facts().get(0)).startType();
    }

    @Test
    void everyStartType() throws ParseException {
        assertThat(startType("0   BOOT_START")).isEqualTo(StartType.BOOT);
        assertThat(startType("1   SYSTEM_START")).isEqualTo(StartType.SYSTEM);
        assertThat(startType("2   AUTO_START")).isEqualTo(StartType.AUTOMATIC);
        assertThat(startType("2   AUTO_START  (DELAYED)")).isEqualTo(StartType.AUTOMATIC_DELAYED);
        assertThat(startType("3   DEMAND_START")).isEqualTo(StartType.MANUAL);
        assertThat(startType("4   DISABLED")).isEqualTo(StartType.DISABLED);
    }

    @Test
    void theDisplayNameAndAccountComeByTheirPlaceAfterTheStartType() throws ParseException {
        Capture c = new Capture("qc.txt", "sc qc TermService", termService("4   DISABLED", "", ""), 1);
        assertThat(parser.recognises(c)).isTrue();
        assertThat(parser.parse(c).facts()).containsExactly(
                new ServiceState("TermService", null, null, StartType.DISABLED, null, null, null, c.source(0)));
        // a block cut after DISPLAY_NAME: no account
        Capture cut = new Capture("qc.txt", null, termService("3   DEMAND_START", "Remote Desktop Services", "x").subList(0, 8), 1);
        assertThat(parser.parse(cut).facts()).containsExactly(
                new ServiceState("TermService", "Remote Desktop Services", null, StartType.MANUAL, null, null, null, cut.source(0)));
    }

    @Test
    void everyServiceOfTheCapture() throws ParseException {
        List<String> lines = new java.util.ArrayList<>(List.of("[SC] QueryServiceConfig SUCCESS", ""));
        lines.addAll(termService("3   DEMAND_START", "Remote Desktop Services", "NT Authority\\NetworkService"));
        lines.addAll(List.of("", "SERVICE_NAME: UmRdpService", "        START_TYPE         : 3   DEMAND_START"));
        Capture c = new Capture("qc.txt", null, lines, 1);
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new ServiceState("TermService", "Remote Desktop Services", null, StartType.MANUAL, null, "NT Authority\\NetworkService", null, c.source(2)),
                new ServiceState("UmRdpService", null, null, StartType.MANUAL, null, null, null, c.source(14)));
        // sc qc names its services: what it lists is read, the others are not known (the area is partial)
        assertThat(p.collected()).isEmpty();
    }

    @Test
    void error1060WithTheCommandNamingTheServiceIsNotInstalled() throws ParseException {
        Capture c = capture("sc qc UmRdpService", "[SC] OpenService FAILED 1060:", "",
                "The specified service does not exist as an installed service.", "");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(new ServiceNotInstalled("UmRdpService", c.source(0)));
        assertThat(p.collected()).as("one service asked about, not the list").isEmpty();
        Parsed denied = parser.parse(capture("sc qc UmRdpService", "[SC] OpenService FAILED 5:", "", "Access is denied."));
        assertThat(denied.facts()).isEmpty();
        assertThat(denied.collected()).isEmpty();
    }

    @Test
    void aServiceWithoutStartTypeFailsAtItsName() {
        Capture c = capture(null, "", "SERVICE_NAME: TermService", "        TYPE               : 20  WIN32_SHARE_PROCESS");
        assertThatThrownBy(() -> parser.parse(c)).isInstanceOf(ParseException.class)
                .hasMessage("qc.txt:2: a START_TYPE line (N  AUTO_START/DEMAND_START/DISABLED) for service TermService");
    }

    @Test
    void linesThatAreNotSc() {
        assertThatThrownBy(() -> parser.parse(capture(null, "", " "))).isInstanceOf(ParseException.class)
                .hasMessageContaining("sc qc output");
        assertThatThrownBy(() -> parser.parse(capture(null, "Access is denied.")))
                .isInstanceOf(ParseException.class).hasMessage("qc.txt:1: SERVICE_NAME: NAME or an indented 'LABEL : value' line");
        assertThatThrownBy(() -> parser.parse(capture(null, "        START_TYPE         : 3   DEMAND_START")))
                .isInstanceOf(ParseException.class).hasMessage("qc.txt:1: an indented 'LABEL : value' line after SERVICE_NAME:");
        assertThat(parser.recognises(capture(null, "SERVICE_NAME: TermService", "        STATE              : 4  RUNNING"))).isFalse();
    }
}
