package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.NetworkInterface;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ipconfig /all}: each adapter as a {@link NetworkInterface} (alias, up, tunnel, addresses),
 * and the host name with its addresses (IPv4 and global IPv6 of connected adapters) as
 * {@link HostInfo}.
 * <pre>
 * Windows IP Configuration
 *
 *    Host Name . . . . . . . . . . . . : SRV01
 * Ethernet adapter Ethernet0:
 *    Media State . . . . . . . . . . . : Media disconnected
 *    IPv4 Address. . . . . . . . . . . : 10.0.0.5(Preferred)
 * </pre>
 * Adapter titles in English ("Ethernet adapter X:"), German ("Ethernet-Adapter X:",
 * "Drahtlos-LAN-Adapter X:"), Dutch ("Ethernet-adapter X:"), French ("Carte Ethernet X :",
 * "Carte réseau sans fil X :") and Spanish ("Adaptador de Ethernet X:"); address labels are those
 * containing IPv4/IPv6 (IPv4-Adresse, Adresse IPv4, Dirección IPv4) or "IP Address"; the
 * "(Preferred)"/"(Bevorzugt)"/"(préféré)" suffix and "%zone" are dropped. "Media disconnected"
 * (Medienstatus: Medium getrennt; Statut du média: Média déconnecté; Estado de los medios: medios
 * desconectados) means down; an adapter with an IPv4
 * address is up; otherwise up is unknown. Tunnel and PPP adapters are tunnels.
 */
public final class IpconfigAllParser implements CommandParser {

    private static final Pattern TITLE = Pattern.compile("(?i)^\\s*(Windows IP Configuration|Windows-IP-Konfiguration|Configuration IP de Windows"
            + "|Configuraci.n IP de Windows|Windows IP-configuratie)\\s*$");
    /** The title and field labels only one language prints. */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Windows IP Configuration", "Host Name", "Primary Dns Suffix", "Node Type", "Physical Address", "Description"),
            "de", List.of("Windows-IP-Konfiguration", "Primäres DNS-Suffix", "Knotentyp", "Physische Adresse", "Beschreibung", "Medienstatus"),
            "fr", List.of("Configuration IP de Windows", "Nom de l'hôte", "Suffixe DNS principal", "Type de noeud", "Adresse physique"),
            "es", List.of("Configuración IP de Windows", "Nombre de host", "Sufijo DNS principal", "Tipo de nodo", "Dirección física",
                    "Descripción"),
            "nl", List.of("Windows IP-configuratie", "Primair DNS-achtervoegsel", "Knooppunttype", "Fysiek adres", "Beschrijving"));
    private static final Pattern ADAPTER = Pattern.compile("^(\\S.*?)\\s*:\\s*$");
    private static final Pattern FIELD = Pattern.compile("^\\s+([^.:]*?)[ .]*:\\s?(.*?)\\s*$");
    private static final Pattern[] ALIAS = {
            Pattern.compile("(?i)^.*?adapter\\s+(.+)$"), Pattern.compile("(?i)^.*?-Adapter\\s+(.+)$"),
            Pattern.compile("(?i)^Carte\\s+(?:Ethernet|r.seau sans fil|Tunnel|PPP|inconnue)\\s+(.+)$"),
            Pattern.compile("(?i)^Adaptador\\s+(?:de\\s+)?(?:Ethernet|LAN inal.mbrica|t.nel|PPP|desconocido)\\s+(.+)$")};

    @Override
    public String id() {
        return "ipconfig-all";
    }

    @Override
    public List<String> commands() {
        return List.of("ipconfig /all");
    }

    @Override
    public boolean recognises(Capture c) {
        return c.lines().stream().limit(5).anyMatch(l -> TITLE.matcher(l).matches());
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        String host = null;
        int hostAt = -1;
        List<Fact> facts = new ArrayList<>();
        Set<String> hostAddresses = new LinkedHashSet<>();
        String alias = null;
        int aliasAt = -1;
        Boolean up = null;
        Boolean tunnel = null;
        List<String> addresses = new ArrayList<>();
        boolean lastWasAddress = false;
        boolean sawTitle = false;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).replace('\u00A0', ' ') : null;
            int lineAt = i;
            if (line != null && line.isBlank()) continue;
            if (line != null && TITLE.matcher(line).matches()) {
                sawTitle = true;
                continue;
            }
            if (line != null && !Character.isWhitespace(line.charAt(0)) && !ADAPTER.matcher(line).matches()) {
                int next = nextNonBlank(lines, i + 1);
                if (next == i + 1 && lines.get(next).strip().equals(":")) {
                    line = line + ":"; // an adapter title broken before its colon
                    i = next;
                }
            }
            Matcher a = line == null ? null : ADAPTER.matcher(line);
            if (line == null || (!Character.isWhitespace(line.charAt(0)) && a.matches())) {
                if (alias != null) {
                    if (up == null && addresses.stream().anyMatch(x -> x.contains("."))) up = true;
                    facts.add(new NetworkInterface(null, alias, null, up, tunnel, addresses, null, null, null, c.source(aliasAt)));
                    if (Boolean.TRUE.equals(up)) {
                        for (String x : addresses) if (!x.startsWith("169.254.") && !x.toLowerCase(java.util.Locale.ROOT).startsWith("fe80:") && !x.startsWith("127.")) hostAddresses.add(x);
                    }
                }
                if (line == null) break;
                String title = a.group(1).strip();
                alias = title;
                for (Pattern p : ALIAS) {
                    Matcher m = p.matcher(title);
                    if (m.matches()) {
                        alias = m.group(1).strip();
                        break;
                    }
                }
                String f = fold(title);
                tunnel = f.contains("tunnel") || f.contains("tunel") || f.startsWith("ppp") || f.contains(" ppp") ? Boolean.TRUE : null;
                up = null;
                addresses = new ArrayList<>();
                aliasAt = lineAt;
                lastWasAddress = false;
                continue;
            }
            Matcher f = FIELD.matcher(line);
            if (f.matches() && !f.group(1).isBlank()) {
                String k = skeleton(f.group(1));
                String v = f.group(2);
                lastWasAddress = false;
                if (alias == null) {
                    if (k.equals("hostname") || k.equals("nomdelhte") || k.equals("nomdelhote") || k.equals("nombredehost") || k.equals("nombredelhost")
                            || k.equals("hostnaam")) {
                        host = v;
                        hostAt = i;
                    }
                    continue;
                }
                if (k.contains("ipv4") || k.contains("ipv6") || k.equals("ipaddress") || k.equals("ipadresse") || k.equals("adresseip")
                        || k.equals("direccinip") || k.equals("ipadres")) {
                    if (k.contains("dhcp")) continue;
                    String addr = address(v);
                    if (addr != null) addresses.add(addr);
                    lastWasAddress = true;
                } else if (k.startsWith("medi") || k.startsWith("mdia") || k.startsWith("etatdumedia") || k.startsWith("tatdumdia")
                        || k.startsWith("statutdum") || k.equals("estadodelosmedios")) {
                    String vv = fold(v);
                    if (vv.contains("disconnected") || vv.contains("getrennt") || vv.contains("deconnecte") || vv.contains("desconectado")
                            || vv.contains("niet verbonden")) up = false;
                } else if (k.equals("description") || k.equals("beschreibung") || k.equals("descripcin") || k.equals("beschrijving")) {
                    String d = fold(v);
                    if (d.contains("vpn") || d.contains("tap-windows") || d.contains("wireguard") || d.contains("wintun")) tunnel = true;
                }
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                // a continuation value (further DNS servers, addresses)
                if (lastWasAddress && alias != null) {
                    String addr = address(line.strip());
                    if (addr != null) addresses.add(addr);
                }
                continue;
            }
            if (i == lines.size() - 1) continue; // a cut last line (a prompt): the adapter before it still counts
            throw fail(c, i, "an adapter title ('... adapter NAME:') or an indented 'Label . . . : value' line");
        }
        if (!sawTitle && facts.isEmpty()) throw fail(c, 0, "ipconfig /all output (Windows IP Configuration)");
        Set<Area> areas = EnumSet.of(Area.INTERFACES);
        if (host != null && !host.isEmpty()) {
            facts.add(0, new HostInfo(host, null, null, null, null, null, null, null, null, new ArrayList<>(hostAddresses), null, null, null, null, null,
                    c.source(hostAt)));
            areas.add(Area.HOST);
        }
        return new Parsed(facts, areas, LABELS.language(c));
    }

    private static String address(String v) {
        String a = v.replaceFirst("\\(.*\\)\\s*$", "").strip();
        int pct = a.indexOf('%');
        if (pct > 0) a = a.substring(0, pct);
        return a.matches("[0-9.]{7,15}|[0-9a-fA-F:]{2,39}") && (a.contains(".") || a.contains(":")) ? a : null;
    }
}
