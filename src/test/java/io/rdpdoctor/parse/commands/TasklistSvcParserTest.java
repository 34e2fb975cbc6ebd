package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.ProcessInfo;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: wrapped service lists, N/A and its
 * translations as no service, a last row cut short, and the lines that are no row. The rows are the
 * javadoc's (and those of the real tasklist /svc in ScQueryParserTest's source, search-index file
 * id 46727831326).
 */
class TasklistSvcParserTest {

    private static final String HEADER = "Image Name                     PID Services";
    private static final String RULE = "========================= ======== ============================================";

    private final TasklistSvcParser parser = new TasklistSvcParser();

    private static Capture capture(String... lines) {
        return new Capture("tasklist.txt", null, List.of(lines), 1);
    }

    @Test
    void eachProcessWithItsWrappedServices() throws ParseException {
        Capture c = capture("", HEADER, RULE,
                "System Idle Process              0 N/A",
                "svchost.exe                    744 BrokerInfrastructure, DcomLaunch, LSM,",
                "                                   PlugPlay, Power, SystemEventsBroker",
                "",
                "svchost.exe                   2000 TermService",
                "spoolsv.exe                   1152 Nicht zutreffend");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new ProcessInfo(0, "System Idle Process", List.of(), c.source(3)),
                new ProcessInfo(744, "svchost.exe", List.of("BrokerInfrastructure", "DcomLaunch", "LSM", "PlugPlay", "Power", "SystemEventsBroker"), c.source(4)),
                new ProcessInfo(2000, "svchost.exe", List.of("TermService"), c.source(7)),
                new ProcessInfo(1152, "spoolsv.exe", List.of(), c.source(8)));
        assertThat(p.collected()).containsExactly(Area.PROCESSES);
    }

    @Test
    void aLastRowCutShortIsLeftAndOtherLinesFail() throws ParseException {
        assertThat(parser.parse(capture(HEADER, RULE, "svchost.exe                   2000 TermService", "svchost.e")).facts()).hasSize(1);
        assertThatThrownBy(() -> parser.parse(capture(HEADER, RULE, "svchost.e", "svchost.exe                   2000 TermService")))
                .isInstanceOf(ParseException.class).hasMessage("tasklist.txt:3: a tasklist row: image name, PID, services (or N/A)");
        assertThatThrownBy(() -> parser.parse(capture(HEADER, RULE, "  Power", "svchost.exe                   2000 TermService")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("tasklist.txt:3: a tasklist row");
        assertThatThrownBy(() -> parser.parse(capture(HEADER, "svchost.exe                   2000 TermService")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("tasklist.txt:1: the tasklist /svc header underlined");
    }

    @Test
    void anIndentedLineShorterThanTheServicesColumnIsNoContinuation() {
        assertThatThrownBy(() -> parser.parse(capture(HEADER, RULE, "svchost.exe                   2000 TermService", " x", "svchost.exe  5 A")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("tasklist.txt:4: a tasklist row");
    }

    @Test
    void recognisedByTheUnderlineUnderAPidHeader() {
        assertThat(parser.recognises(capture(HEADER, RULE))).isTrue();
        assertThat(parser.recognises(capture("Image Name  Id  Services", RULE))).isFalse();
        assertThat(parser.recognises(capture(RULE, HEADER))).isFalse();
        assertThat(parser.recognises(capture("", "", "", "", "", "", "", "", "", HEADER, RULE))).isFalse();
    }
}
