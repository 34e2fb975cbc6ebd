package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises: a port filter on its own is checked for its layout and gives no
 * fact and no area; a wrong file fails with its line; a rule (with Direction) is not taken for a
 * filter. The block is the javadoc's.
 */
class GetNetFirewallPortFilterParserTest {

    private final GetNetFirewallPortFilterParser parser = new GetNetFirewallPortFilterParser();

    private static Capture capture(String... lines) {
        return new Capture("pf.txt", null, List.of(lines), 1);
    }

    @Test
    void aPortFilterGivesNoFact() throws ParseException {
        Capture c = capture("", "Protocol      : TCP", "LocalPort     : 3389", "RemotePort    : Any", "IcmpType      : Any", "DynamicTarget : Any",
                "", "Protocol      : UDP", "LocalPort     : 3389");
        assertThat(parser.givesFacts()).isFalse();
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).isEmpty();
        assertThat(p.collected()).isEmpty();
    }

    @Test
    void aWrongFileFailsWithItsLine() {
        assertThatThrownBy(() -> parser.parse(capture("Protocol      : TCP", "LocalPort     : 3389", "", "---- ----")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("pf.txt:4: expected Get-NetFirewallPortFilter's list view");
        assertThatThrownBy(() -> parser.parse(capture("", " ")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("pf.txt:1: expected Get-NetFirewallPortFilter's list view");
        assertThatThrownBy(() -> parser.parse(capture("Protocol      : TCP", "RemotePort    : Any")))
                .isInstanceOf(ParseException.class).hasMessage("pf.txt:1: expected a port filter with Protocol and LocalPort");
        assertThatThrownBy(() -> parser.parse(capture("LocalPort     : 3389", "RemotePort    : Any")))
                .isInstanceOf(ParseException.class).hasMessage("pf.txt:1: expected a port filter with Protocol and LocalPort");
    }

    @Test
    void aRuleIsNoFilter() {
        assertThat(parser.recognises(capture("Protocol : TCP", "LocalPort : 3389", "Direction : Inbound"))).isFalse();
        assertThat(parser.recognises(capture("Protocol : TCP"))).isFalse();
        assertThat(parser.recognises(capture("LocalPort : 3389"))).isFalse();
    }
}
