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
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code netsh advfirewall firewall show rule name=all dir=in [verbose]} and
 * {@code netsh advfirewall firewall show rule name="<rule>" [verbose]}: one record per rule, the
 * rule's (display) name then a line of dashes, then {@code Label: value} lines; "Ok." at the end.
 * English and German labels (German also with OEM-code-page mojibake); values Yes/No, Ja/Nein,
 * In/Out, Eingehend/Ausgehend, Allow/Block, Zulassen/Blockieren, Domäne/Privat/Öffentlich.
 *
 * <pre>
 * Rule Name:                            Remote Desktop - User Mode (TCP-In)
 * ----------------------------------------------------------------------
 * Enabled:                              Yes
 * Direction:                            In
 * Profiles:                             Domain,Private
 * Grouping:                             Remote Desktop
 * LocalIP:                              Any
 * RemoteIP:                             Any
 * Protocol:                             TCP
 * LocalPort:                            3389
 * RemotePort:                           Any
 * Edge traversal:                       No
 * Action:                               Allow
 * </pre>
 *
 * The "Rule Name" is the display name (FirewallRule.displayName); netsh does not show the rule id
 * nor the group's resource id, so {@code group} is the group's text as printed ("Remote Desktop",
 * German "Remotedesktop"). FirewallRule.isRemoteDesktopRule() then recognises English rules by
 * their display name and group; a German rule is not recognised by it (see docs/parsers-windows.md).
 * The firewall-rules area counts as collected only for {@code name=all} (or an unknown command
 * line): one named rule says nothing about the others.
 */
public final class NetshFirewallRuleParser implements CommandParser {

    /** The rule labels by language (those of {@link #LABELS} that name one language's label). */
    private static final LabelTable LANGUAGES = LabelTable.of(
            "en", List.of("Rule Name", "Enabled", "Direction", "Profiles", "Grouping", "LocalIP", "RemoteIP", "Protocol", "Edge traversal", "Action",
                    "No rules match the specified criteria"),
            "de", List.of("Regelname", "Aktiviert", "Richtung", "Gruppierung", "Lokales IP", "Remote-IP", "Protokoll", "Edgeausnahme", "Aktion",
                    "Keine Regeln entsprechen den angegebenen Kriterien"),
            "fr", List.of("Nom de la règle", "Regroupement", "IP locale", "IP distante", "Protocole", "Port distant"),
            "es", List.of("Nombre de regla", "Habilitada", "Dirección", "Perfiles", "Agrupación", "IP remota", "Protocolo", "Puerto remoto"),
            "nl", List.of("Naam van regel", "Regelnaam", "Ingeschakeld", "Richting", "Profielen", "Groepering", "Lokaal IP", "Extern IP"));

    private enum F { NAME, DESCRIPTION, ENABLED, DIRECTION, PROFILES, GROUPING, LOCAL_IP, REMOTE_IP, PROTOCOL,
        LOCAL_PORT, REMOTE_PORT, EDGE, PROGRAM, SERVICE, INTERFACES, SECURITY, SOURCE, ACTION, OTHER }

    private static final Map<String, F> LABELS = new HashMap<>();

    static {
        put(F.NAME, "rule name", "regelname", "nom de la regle", "nombre de regla", "naam van regel", "regelnaam");
        put(F.DESCRIPTION, "description", "beschreibung", "descripcion", "beschrijving");
        put(F.ENABLED, "enabled", "aktiviert", "active", "habilitada", "ingeschakeld");
        put(F.DIRECTION, "direction", "richtung", "direccion", "richting");
        put(F.PROFILES, "profiles", "profile", "profils", "perfiles", "profielen");
        put(F.GROUPING, "grouping", "gruppierung", "regroupement", "agrupacion", "groepering");
        put(F.LOCAL_IP, "localip", "lokale ip", "lokales ip", "lokale ip-adresse", "ip locale", "ip local", "lokaal ip");
        put(F.REMOTE_IP, "remoteip", "remote-ip", "ip distante", "ip remota", "extern ip");
        put(F.PROTOCOL, "protocol", "protokoll", "protocole", "protocolo");
        put(F.LOCAL_PORT, "localport", "lokaler port", "port local", "puerto local", "lokale poort");
        put(F.REMOTE_PORT, "remoteport", "remote-port", "port distant", "puerto remoto", "externe poort");
        put(F.EDGE, "edge traversal", "edgeausnahme", "edgedurchlauf", "traversee de bord", "cruce del perimetro");
        put(F.PROGRAM, "program", "programm", "programme", "programa", "programma");
        put(F.SERVICE, "service", "dienst", "servicio");
        put(F.INTERFACES, "interfacetypes", "schnittstellentypen");
        put(F.SECURITY, "security", "sicherheit");
        put(F.SOURCE, "rule source", "regelquelle");
        put(F.ACTION, "action", "aktion", "accion", "actie");
    }

    private static void put(F f, String... labels) {
        for (String l : labels) {
            LABELS.put(l, f);
        }
    }

    @Override
    public String id() {
        return "netsh-firewall-show-rule";
    }

    @Override
    public List<String> commands() {
        return List.of("netsh advfirewall firewall show rule name=all dir=in", "netsh advfirewall firewall show rule name=all dir=in verbose",
                "netsh advfirewall firewall show rule name=\"<rule>\" [verbose]");
    }

    @Override
    public boolean recognises(Capture capture) {
        List<String> lines = capture.lines();
        for (int i = 0; i < lines.size() && i < 200; i++) {
            if (i + 1 < lines.size() && isDashes(lines.get(i + 1)) && field(lines.get(i)) == F.NAME) {
                return true;
            }
            if (isNoMatch(lines.get(i))) {
                return true; // on any line, the last included
            }
        }
        return false;
    }

    static boolean isDashes(String line) {
        String t = line.trim();
        return t.length() >= 10 && t.chars().allMatch(ch -> ch == '-');
    }

    private static boolean isNoMatch(String line) {
        // cheap test first: recognises() asks this of every line of every capture
        String t = line.stripLeading();
        char first = t.isEmpty() ? ' ' : Character.toLowerCase(t.charAt(0));
        if (first != 'n' && first != 'k') {
            return false;
        }
        String f = Win.fold(line);
        return f.startsWith("no rules match the specified criteria") || f.startsWith("keine regeln stimmen mit den angegebenen kriterien");
    }

    private static boolean isOk(String line) {
        return Win.fold(line).equals("ok.");
    }

    /** The field a "Label: value" line is, or null when it has no colon; OTHER when unknown. */
    private static F field(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith(" ")) {
            return null;
        }
        return LABELS.getOrDefault(Win.fold(line.substring(0, colon)), F.OTHER);
    }

    private static String value(String line) {
        int colon = line.indexOf(':');
        return Win.cut(line.substring(colon + 1)).trim();
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        boolean noMatch = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || isOk(line)) {
                i++;
                continue;
            }
            if (isNoMatch(line)) {
                noMatch = true;
                i++;
                continue;
            }
            if (field(line) != F.NAME || i + 1 >= lines.size() || !isDashes(lines.get(i + 1))) {
                throw Win.fail(c, i, "expected a rule record: \"Rule Name:\" (\"Regelname:\") and a line of dashes, or \"Ok.\"");
            }
            int start = i;
            Map<F, String> rec = new java.util.EnumMap<>(F.class);
            rec.put(F.NAME, value(line));
            F last = null;
            i += 2;
            while (i < lines.size() && !lines.get(i).isBlank() && !isOk(lines.get(i))) {
                String l = lines.get(i);
                if (i + 1 < lines.size() && isDashes(lines.get(i + 1))) {
                    break; // next record without a blank line between
                }
                F f = field(l);
                if (f == null) {
                    if (last == null) {
                        throw Win.fail(c, i, "expected \"Label: value\" in the rule record");
                    }
                    if (last == F.DESCRIPTION) {
                        rec.put(last, rec.get(last) + " " + l.trim());
                    }
                } else if (f != F.OTHER) {
                    rec.putIfAbsent(f, value(l));
                    last = f;
                } else {
                    last = f;
                }
                i++;
            }
            facts.add(rule(c, start, rec));
        }
        if (facts.isEmpty() && !noMatch) {
            throw Win.fail(c, 0, "expected netsh advfirewall firewall show rule output (\"Rule Name:\" records or \"No rules match the specified criteria.\")");
        }
        Set<Area> collected = wholeSet(c.command()) ? EnumSet.of(Area.FIREWALL_RULES) : EnumSet.noneOf(Area.class);
        return new Parsed(facts, collected, LANGUAGES.language(c));
    }

    private static boolean wholeSet(String command) {
        if (command == null) {
            return true;
        }
        return command.toLowerCase(Locale.ROOT).replace("\"", "").matches(".*\\bname\\s*=\\s*all\\b.*");
    }

    private FirewallRule rule(Capture c, int start, Map<F, String> r) throws ParseException {
        String name = r.get(F.NAME);
        if (name == null || name.isEmpty()) {
            throw Win.fail(c, start, "expected the rule's name after \"Rule Name:\"");
        }
        Boolean enabled = Win.yesNo(r.get(F.ENABLED));
        Direction direction = Win.direction(r.get(F.DIRECTION));
        RuleAction action = Win.action(r.get(F.ACTION));
        if (enabled == null || direction == null || action == null) {
            throw Win.fail(c, start, "expected Enabled (Yes/No), Direction (In/Out) and Action (Allow/Block) in rule \"" + name
                    + "\"; read " + (r.get(F.ENABLED) == null ? "no Enabled" : "Enabled '" + r.get(F.ENABLED) + "'") + ", "
                    + (r.get(F.DIRECTION) == null ? "no Direction" : "Direction '" + r.get(F.DIRECTION) + "'") + ", "
                    + (r.get(F.ACTION) == null ? "no Action" : "Action '" + r.get(F.ACTION) + "'"));
        }
        Protocol protocol = null;
        String proto = r.get(F.PROTOCOL);
        if (proto != null) {
            String p = Win.fold(proto);
            protocol = p.equals("tcp") || p.equals("6") ? Protocol.TCP : p.equals("udp") || p.equals("17") ? Protocol.UDP
                    : Win.isAny(proto) ? Protocol.ANY : null; // ICMPv4 and others: no transport protocol to compare
        }
        List<String> profiles = new ArrayList<>();
        if (r.get(F.PROFILES) != null) {
            for (String p : r.get(F.PROFILES).split(",")) {
                String canon = Win.profile(p);
                if (canon == null) {
                    throw Win.fail(c, start, "expected profiles Domain, Private, Public or Any in rule \"" + name + "\"; read '" + p.trim() + "'");
                }
                if (canon.equals("Any")) {
                    profiles.clear();
                    break;
                }
                profiles.add(canon);
            }
        }
        String group = r.get(F.GROUPING);
        return new FirewallRule(null, name, group == null || group.isEmpty() ? null : group, enabled, direction, action, protocol,
                commaList(r.get(F.LOCAL_PORT)), profiles, commaList(r.get(F.REMOTE_IP)), emptyToNull(r.get(F.PROGRAM)),
                emptyToNull(r.get(F.SERVICE)), c.source(start));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() || Win.isAny(s) ? null : s;
    }

    /**
     * A comma list as netsh prints ports ("3389", "3389,3390", "RPC") and remote addresses
     * ("10.0.0.0/8,LocalSubnet"); "Any"/"Beliebig"/... is the empty list (no restriction).
     */
    static List<String> commaList(String v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isEmpty() || Win.isAny(v)) {
            return out;
        }
        for (String p : v.split(",")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }
}
