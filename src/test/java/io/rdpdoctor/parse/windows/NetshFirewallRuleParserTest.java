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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * netsh advfirewall firewall show rule, on its real English sample (en-1) and variations of its
 * first record: what the javadoc says of records, labels, values, and which command collects the area.
 */
class NetshFirewallRuleParserTest {

    static final Path EN1 = Path.of("src/test/resources/parsers/netsh-firewall-show-rule/en-1.txt");
    final NetshFirewallRuleParser parser = new NetshFirewallRuleParser();

    /** The first record of en-1 (13 lines: name, dashes, 11 labels). */
    static List<String> firstRecord() throws Exception {
        return Files.readAllLines(EN1, StandardCharsets.UTF_8).subList(0, 13);
    }

    /** The first record with one label's value replaced (or the label removed when value is null). */
    static List<String> with(String label, String value) throws Exception {
        List<String> out = new ArrayList<>();
        boolean found = false;
        for (String l : firstRecord()) {
            if (l.startsWith(label + ":")) {
                found = true;
                if (value != null) out.add(String.format("%-38s%s", label + ":", value));
            } else {
                out.add(l);
            }
        }
        assertThat(found).as(label).isTrue();
        return out;
    }

    static Capture capture(String command, List<String> lines) {
        return new Capture("rules.txt", command, lines, 1);
    }

    FirewallRule only(List<String> lines) throws ParseException {
        Parsed p = parser.parse(capture(null, lines));
        assertThat(p.facts()).hasSize(1);
        return (FirewallRule) p.facts().get(0);
    }

    @Test
    void theFirstRecordOfTheSampleIsOneRule() throws Exception {
        FirewallRule r = only(firstRecord());
        assertThat(r.displayName()).isEqualTo("Remote Desktop - Shadow (TCP-In)");
        assertThat(r.name()).isNull();
        assertThat(r.group()).isEqualTo("Remote Desktop");
        assertThat(r.enabled()).isTrue();
        assertThat(r.direction()).isEqualTo(Direction.INBOUND);
        assertThat(r.action()).isEqualTo(RuleAction.ALLOW);
        assertThat(r.protocol()).isEqualTo(Protocol.TCP);
        assertThat(r.profiles()).containsExactly("Domain", "Private");
        assertThat(r.localPorts()).isEmpty();
        assertThat(r.remoteAddresses()).isEmpty();
        assertThat(r.source().line()).isEqualTo(1);
    }

    @Test
    void onlyNameAllOrAnUnknownCommandCollectsTheFirewallRules() throws Exception {
        List<String> rec = firstRecord();
        assertThat(parser.parse(capture(null, rec)).collected()).containsExactly(Area.FIREWALL_RULES);
        assertThat(parser.parse(capture("netsh advfirewall firewall show rule name=all dir=in", rec)).collected())
                .containsExactly(Area.FIREWALL_RULES);
        assertThat(parser.parse(capture("NETSH advfirewall firewall show rule name = \"all\"", rec)).collected())
                .containsExactly(Area.FIREWALL_RULES);
        assertThat(parser.parse(capture("netsh advfirewall firewall show rule name=\"Remote Desktop - Shadow (TCP-In)\"", rec))
                .collected()).isEmpty();
        assertThat(parser.parse(capture("netsh advfirewall firewall show rule name=allowed", rec)).collected()).isEmpty();
    }

    @Test
    void noMatchingRuleIsNoFactAndNoError() throws Exception {
        Parsed p = parser.parse(capture("netsh advfirewall firewall show rule name=\"x\"", List.of("", "No rules match the specified criteria.")));
        assertThat(p.facts()).isEmpty();
        assertThat(parser.recognises(capture(null, List.of("No rules match the specified criteria.")))).isTrue();
        assertThat(parser.recognises(capture(null, List.of("", "Keine Regeln stimmen mit den angegebenen Kriterien überein.")))).isTrue();
        assertThat(parser.recognises(capture(null, List.of("No rules here")))).isFalse();
    }

    @Test
    void aRecordIsRecognisedByItsNameAndALineOfAtLeastTenDashes() throws Exception {
        assertThat(parser.recognises(capture(null, firstRecord()))).isTrue();
        assertThat(NetshFirewallRuleParser.isDashes("  ----------  ")).isTrue();
        assertThat(NetshFirewallRuleParser.isDashes("---------")).isFalse();
        assertThat(NetshFirewallRuleParser.isDashes("-----=-----")).isFalse();
        assertThat(parser.recognises(capture(null, List.of("Grouping: x", "----------")))).isFalse();
        assertThat(parser.recognises(capture(null, List.of("Rule Name: x")))).isFalse();
    }

    @Test
    void recordsWithoutABlankLineBetweenAndOkAtTheEnd() throws Exception {
        List<String> lines = new ArrayList<>(firstRecord());
        lines.addAll(with("Rule Name", "Second rule"));
        lines.add("Ok.");
        Parsed p = parser.parse(capture(null, lines));
        assertThat(p.facts()).extracting(f -> ((FirewallRule) f).displayName()).containsExactly("Remote Desktop - Shadow (TCP-In)", "Second rule");
        assertThat(p.facts()).extracting(f -> ((FirewallRule) f).source().line()).containsExactly(1, 14);
    }

    @Test
    void valuesOfProtocolPortsAddressesProfilesProgramAndService() throws Exception {
        assertThat(only(with("Protocol", "6")).protocol()).isEqualTo(Protocol.TCP);
        assertThat(only(with("Protocol", "UDP")).protocol()).isEqualTo(Protocol.UDP);
        assertThat(only(with("Protocol", "17")).protocol()).isEqualTo(Protocol.UDP);
        assertThat(only(with("Protocol", "Any")).protocol()).isEqualTo(Protocol.ANY);
        assertThat(only(with("Protocol", "ICMPv4")).protocol()).isNull();
        assertThat(only(with("Protocol", null)).protocol()).isNull();
        assertThat(only(with("LocalPort", "3389,3390")).localPorts()).containsExactly("3389", "3390");
        assertThat(only(with("RemoteIP", "10.0.0.0/8, LocalSubnet,,")).remoteAddresses()).containsExactly("10.0.0.0/8", "LocalSubnet");
        assertThat(only(with("Profiles", "Domain,Any")).profiles()).isEmpty();
        assertThat(only(with("Profiles", "Public")).profiles()).containsExactly("Public");
        assertThat(only(with("Profiles", null)).profiles()).isEmpty();
        assertThat(only(with("Grouping", "")).group()).isNull();
        assertThat(only(with("Grouping", null)).group()).isNull();
        List<String> program = new ArrayList<>(firstRecord());
        program.add(String.format("%-38s%s", "Program:", "Any"));
        program.add(String.format("%-38s%s", "Service:", "TermService"));
        FirewallRule r = only(program);
        assertThat(r.program()).isNull();
        assertThat(r.service()).isEqualTo("TermService");
        List<String> program2 = new ArrayList<>(firstRecord());
        program2.add(String.format("%-38s%s", "Program:", "%SystemRoot%\\system32\\svchost.exe"));
        program2.add(String.format("%-38s%s", "Service:", ""));
        FirewallRule r2 = only(program2);
        assertThat(r2.program()).isEqualTo("%SystemRoot%\\system32\\svchost.exe");
        assertThat(r2.service()).isNull();
    }

    @Test
    void aDescriptionMaySpanLinesAndUnknownLabelsAreIgnored() throws Exception {
        List<String> lines = new ArrayList<>(firstRecord());
        lines.add(2, "Description:                          Inbound rule for the Remote Desktop service");
        lines.add(3, "    to allow shadowing of a session.");
        lines.add(4, "Some new label:                       whatever");
        lines.add(5, "   continued text of the unknown label");
        FirewallRule r = only(lines);
        assertThat(r.displayName()).isEqualTo("Remote Desktop - Shadow (TCP-In)");
        assertThat(r.enabled()).isTrue();
        // a label printed twice: the first value counts
        List<String> twice = new ArrayList<>(firstRecord());
        twice.add(String.format("%-38s%s", "Action:", "Block"));
        assertThat(only(twice).action()).isEqualTo(RuleAction.ALLOW);
    }

    @Test
    void aLineWithoutLabelRightAfterTheDashesIsAnError() throws Exception {
        List<String> lines = new ArrayList<>(firstRecord());
        lines.add(2, "   stray text");
        assertThatThrownBy(() -> parser.parse(capture(null, lines))).isInstanceOf(ParseException.class)
                .hasMessage("rules.txt:3: expected \"Label: value\" in the rule record");
    }

    @Test
    void missingOrUnknownValuesAreErrorsThatSayWhatWasRead() throws Exception {
        assertThatThrownBy(() -> parser.parse(capture(null, with("Enabled", null)))).isInstanceOf(ParseException.class)
                .hasMessage("rules.txt:1: expected Enabled (Yes/No), Direction (In/Out) and Action (Allow/Block) in rule "
                        + "\"Remote Desktop - Shadow (TCP-In)\"; read no Enabled, Direction 'In', Action 'Allow'");
        assertThatThrownBy(() -> parser.parse(capture(null, with("Direction", "Sideways")))).isInstanceOf(ParseException.class)
                .hasMessageEndingWith("read Enabled 'Yes', Direction 'Sideways', Action 'Allow'");
        assertThatThrownBy(() -> parser.parse(capture(null, with("Action", null)))).isInstanceOf(ParseException.class)
                .hasMessageEndingWith("read Enabled 'Yes', Direction 'In', no Action");
        assertThatThrownBy(() -> parser.parse(capture(null, with("Direction", null)))).isInstanceOf(ParseException.class)
                .hasMessageEndingWith("no Direction, Action 'Allow'");
        assertThatThrownBy(() -> parser.parse(capture(null, with("Profiles", "Domain, Home")))).isInstanceOf(ParseException.class)
                .hasMessage("rules.txt:1: expected profiles Domain, Private, Public or Any in rule \"Remote Desktop - Shadow (TCP-In)\"; read 'Home'");
        assertThatThrownBy(() -> parser.parse(capture(null, with("Rule Name", "")))).isInstanceOf(ParseException.class)
                .hasMessage("rules.txt:1: expected the rule's name after \"Rule Name:\"");
    }

    @Test
    void otherOutputIsAnErrorAtItsLine() throws Exception {
        List<String> after = new ArrayList<>(firstRecord());
        after.add("");
        after.add("Something else: x");
        assertThatThrownBy(() -> parser.parse(capture(null, after))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("rules.txt:15: expected a rule record");
        assertThatThrownBy(() -> parser.parse(capture(null, List.of("", "Ok.", "Something else: x")))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("rules.txt:3: expected a rule record");
        assertThatThrownBy(() -> parser.parse(capture(null, List.of("Rule Name: x")))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("rules.txt:1: expected a rule record");
        assertThatThrownBy(() -> parser.parse(capture(null, List.of("", "Ok.")))).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("rules.txt:1: expected netsh advfirewall firewall show rule output");
    }

    @Test
    void commaListsAreTrimmedAndAnyIsNoRestriction() {
        assertThat(NetshFirewallRuleParser.commaList("Beliebig")).isEmpty();
        assertThat(NetshFirewallRuleParser.commaList("")).isEmpty();
        assertThat(NetshFirewallRuleParser.commaList(null)).isEmpty();
        assertThat(NetshFirewallRuleParser.commaList(" RPC , 3389")).containsExactly("RPC", "3389");
    }
}
