package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.NetworkCategory;
import io.rdpdoctor.facts.NetworkProfile;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * {@code Get-NetConnectionProfile}: one list record per connected interface. Property names and
 * the NetworkCategory values (Public, Private, DomainAuthenticated) are English on every Windows;
 * Name (the network's name) may be localized ("Netzwerk 2", "Réseau").
 *
 * <pre>
 * Name             : contoso.local
 * InterfaceAlias   : Ethernet
 * InterfaceIndex   : 4
 * NetworkCategory  : DomainAuthenticated
 * IPv4Connectivity : Internet
 * IPv6Connectivity : NoTraffic
 * </pre>
 */
public final class GetNetConnectionProfileParser implements CommandParser {

    @Override
    public String id() {
        return "get-netconnectionprofile";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-NetConnectionProfile");
    }

    @Override
    public boolean recognises(Capture capture) {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(capture, ListForm.skipBlank(capture, 0), stop);
        return !recs.isEmpty() && recs.get(0).has("NetworkCategory") && recs.get(0).has("InterfaceAlias");
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<ListForm.Rec> recs = ListForm.readWhole(c, "Get-NetConnectionProfile's", "NetworkCategory  : Private");
        List<Fact> facts = new ArrayList<>();
        for (ListForm.Rec r : recs) {
            String v = r.get("NetworkCategory");
            NetworkCategory cat = v == null ? null : switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "domainauthenticated", "domain" -> NetworkCategory.DOMAIN;
                case "private" -> NetworkCategory.PRIVATE;
                case "public" -> NetworkCategory.PUBLIC;
                default -> null;
            };
            if (cat == null) {
                throw Win.fail(c, r.index("NetworkCategory"), "expected NetworkCategory Public, Private or DomainAuthenticated; read '" + v + "'");
            }
            facts.add(new NetworkProfile(r.get("InterfaceAlias"), cat, c.source(r.index("NetworkCategory"))));
        }
        return new Parsed(facts, EnumSet.of(Area.NETWORK_PROFILES), Language.NEUTRAL);
    }
}
