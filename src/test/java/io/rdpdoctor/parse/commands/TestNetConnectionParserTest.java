package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.PortTest;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: each result with its own warning (the
 * TCP one preferred, a success without), the localized warning prefix, wrapped values, and the
 * results that are no port test. The block is the one the javadoc shows.
 */
class TestNetConnectionParserTest {

    private final TestNetConnectionParser parser = new TestNetConnectionParser();

    private static List<String> result(String computer, String address, String port, String succeeded) {
        return new ArrayList<>(List.of("ComputerName     : " + computer, "RemoteAddress    : " + address, "RemotePort       : " + port,
                "InterfaceAlias   : Ethernet", "SourceAddress    : 10.0.0.20", "TcpTestSucceeded : " + succeeded));
    }

    private static Capture capture(List<String> lines) {
        return new Capture("tnc.txt", null, lines, 1);
    }

    @Test
    void eachResultWithItsOwnWarning() throws ParseException {
        List<String> lines = new ArrayList<>(List.of("WARNING: Ping to 10.0.0.5 failed with status: TimedOut",
                "WARNING: TCP connect to (10.0.0.5 : 3389) failed", "", ""));
        lines.addAll(result("SRV01", "10.0.0.5", "3389", "False"));
        lines.addAll(List.of("", "WARNUNG: Ping to 10.0.0.6 failed with status: TimedOut", ""));
        lines.addAll(result("SRV02", "10.0.0.6", "3389", "False"));
        lines.add("");
        lines.addAll(result("SRV03", "", "443", "True"));
        Capture c = capture(lines);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new PortTest(null, null, "Test-NetConnection", "SRV01", "10.0.0.5", 3389, false, "TCP connect to (10.0.0.5 : 3389) failed", null, c.source(4)),
                new PortTest(null, null, "Test-NetConnection", "SRV02", "10.0.0.6", 3389, false, "Ping to 10.0.0.6 failed with status: TimedOut", null, c.source(13)),
                new PortTest(null, null, "Test-NetConnection", "SRV03", null, 443, true, null, null, c.source(20)));
        assertThat(p.collected()).containsExactly(Area.PORT_TESTS);
    }

    @Test
    void aWrappedValueAndBlankLinesBetweenProperties() throws ParseException {
        List<String> lines = result("SRV01", "10.0.0.5", "3389", "True");
        lines.add(1, "");
        lines.add(2, "NameResolutionResults    : 10.0.0.5");
        lines.add(3, "                           fe80::1");
        assertThat(parser.parse(capture(lines)).facts()).hasSize(1);
    }

    @Test
    void theResultsThatAreNoPortTest() {
        assertThatThrownBy(() -> parser.parse(capture(result("", "10.0.0.5", "3389", "True"))))
                .isInstanceOf(ParseException.class).hasMessage("tnc.txt:1: ComputerName : HOST");
        assertThatThrownBy(() -> parser.parse(capture(result("SRV01", "10.0.0.5", "", "True"))))
                .isInstanceOf(ParseException.class).hasMessage("tnc.txt:1: RemotePort : PORT (Test-NetConnection -Port)");
        List<String> ping = result("SRV01", "10.0.0.5", "3389", "True");
        ping.set(5, "PingSucceeded    : True");
        assertThatThrownBy(() -> parser.parse(capture(ping)))
                .isInstanceOf(ParseException.class).hasMessage("tnc.txt:1: TcpTestSucceeded : True|False (Test-NetConnection -Port)");
        assertThatThrownBy(() -> parser.parse(capture(result("SRV01", "10.0.0.5", "3389", "Maybe"))))
                .isInstanceOf(ParseException.class).hasMessage("tnc.txt:1: TcpTestSucceeded : True|False (Test-NetConnection -Port)");
        assertThatThrownBy(() -> parser.parse(capture(List.of("", "   indented"))))
                .isInstanceOf(ParseException.class).hasMessage("tnc.txt:2: a 'Property : value' line of Test-NetConnection or a WARNING line");
        assertThatThrownBy(() -> parser.parse(capture(List.of("WARNING: Name resolution of nosuch failed"))))
                .isInstanceOf(ParseException.class).hasMessage("tnc.txt:1: a Test-NetConnection result (ComputerName ... TcpTestSucceeded)");
    }

    @Test
    void recognisedByComputerNameThenAPortLine() {
        assertThat(parser.recognises(capture(List.of("ComputerName : SRV01", "RemotePort   : 3389")))).isTrue();
        assertThat(parser.recognises(capture(List.of("ComputerName : SRV01", "TcpTestSucceeded : True")))).isTrue();
        assertThat(parser.recognises(capture(List.of("RemotePort   : 3389", "ComputerName : SRV01")))).isFalse();
        assertThat(parser.recognises(capture(List.of("ComputerName : SRV01", "PingSucceeded : True")))).isFalse();
    }
}
