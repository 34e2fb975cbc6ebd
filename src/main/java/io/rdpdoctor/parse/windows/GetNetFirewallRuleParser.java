package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Direction;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FirewallRule;
import io.rdpdoctor.facts.Protocol;
import io.rdpdoctor.facts.RuleAction;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * {@code Get-NetFirewallRule} in its default list view (or {@code | Format-List}), optionally each
 * rule followed by its filters, as the collector writes them:
 * {@code Get-NetFirewallRule -Direction Inbound | ForEach-Object { $_; $_ | Get-NetFirewallPortFilter; $_ | Get-NetFirewallAddressFilter }}.
 * Property names are English on every Windows; DisplayName, DisplayGroup, Description and Status
 * are localized, Group is the resource id ("@FirewallAPI.dll,-28752") on every language.
 *
 * <pre>
 * Name                  : RemoteDesktop-UserMode-In-TCP
 * DisplayName           : Remote Desktop - User Mode (TCP-In)
 * DisplayGroup          : Remote Desktop
 * Group                 : @FirewallAPI.dll,-28752
 * Enabled               : True
 * Profile               : Any
 * Direction             : Inbound
 * Action                : Allow
 * ...
 * Protocol      : TCP
 * LocalPort     : 3389
 * </pre>
 *
 * A port-filter block (Protocol, LocalPort, RemotePort, IcmpType, DynamicTarget) or address-filter
 * block (LocalAddress, RemoteAddress) right after a rule belongs to that rule; without them the
 * rule's protocol and ports are unknown (null protocol, any port). The firewall-rules area counts as
 * collected unless the command selects rules by name, group or a Where-Object filter.
 */
public final class GetNetFirewallRuleParser implements CommandParser {

    @Override
    public String id() {
        return "get-netfirewallrule";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-NetFirewallRule [-Direction Inbound] [| Format-List]",
                "Get-NetFirewallRule -Direction Inbound | ForEach-Object { $_; $_ | Get-NetFirewallPortFilter; $_ | Get-NetFirewallAddressFilter }");
    }

    @Override
    public boolean recognises(Capture capture) {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(capture, ListForm.skipBlank(capture, 0), stop, true);
        return !recs.isEmpty() && recs.get(0).has("Name") && recs.get(0).has("Direction")
                && (recs.get(0).has("EdgeTraversalPolicy") || recs.get(0).has("DisplayGroup") || recs.get(0).has("PolicyStoreSource"));
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(c, ListForm.skipBlank(c, 0), stop, true);
        if (ListForm.skipBlank(c, stop[0]) < c.lines().size()) {
            int at = ListForm.skipBlank(c, stop[0]);
            throw Win.fail(c, at, "expected Get-NetFirewallRule's list view (\"Name : value\" lines); a table view cannot be read, use | Format-List");
        }
        if (recs.isEmpty()) {
            throw Win.fail(c, 0, "expected Get-NetFirewallRule's list view (\"Name                  : RemoteDesktop-UserMode-In-TCP\")");
        }
        List<Fact> facts = new ArrayList<>();
        for (ListForm.Rec r : recs) {
            facts.add(rule(c, r));
        }
        return new Parsed(facts, wholeSet(c.command()) ? EnumSet.of(Area.FIREWALL_RULES) : EnumSet.noneOf(Area.class), Language.NEUTRAL);
    }

    static boolean wholeSet(String command) {
        if (command == null) {
            return true;
        }
        String cmd = command.toLowerCase(Locale.ROOT);
        return !cmd.matches(".*(-name\\b|-displayname|-displaygroup|-group\\b|-id\\b|-description|-action|-direction\\s+out|-enabled\\s+false|where-object|\\|\\s*where\\b|\\|\\s*\\?).*");
    }

    static FirewallRule rule(Capture c, ListForm.Rec r) throws ParseException {
        String name = r.get("Name");
        if (name == null || !r.has("Enabled") || !r.has("Direction") || !r.has("Action")) {
            throw Win.fail(c, r.firstIndex, "expected a firewall rule with Name, Enabled, Direction and Action (Get-NetFirewallRule list view)");
        }
        Boolean enabled = Win.yesNo(r.get("Enabled"));
        if (enabled == null) {
            throw Win.fail(c, r.index("Enabled"), "expected Enabled True or False; read '" + r.get("Enabled") + "'");
        }
        Direction direction = Win.direction(r.get("Direction"));
        if (direction == null) {
            throw Win.fail(c, r.index("Direction"), "expected Direction Inbound or Outbound; read '" + r.get("Direction") + "'");
        }
        RuleAction action = Win.action(r.get("Action"));
        if (action == null) {
            throw Win.fail(c, r.index("Action"), "expected Action Allow, Block or Bypass; read '" + r.get("Action") + "'");
        }
        List<String> profiles = new ArrayList<>();
        for (String p : ListForm.items(r.get("Profile"))) {
            String canon = Win.profile(p);
            if (canon == null) {
                throw Win.fail(c, r.index("Profile"), "expected Profile Any, Domain, Private or Public; read '" + p + "'");
            }
            if (canon.equals("Any")) {
                profiles.clear();
                break;
            }
            profiles.add(canon);
        }
        Protocol protocol = null;
        String proto = r.get("Protocol");
        if (proto != null) {
            protocol = switch (proto.toLowerCase(Locale.ROOT)) {
                case "tcp", "6" -> Protocol.TCP;
                case "udp", "17" -> Protocol.UDP;
                case "any" -> Protocol.ANY;
                default -> null;
            };
        }
        String group = r.get("Group");
        if (group == null) {
            group = r.get("DisplayGroup");
        }
        String program = r.get("Program");
        String service = r.get("Service");
        return new FirewallRule(name, r.get("DisplayName"), group, enabled, direction, action, protocol,
                anyless(ListForm.items(r.get("LocalPort"))), profiles, anyless(ListForm.items(r.get("RemoteAddress"))),
                program == null || program.equalsIgnoreCase("Any") ? null : program,
                service == null || service.equalsIgnoreCase("Any") ? null : service, c.source(r.firstIndex));
    }

    private static List<String> anyless(List<String> items) {
        return items.stream().anyMatch(s -> s.equalsIgnoreCase("Any")) ? List.of() : items;
    }
}
