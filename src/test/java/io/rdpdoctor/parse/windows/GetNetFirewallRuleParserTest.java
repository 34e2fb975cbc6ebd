package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Direction;
import io.rdpdoctor.facts.FirewallRule;
import io.rdpdoctor.facts.Protocol;
import io.rdpdoctor.facts.RuleAction;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: a rule's filter blocks (port, address)
 * belong to it, the profiles (Any is none), protocols by name or number, Any ports and addresses as
 * none, the group from Group else DisplayGroup, which commands select rules (the area not claimed),
 * and the rules that cannot be read. The rule is the one the javadoc shows (RemoteDesktop-UserMode-In-TCP).
 */
class GetNetFirewallRuleParserTest {

    private final GetNetFirewallRuleParser parser = new GetNetFirewallRuleParser();

    private static List<String> rule(String enabled, String profile, String direction, String action) {
        return new ArrayList<>(List.of(
                "Name                  : RemoteDesktop-UserMode-In-TCP",
                "DisplayName           : Remote Desktop - User Mode (TCP-In)",
                "DisplayGroup          : Remote Desktop",
                "Group                 : @FirewallAPI.dll,-28752",
                "Enabled               : " + enabled,
                "Profile               : " + profile,
                "Direction             : " + direction,
                "Action                : " + action,
                "EdgeTraversalPolicy   : Block"));
    }

    private static Capture capture(String command, List<String> lines) {
        return new Capture("fw.txt", command, lines, 1);
    }

    @Test
    void aRuleWithItsFilterBlocks() throws ParseException {
        List<String> lines = rule("True", "Domain, Private", "Inbound", "Allow");
        lines.addAll(List.of("", "Protocol      : TCP", "LocalPort     : 3389", "RemotePort    : Any", "IcmpType      : Any",
                "DynamicTarget : Any", "", "LocalAddress  : Any", "RemoteAddress : {10.0.0.0/8, 192.168.1.0/24}", "",
                "Program               : %SystemRoot%\\system32\\svchost.exe", "Service               : termservice"));
        Capture c = capture("Get-NetFirewallRule -Direction Inbound | ForEach-Object { $_; $_ | Get-NetFirewallPortFilter; $_ | Get-NetFirewallAddressFilter }", lines);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(new FirewallRule("RemoteDesktop-UserMode-In-TCP", "Remote Desktop - User Mode (TCP-In)",
                "@FirewallAPI.dll,-28752", true, Direction.INBOUND, RuleAction.ALLOW, Protocol.TCP, List.of("3389"), List.of("Domain", "Private"),
                List.of("10.0.0.0/8", "192.168.1.0/24"), "%SystemRoot%\\system32\\svchost.exe", "termservice", c.source(0)));
        assertThat(p.collected()).containsExactly(Area.FIREWALL_RULES);
    }

    @Test
    void withoutFiltersTheProtocolIsUnknownAndAnyIsNone() throws ParseException {
        List<String> lines = rule("False", "Any", "Outbound", "Block");
        lines.set(3, "Group                 : ");
        lines.addAll(List.of("Program               : Any", "Service               : Any"));
        Capture c = capture(null, lines);
        assertThat(parser.parse(c).facts()).containsExactly(new FirewallRule("RemoteDesktop-UserMode-In-TCP", "Remote Desktop - User Mode (TCP-In)",
                "Remote Desktop", false, Direction.OUTBOUND, RuleAction.BLOCK, null, List.of(), List.of(), List.of(), null, null, c.source(0)));
    }

    @Test
    void theProtocolByNameOrNumber() throws ParseException {
        for (String[] p : new String[][] {{"TCP", "TCP"}, {"6", "TCP"}, {"UDP", "UDP"}, {"17", "UDP"}, {"Any", "ANY"}, {"ICMPv4", null}}) {
            List<String> lines = rule("True", "Any", "Inbound", "Allow");
            lines.addAll(List.of("Protocol      : " + p[0], "LocalPort     : Any"));
            FirewallRule r = (FirewallRule) parser.parse(capture(null, lines)).facts().get(0);
            assertThat(r.protocol()).as(p[0]).isEqualTo(p[1] == null ? null : Protocol.valueOf(p[1]));
        }
    }

    @Test
    void aCommandThatSelectsRulesDoesNotClaimTheArea() {
        assertThat(GetNetFirewallRuleParser.wholeSet(null)).isTrue();
        assertThat(GetNetFirewallRuleParser.wholeSet("Get-NetFirewallRule -Direction Inbound | Format-List")).isTrue();
        for (String cmd : List.of("Get-NetFirewallRule -Name RemoteDesktop-UserMode-In-TCP", "Get-NetFirewallRule -DisplayGroup 'Remote Desktop'",
                "Get-NetFirewallRule -Group '@FirewallAPI.dll,-28752'", "Get-NetFirewallRule -Direction Outbound",
                "Get-NetFirewallRule -Enabled False", "Get-NetFirewallRule | Where-Object { $_.Enabled }", "Get-NetFirewallRule | ? Enabled",
                "Get-NetFirewallRule -Action Block")) {
            assertThat(GetNetFirewallRuleParser.wholeSet(cmd)).as(cmd).isFalse();
        }
    }

    @Test
    void theRulesThatCannotBeRead() {
        assertThatThrownBy(() -> parser.parse(capture(null, rule("Maybe", "Any", "Inbound", "Allow"))))
                .isInstanceOf(ParseException.class).hasMessage("fw.txt:5: expected Enabled True or False; read 'Maybe'");
        assertThatThrownBy(() -> parser.parse(capture(null, rule("True", "Any", "Sideways", "Allow"))))
                .isInstanceOf(ParseException.class).hasMessage("fw.txt:7: expected Direction Inbound or Outbound; read 'Sideways'");
        assertThatThrownBy(() -> parser.parse(capture(null, rule("True", "Any", "Inbound", "Maybe"))))
                .isInstanceOf(ParseException.class).hasMessage("fw.txt:8: expected Action Allow, Block or Bypass; read 'Maybe'");
        assertThatThrownBy(() -> parser.parse(capture(null, rule("True", "Domain, Home", "Inbound", "Allow"))))
                .isInstanceOf(ParseException.class).hasMessage("fw.txt:6: expected Profile Any, Domain, Private or Public; read 'Home'");
        List<String> noAction = rule("True", "Any", "Inbound", "Allow");
        noAction.remove(7);
        assertThatThrownBy(() -> parser.parse(capture(null, noAction)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("fw.txt:1: expected a firewall rule with Name, Enabled, Direction and Action");
        List<String> table = rule("True", "Any", "Inbound", "Allow");
        table.addAll(List.of("", "Name  DisplayName", "----  -----------"));
        assertThatThrownBy(() -> parser.parse(capture(null, table)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("fw.txt:11: expected Get-NetFirewallRule's list view");
        assertThatThrownBy(() -> parser.parse(capture(null, List.of("", ""))))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("fw.txt:1: expected Get-NetFirewallRule's list view");
    }

    @Test
    void recognisedByNameDirectionAndARulesOwnProperty() {
        List<String> lines = rule("True", "Any", "Inbound", "Allow");
        assertThat(parser.recognises(capture(null, lines))).isTrue();
        lines.remove(8);
        lines.remove(2);
        assertThat(parser.recognises(capture(null, lines))).isFalse();
        lines.add("PolicyStoreSource     : PersistentStore");
        assertThat(parser.recognises(capture(null, lines))).isTrue();
        assertThat(parser.recognises(capture(null, List.of("Name : x", "EdgeTraversalPolicy : Block")))).isFalse();
        assertThat(parser.recognises(capture(null, List.of("", "Direction : Inbound", "DisplayGroup : x")))).isFalse();
    }
}
