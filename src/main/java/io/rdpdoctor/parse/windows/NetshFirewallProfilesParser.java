package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FirewallProfile;
import io.rdpdoctor.facts.NetworkCategory;
import io.rdpdoctor.facts.RuleAction;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code netsh advfirewall show allprofiles} and {@code netsh advfirewall show currentprofile}: per
 * profile a title ("Domain Profile Settings:", French "Paramètres Profil de domaine :", German
 * "Domänenprofil-Einstellungen:"), a line of dashes, then "Label  value" lines (no colon). Only
 * State and Firewall Policy are read; netsh translates those two labels (French "État",
 * "Stratégie de pare-feu"; German "Status", "Firewallrichtlinie") and the state value
 * (ON/OFF, EIN/AUS, Actif/Inactif), never the policy value.
 *
 * <pre>
 * Domain Profile Settings:
 * ----------------------------------------------------------------------
 * State                                 ON
 * Firewall Policy                       BlockInbound,AllowOutbound
 * </pre>
 *
 * {@code BlockInboundAlways} (Windows' "block all incoming connections") gives allowInboundRules
 * false. The firewall-profiles area counts as collected when all three profiles are listed
 * (allprofiles); for currentprofile only the listed profiles are facts and the area is not claimed:
 * a profile not listed is unknown, not absent.
 */
public final class NetshFirewallProfilesParser implements CommandParser {

    /** Profile titles and the two translated labels, by language (the other labels stay English everywhere). */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Domain Profile Settings", "Private Profile Settings", "Public Profile Settings", "Firewall Policy", "State"),
            "fr", List.of("Paramètres Profil de domaine", "Paramètres Profil privé", "Paramètres Profil public", "Stratégie de pare-feu", "État"),
            "de", List.of("Firewallrichtlinie", "Status"));

    private static final java.util.regex.Pattern POLICY = java.util.regex.Pattern.compile(
            "(?i)\\b(BlockInboundAlways|BlockInbound|AllowInbound|NotConfigured)\\b");

    @Override
    public String id() {
        return "netsh-advfirewall-show-allprofiles";
    }

    @Override
    public List<String> commands() {
        return List.of("netsh advfirewall show allprofiles", "netsh advfirewall show currentprofile");
    }

    @Override
    public boolean recognises(Capture capture) {
        List<String> lines = capture.lines();
        for (int i = 0; i + 1 < lines.size() && i < 200; i++) {
            if (NetshFirewallRuleParser.isDashes(lines.get(i + 1)) && profileOfTitle(lines.get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The profile a section title names, or null. */
    static NetworkCategory profileOfTitle(String line) {
        String f = Win.fold(line);
        if (!f.endsWith(":") || f.length() > 80) {
            return null;
        }
        boolean profileWord = f.contains("profil") || f.contains("perfil");
        if (!profileWord) {
            return null;
        }
        if (f.contains("domain") || f.contains("domane") || f.contains("dominio") || f.contains("domein")) {
            return NetworkCategory.DOMAIN;
        }
        if (f.contains("private") || f.contains("privat") || f.contains("prive") || f.contains("privado")
                || f.contains("particulier")) {
            return NetworkCategory.PRIVATE;
        }
        if (f.contains("public") || f.contains("offentlich") || f.contains("publico") || f.contains("openbaar")) {
            return NetworkCategory.PUBLIC;
        }
        return null;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        Set<NetworkCategory> seen = EnumSet.noneOf(NetworkCategory.class);
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            NetworkCategory p = profileOfTitle(line);
            if (p == null || i + 1 >= lines.size() || !NetshFirewallRuleParser.isDashes(lines.get(i + 1))) {
                i++;
                continue;
            }
            int title = i;
            Boolean state = null;
            String policy = null;
            int stateLine = -1;
            i += 2;
            for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
                String l = Win.cut(lines.get(i)).trim();
                String[] kv = l.split("\\s{2,}", 2);
                if (kv.length < 2) {
                    kv = l.split(" ", 2);
                    if (kv.length < 2) {
                        continue;
                    }
                }
                String label = Win.fold(kv[0]);
                String value = kv[1].trim();
                if (label.equals("state") || label.equals("etat") || label.equals("status") || label.equals("estado")
                        || label.equals("staat")) {
                    state = Win.yesNo(value);
                    stateLine = i;
                    if (state == null) {
                        throw Win.fail(c, i, "expected the profile state ON or OFF (EIN/AUS, Actif/Inactif); read '" + value + "'");
                    }
                } else if (label.startsWith("firewall") || label.startsWith("strategie de pare-feu")
                        || label.startsWith("directiva de firewall") || label.startsWith("firewallbeleid")
                        || label.startsWith("firewallrichtlinie")) {
                    policy = value;
                }
            }
            if (state == null) {
                throw Win.fail(c, title, "expected a State line (\"State  ON\") in the " + p.label() + " profile section");
            }
            if (seen.add(p)) {
                RuleAction inbound = null;
                Boolean allowRules = null;
                if (policy != null) {
                    java.util.regex.Matcher m = POLICY.matcher(policy);
                    String in = m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : policy;
                    switch (in) {
                        case "blockinbound" -> { inbound = RuleAction.BLOCK; allowRules = true; }
                        case "blockinboundalways" -> { inbound = RuleAction.BLOCK; allowRules = false; }
                        case "allowinbound" -> { inbound = RuleAction.ALLOW; allowRules = true; }
                        case "notconfigured" -> { }
                        default -> throw Win.fail(c, title, "expected a firewall policy such as BlockInbound,AllowOutbound; read '" + policy + "'");
                    }
                }
                facts.add(new FirewallProfile(p, state, inbound, allowRules, c.source(stateLine >= 0 ? stateLine : title)));
            }
        }
        if (facts.isEmpty()) {
            throw Win.fail(c, 0, "expected netsh advfirewall profile sections (\"Domain Profile Settings:\" and a line of dashes)");
        }
        // all three profiles listed (allprofiles): absence is evidence; currentprofile lists only one
        return new Parsed(facts, seen.size() == 3 ? EnumSet.of(Area.FIREWALL_PROFILES) : EnumSet.noneOf(Area.class), LABELS.language(c));
    }
}
