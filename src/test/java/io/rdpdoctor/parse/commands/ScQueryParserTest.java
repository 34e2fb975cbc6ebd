package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.ServiceNotInstalled;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.ServiceStatus;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: several services in one capture, the
 * exit code that counts (WIN32_EXIT_CODE, not 0 and not 1077), queryex's PID, the display name of
 * {@code sc query} of all services, a paste with its indentation lost, and the {@code [SC] ... FAILED}
 * lines (1060 with the command naming the service: not installed). Rows are those of the samples
 * (en-2 bits, en-4 TermService, es-1, en-5 queryex), a real {@code sc query} of all services and the
 * messages sc prints (1060; 5, access denied: both read as a failure, not as a service).
 */
class ScQueryParserTest {

    private final ScQueryParser parser = new ScQueryParser();

    private static Capture capture(String command, String... lines) {
        return new Capture("sc.txt", command, List.of(lines), 1);
    }

    private static final String[] TERMSERVICE_CRASHED = {
            "SERVICE_NAME: TermService",
            "        TYPE               : 20  WIN32_SHARE_PROCESS",
            "        STATE              : 1  STOPPED",
            "        WIN32_EXIT_CODE    : 1067  (0x42b)",
            "        SERVICE_EXIT_CODE  : 0  (0x0)",
            "        CHECKPOINT         : 0x0",
            "        WAIT_HINT          : 0x0"};

    @Test
    void theLastErrorIsWin32ExitCodeNotServiceExitCode() throws ParseException {
        Capture c = capture(null, TERMSERVICE_CRASHED);
        assertThat(parser.recognises(c)).isTrue();
        assertThat(parser.parse(c).facts()).containsExactly(
                new ServiceState("TermService", null, ServiceStatus.STOPPED, null, 1067, null, null, c.source(0)));
    }

    @Test
    void exitCode1077NeverStartedIsNoError() throws ParseException {
        Capture c = capture(null, "SERVICE_NAME: UmRdpService", "        STATE              : 1  STOPPED",
                "        WIN32_EXIT_CODE    : 1077  (0x435)", "        SERVICE_EXIT_CODE  : 0  (0x0)");
        assertThat(((ServiceState) parser.parse(c).facts().get(0)).lastError()).isNull();
    }

    @Test
    void scQueryOfAllServicesPrintsTheDisplayNameAtColumn0UnderTheName() throws ParseException {
        // the real output of "sc query" (all services), trailing spaces as printed: a GitHub Markdown
        // write-up of a Windows Server 2012 R2 host, search-index file id 46727831326
        Capture c = capture("sc query",
                "SERVICE_NAME: TermService",
                "DISPLAY_NAME: Remote Desktop Services",
                "        TYPE               : 20  WIN32_SHARE_PROCESS  ",
                "        STATE              : 4  RUNNING ",
                "                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)",
                "        WIN32_EXIT_CODE    : 0  (0x0)",
                "        SERVICE_EXIT_CODE  : 0  (0x0)",
                "        CHECKPOINT         : 0x0",
                "        WAIT_HINT          : 0x0",
                "",
                "SERVICE_NAME: UmRdpService",
                "DISPLAY_NAME: Remote Desktop Services UserMode Port Redirector",
                "        TYPE               : 20  WIN32_SHARE_PROCESS  ",
                "        STATE              : 4  RUNNING ",
                "                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)",
                "        WIN32_EXIT_CODE    : 0  (0x0)",
                "        SERVICE_EXIT_CODE  : 0  (0x0)",
                "        CHECKPOINT         : 0x0",
                "        WAIT_HINT          : 0x0");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new ServiceState("TermService", "Remote Desktop Services", ServiceStatus.RUNNING, null, null, null, null, c.source(0)),
                new ServiceState("UmRdpService", "Remote Desktop Services UserMode Port Redirector", ServiceStatus.RUNNING, null, null, null,
                        null, c.source(10)));
        assertThat(p.collected()).containsExactly(Area.SERVICES);
    }

    @Test
    void everyServiceOfQueryexWithItsOwnPidAndExitCode() throws ParseException {
        Capture c = capture("sc queryex type= service state= all",
                "SERVICE_NAME: bits",
                "        TYPE               : 30  WIN32",
                "        STATE              : 4  RUNNING",
                "                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)",
                "        WIN32_EXIT_CODE    : 0  (0x0)",
                "        SERVICE_EXIT_CODE  : 0  (0x0)",
                "        PID                : 1184",
                "",
                "SERVICE_NAME: TermService",
                "DISPLAY_NAME: ",
                "        STATE              : 1  STOPPED",
                "        WIN32_EXIT_CODE    : 1067  (0x42b)",
                "        SERVICE_EXIT_CODE  : 0  (0x0)",
                "        PID                : 0");
        assertThat(parser.parse(c).facts()).containsExactly(
                new ServiceState("bits", null, ServiceStatus.RUNNING, null, null, null, 1184, c.source(0)),
                new ServiceState("TermService", null, ServiceStatus.STOPPED, null, 1067, null, null, c.source(8)));
    }

    @Test
    void theSpanishDisplayNameLabel() throws ParseException {
        Capture c = capture(null, "NOMBRE_SERVICIO: TermService", "NOMBRE_MOSTRAR: Servicios de Escritorio remoto",
                "        ESTADO             : 4  RUNNING");
        assertThat(((ServiceState) parser.parse(c).facts().get(0)).displayName()).isEqualTo("Servicios de Escritorio remoto");
    }

    @Test
    void aPasteWithItsIndentationLostKeepsEachServiceApart() throws ParseException {
        Capture c = capture(null, "SERVICE_NAME: bits", "TYPE : 30 WIN32", "STATE : 4 RUNNING",
                "(STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)", "WIN32_EXIT_CODE : 0 (0x0)", "PID : 1184", "FLAGS :",
                "SERVICE_NAME: TermService", "STATE : 1 STOPPED", "WIN32_EXIT_CODE : 1067 (0x42b)");
        assertThat(parser.recognises(c)).isTrue();
        assertThat(parser.parse(c).facts()).containsExactly(
                new ServiceState("bits", null, ServiceStatus.RUNNING, null, null, null, 1184, c.source(0)),
                new ServiceState("TermService", null, ServiceStatus.STOPPED, null, 1067, null, null, c.source(7)));
    }

    @Test
    void error1060WithTheCommandNamingTheServiceIsNotInstalled() throws ParseException {
        String[] lines = {"[SC] EnumQueryServicesStatus:OpenService FAILED 1060:", "",
                "The specified service does not exist as an installed service.", ""};
        Capture c = capture("sc query UmRdpService", lines);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(new ServiceNotInstalled("UmRdpService", c.source(0)));
        assertThat(p.collected()).as("one service asked about, not the list").isEmpty();
        // without the command the service is unknown: nothing concluded, nothing read
        Parsed unnamed = parser.parse(capture(null, lines));
        assertThat(unnamed.facts()).isEmpty();
        assertThat(unnamed.collected()).isEmpty();
    }

    @Test
    void aNamedQueryReadsItsServiceAndLeavesTheOthersUnknown() throws ParseException {
        String[] termService = {"SERVICE_NAME: TermService", "        TYPE               : 20  WIN32_SHARE_PROCESS",
                "        STATE              : 4  RUNNING", "        WIN32_EXIT_CODE    : 0  (0x0)", "        SERVICE_EXIT_CODE  : 0  (0x0)"};
        Parsed named = parser.parse(capture("sc query TermService", termService));
        assertThat(named.facts()).hasSize(1);
        assertThat(named.collected()).isEmpty();
        // the same output under a command that lists every service: the area is read in full
        Parsed all = parser.parse(capture("sc query type= service state= all", termService));
        assertThat(all.collected()).containsExactly(Area.SERVICES);
        assertThat(ScQueryParser.namesAService("sc.exe queryex \"UmRdpService\"")).isTrue();
        assertThat(ScQueryParser.namesAService("sc queryex type= service state= all")).isFalse();
    }

    @Test
    void anotherFailureCollectsNothing() throws ParseException {
        Parsed p = parser.parse(capture("sc query TermService", "[SC] OpenService FAILED 5:", "", "Access is denied.", ""));
        assertThat(p.facts()).isEmpty();
        assertThat(p.collected()).isEmpty();
    }

    @Test
    void aServiceWithoutStateFailsAtItsName() {
        Capture c = new Capture("sc.txt", null, List.of("", "SERVICE_NAME: TermService", "        TYPE               : 20  WIN32_SHARE_PROCESS"), 40);
        assertThatThrownBy(() -> parser.parse(c)).isInstanceOf(ParseException.class)
                .hasMessage("sc.txt:41: a STATE line (N  RUNNING/STOPPED/...) for service TermService");
    }

    @Test
    void anIndentedLineThatIsNoFieldFailsWithItsLine() {
        Capture c = capture(null, "SERVICE_NAME: TermService", "        STATE              : 4  RUNNING", "        garbage here");
        assertThatThrownBy(() -> parser.parse(c)).isInstanceOf(ParseException.class)
                .hasMessage("sc.txt:3: an indented 'LABEL : value' line of sc query");
    }

    @Test
    void aTextWithoutServiceFails() {
        assertThatThrownBy(() -> parser.parse(capture(null, "", "  ")))
                .isInstanceOf(ParseException.class).hasMessageContaining("sc query output");
        assertThatThrownBy(() -> parser.parse(capture(null, "The specified service does not exist.")))
                .isInstanceOf(ParseException.class).hasMessage("sc.txt:1: SERVICE_NAME: NAME or an indented 'LABEL : value' line");
    }

    @Test
    void aBracketedFirstLineIsNoServiceName() {
        assertThat(parser.recognises(capture(null, "[SC] StartService: OK", "        STATE              : 4  RUNNING"))).isFalse();
        assertThat(parser.recognises(capture(null, "SERVICE_NAME: TermService", "        TYPE               : 20  WIN32_SHARE_PROCESS"))).isFalse();
    }
}
