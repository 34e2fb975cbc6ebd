package io.rdpdoctor.parse.windows;

import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import java.util.Set;

/**
 * {@code Get-NetFirewallRule -Name <rule> | Get-NetFirewallPortFilter} on its own: list view of
 * Protocol, LocalPort, RemotePort, IcmpType, DynamicTarget.
 *
 * <pre>
 * Protocol      : TCP
 * LocalPort     : 3389
 * RemotePort    : Any
 * IcmpType      : Any
 * DynamicTarget : Any
 * </pre>
 *
 * The default view does not name the rule the filter belongs to, and a FirewallRule needs its
 * Enabled, Direction and Action, so on its own this output yields <em>no facts</em>: the parser
 * checks the layout (a wrong file fails with its line) and says that nothing could be taken from
 * it. Collect the rule and its filter together instead (see {@link GetNetFirewallRuleParser}),
 * which reads the filter blocks that follow each rule.
 */
public final class GetNetFirewallPortFilterParser implements CommandParser {

    @Override
    public String id() {
        return "get-netfirewallportfilter";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-NetFirewallRule -Name <rule> | Get-NetFirewallPortFilter");
    }

    @Override
    public boolean givesFacts() {
        return false;
    }

    @Override
    public boolean recognises(Capture capture) {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(capture, ListForm.skipBlank(capture, 0), stop, true);
        return !recs.isEmpty() && recs.get(0).has("LocalPort") && recs.get(0).has("Protocol") && !recs.get(0).has("Direction");
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(c, ListForm.skipBlank(c, 0), stop, true);
        int rest = ListForm.skipBlank(c, stop[0]);
        if (rest < c.lines().size()) {
            throw Win.fail(c, rest, "expected Get-NetFirewallPortFilter's list view (\"LocalPort     : 3389\")");
        }
        if (recs.isEmpty()) {
            throw Win.fail(c, 0, "expected Get-NetFirewallPortFilter's list view (\"Protocol      : TCP\")");
        }
        for (ListForm.Rec r : recs) {
            if (!r.has("Protocol") || !r.has("LocalPort")) {
                throw Win.fail(c, r.firstIndex, "expected a port filter with Protocol and LocalPort");
            }
        }
        return new Parsed(List.of(), Set.of(), Language.NEUTRAL);
    }
}
