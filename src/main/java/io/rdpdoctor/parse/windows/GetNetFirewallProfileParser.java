package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FirewallProfile;
import io.rdpdoctor.facts.NetworkCategory;
import io.rdpdoctor.facts.RuleAction;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Get-NetFirewallProfile} (list view; best with {@code -PolicyStore ActiveStore}, which
 * shows the effective values). Property names and values are English on every Windows.
 *
 * <pre>
 * Name                            : Domain
 * Enabled                         : True
 * DefaultInboundAction            : Block
 * DefaultOutboundAction           : Allow
 * AllowInboundRules               : True
 * </pre>
 *
 * {@code NotConfigured} (the persistent store's "Windows default") leaves defaultInbound and
 * allowInboundRules unknown; Enabled must be True or False. The area counts as collected when all
 * three profiles are listed.
 */
public final class GetNetFirewallProfileParser implements CommandParser {

    @Override
    public String id() {
        return "get-netfirewallprofile";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-NetFirewallProfile -PolicyStore ActiveStore", "Get-NetFirewallProfile");
    }

    @Override
    public boolean recognises(Capture capture) {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(capture, ListForm.skipBlank(capture, 0), stop);
        return !recs.isEmpty() && recs.get(0).has("Name") && recs.get(0).has("DefaultInboundAction");
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<ListForm.Rec> recs = ListForm.readWhole(c, "Get-NetFirewallProfile's", "Name                            : Domain");
        List<Fact> facts = new ArrayList<>();
        Set<NetworkCategory> seen = EnumSet.noneOf(NetworkCategory.class);
        for (ListForm.Rec r : recs) {
            String name = r.get("Name");
            NetworkCategory cat = name == null ? null : switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "domain" -> NetworkCategory.DOMAIN;
                case "private" -> NetworkCategory.PRIVATE;
                case "public" -> NetworkCategory.PUBLIC;
                default -> null;
            };
            if (cat == null) {
                throw Win.fail(c, r.firstIndex, "expected a firewall profile Name Domain, Private or Public; read '" + name + "'");
            }
            Boolean enabled = Win.yesNo(r.get("Enabled"));
            if (enabled == null) {
                throw Win.fail(c, r.index("Enabled"), "expected Enabled True or False; read '" + r.get("Enabled")
                        + "' (NotConfigured: run Get-NetFirewallProfile -PolicyStore ActiveStore)");
            }
            String in = r.get("DefaultInboundAction");
            RuleAction inbound = in == null || in.equalsIgnoreCase("NotConfigured") ? null : Win.action(in);
            if (in != null && !in.equalsIgnoreCase("NotConfigured") && inbound == null) {
                throw Win.fail(c, r.index("DefaultInboundAction"), "expected DefaultInboundAction Block, Allow or NotConfigured; read '" + in + "'");
            }
            String rules = r.get("AllowInboundRules");
            Boolean allowRules = rules == null || rules.equalsIgnoreCase("NotConfigured") ? null : Win.yesNo(rules);
            seen.add(cat);
            facts.add(new FirewallProfile(cat, enabled, inbound, allowRules, c.source(r.firstIndex)));
        }
        return new Parsed(facts, seen.size() == 3 ? EnumSet.of(Area.FIREWALL_PROFILES) : EnumSet.noneOf(Area.class), Language.NEUTRAL);
    }
}
