package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.PortTest;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: one test per "TCP connect to" block, a
 * success when any connect reported a time, else the first Windows message as the error; the
 * target as typed on the command line (options before it, psping64.exe, an IPv6 address in
 * brackets), else the address connected to; what is not psping output. The lines are psping's
 * (the samples: v2.10, v2.12, v2.01).
 */
class PspingParserTest {

    private static final String TIMEOUT = "This operation returned because the timeout period expired.";
    private static final String REFUSED = "No connection could be made because the target machine actively refused it.";

    private final PspingParser parser = new PspingParser();

    private static Capture capture(String command, String text) {
        return new Capture("psping.txt", command, List.of(text.split("\n", -1)), 1);
    }

    private static PortTest test(String target, String address, int port, boolean ok, String error, Capture c, int at) {
        return new PortTest(null, null, "psping", target, address, port, ok, error, null, c.source(at));
    }

    @Test
    void oneTestPerBlockEachWithItsOwnOutcome() throws ParseException {
        Capture c = capture(null, """
                Connecting to 10.0.0.9:3389: from 10.0.0.4:49950: 1.02ms
                TCP connect to 10.0.0.5:3389:
                5 iterations (warmup 1) ping test:
                Connecting to 10.0.0.5:3389 (warmup): %s
                Connecting to 10.0.0.5:3389: from 10.0.0.4:49954: 1.26ms
                Connecting to 10.0.0.5:3389: %s

                TCP connect to 10.0.0.6:3389:
                5 iterations (warmup 1) ping test:
                Connecting to 10.0.0.6:3389 (warmup): %s
                Connecting to 10.0.0.6:3389: %s

                TCP connect to 10.0.0.7:3389:
                Connecting to 10.0.0.7:3389:
                TCP connect to 10.0.0.8:3389:
                """.formatted(TIMEOUT, TIMEOUT, REFUSED, TIMEOUT));
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                test("10.0.0.5", "10.0.0.5", 3389, true, null, c, 1),
                test("10.0.0.6", "10.0.0.6", 3389, false, REFUSED, c, 7),
                test("10.0.0.7", "10.0.0.7", 3389, false, null, c, 12));
        assertThat(p.collected()).containsExactly(Area.PORT_TESTS);
        assertThat(p.language()).isEqualTo(Language.NEUTRAL);
    }

    @Test
    void theTargetIsTheHostAsTyped() throws ParseException {
        String out = """
                TCP connect to 10.20.0.5:3389:
                Connecting to 10.20.0.5:3389: 3.79ms
                """;
        for (String[] typed : new String[][] {{"psping web01.corp.example:3389", "web01.corp.example"},
                {"psping -n 5 -w 0 web01:3389", "web01"}, {"PsPing64.exe -t [fd00::5]:3389", "[fd00::5]"},
                {"psping.exe   srv01:3389  ", "srv01"}, {"ping srv01", "10.20.0.5"}, {"psping srv01", "10.20.0.5"}}) {
            Capture c = capture(typed[0], out);
            assertThat(parser.parse(c).facts()).as(typed[0]).containsExactly(test(typed[1], "10.20.0.5", 3389, true, null, c, 0));
        }
    }

    @Test
    void noBlockWithAConnectIsNoPspingOutput() {
        Capture none = capture(null, "PsPing v2.10 - PsPing - ping, latency, bandwidth measurement utility\n");
        assertThat(parser.recognises(none)).isFalse();
        assertThatThrownBy(() -> parser.parse(none)).isInstanceOf(ParseException.class)
                .hasMessageContaining("psping.txt:1").hasMessageContaining("TCP connect to HOST:PORT:");
        Capture empty = capture(null, "TCP connect to 10.0.0.5:3389:\n5 iterations (warmup 1) ping test:\n");
        assertThat(parser.recognises(empty)).isTrue();
        assertThatThrownBy(() -> parser.parse(empty)).isInstanceOf(ParseException.class).hasMessageContaining("TCP connect to HOST:PORT:");
    }
}
