package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.ListeningSocket;
import io.rdpdoctor.facts.Protocol;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code netstat -ano} (also {@code -aon}, {@code -an}, {@code -anob}): the sockets in the LISTENING
 * state, and every bound UDP socket, with their owning PID.
 * <pre>
 * Active Connections
 *
 *   Proto  Local Address          Foreign Address        State           PID
 *   TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1184
 *   UDP    0.0.0.0:3389           *:*                                    1184
 * </pre>
 * Rows are split on whitespace, not columns (long addresses and states overflow their columns).
 * The listening state is LISTENING (English, French, Spanish Windows print it in English),
 * ABHÖREN (German, also as the mojibake ABH™REN), LUISTEREN (Dutch), ESCUCHANDO and À L'ÉCOUTE
 * (seen in fixtures); Russian prints the title "Активные подключения", the header "Имя Локальный адрес
 * Внешний адрес Состояние PID" and the states in English; a TCP row whose foreign address is {@code 0.0.0.0:0}, {@code [::]:0} or
 * {@code HOST:0} also counts, whatever the state word. {@code -b} lines ({@code [svchost.exe]},
 * service tags, "Can not obtain ownership information") are skipped.
 */
public final class NetstatParser implements CommandParser {

    private static final Pattern TITLE = Pattern.compile(
            "(?i)^\\s*(Active Connections|Aktive Verbindungen|Connexions actives|Conexiones activas|Actieve verbindingen|Активные подключения)\\s*$");
    private static final Pattern ROW_START = Pattern.compile("(?i)^\\s*(TCP|UDP)\\b");
    private static final Pattern ROW = Pattern.compile("(?i)^\\s*(TCP|UDP)\\s+(\\S+:\\S+|\\[[^\\]]*\\]:\\S+)\\s+\\S+.*$");
    /** The column header: "Proto ..." in the Latin-script languages, "Имя ..." in Russian; any header of -ano ends in PID. */
    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*(Proto\\.?|Имя)\\s+\\S.*$|^\\s*\\S.*\\sPID\\s*$");
    /** Titles, column headers and the state words only one language prints (LISTENING is printed by English, French, Spanish). */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Active Connections", "Local Address", "Foreign Address"),
            "de", List.of("Aktive Verbindungen", "Lokale Adresse", "Remoteadresse", "ABHÖREN", "ABHREN", "HERGESTELLT"),
            "fr", List.of("Connexions actives", "Adresse locale", "Adresse distante", "À L'ÉCOUTE", "ÉTABLIE"),
            "es", List.of("Conexiones activas", "Dirección local", "Dirección remota", "ESCUCHANDO", "ESTABLECIDO"),
            "nl", List.of("Actieve verbindingen", "Lokaal adres", "Extern adres", "LUISTEREN"),
            "ru", List.of("Активные подключения", "Локальный адрес", "Внешний адрес", "Состояние"));
    private static final Set<String> LISTEN = Set.copyOf(List.of("listening", "abhren", "luisteren", "escuchando", "lcoute", "alcoute",
            "enescucha", "listen"));

    @Override
    public String id() {
        return "netstat-ano";
    }

    @Override
    public List<String> commands() {
        return List.of("netstat -ano", "netstat -aon", "netstat -an", "netstat -anob");
    }

    @Override
    public boolean recognises(Capture c) {
        int rows = 0;
        boolean title = false;
        for (int i = 0; i < Math.min(c.lines().size(), 40); i++) {
            String l = c.lines().get(i);
            if (TITLE.matcher(l).matches()) title = true;
            if (ROW.matcher(l).matches()) rows++;
        }
        return title && rows > 0 || rows >= 3;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<Fact> facts = new ArrayList<>();
        boolean sawRow = false;
        boolean cut = false; // the last row is incomplete: the capture was cut off (F16)
        List<String> lines = c.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || TITLE.matcher(line).matches() || HEADER.matcher(line).matches()) continue;
            if (!ROW.matcher(line).matches()) {
                if (sawRow && i == lines.size() - 1 && ROW_START.matcher(line).find()) { // a row cut short
                    cut = true;
                    continue;
                }
                if (sawRow && (line.startsWith(" ") || line.startsWith("\t"))) continue; // -b: service tag, [image], ownership message
                if (sawRow && i == lines.size() - 1) { // truncated last line
                    cut = true;
                    continue;
                }
                throw fail(c, i, "a netstat row (TCP|UDP local foreign [state] [pid]) or its title/header");
            }
            sawRow = true;
            List<String> t = tokens(line);
            boolean tcp = t.get(0).equalsIgnoreCase("TCP");
            String local = t.get(1);
            int colon = local.lastIndexOf(':');
            Integer port = colon < 0 ? null : integer(local.substring(colon + 1));
            if (port == null) {
                if (i == lines.size() - 1) {
                    cut = true;
                    continue;
                }
                throw fail(c, i, "a local address ending in :PORT");
            }
            String address = local.substring(0, colon);
            if (address.startsWith("[") && address.endsWith("]")) address = address.substring(1, address.length() - 1);
            String foreign = t.size() > 2 ? t.get(2) : "";
            Integer pid = null;
            String last = t.get(t.size() - 1);
            if (t.size() >= (tcp ? 5 : 4) && last.matches("\\d+")) {
                pid = integer(last);
            }
            if (tcp) {
                if (t.size() < 4) {
                    if (i == lines.size() - 1) {
                        cut = true;
                        continue;
                    }
                    throw fail(c, i, "a TCP row with a state");
                }
                String state = String.join("", t.subList(3, pid == null ? t.size() : t.size() - 1));
                boolean listening = LISTEN.contains(skeleton(state))
                        || (foreign.endsWith(":0") && !skeleton(state).matches("established|hergestellt|totstandgeb|establecido|tabli|timewait|wartend"));
                if (!listening) continue;
            } else if (!foreign.equals("*:*")) {
                continue;
            }
            facts.add(new ListeningSocket(tcp ? Protocol.TCP : Protocol.UDP, address, port, pid, c.source(i)));
        }
        if (!sawRow && !lines.stream().anyMatch(l -> TITLE.matcher(l).matches())) {
            throw fail(c, 0, "netstat output (\"Active Connections\" and rows)");
        }
        if (!sawRow) {
            // netstat -ano always lists some sockets (RPC on 135 at least): a title without rows was cut
            // off, and must not say "nothing listens" (adversarial review F16)
            throw fail(c, Math.max(0, lines.size() - 1),
                    "socket rows after the title; the output ends there, so it was cut off (collect it again: netstat -ano > FILE)");
        }
        // a cut last row may have been the one that mattered: the sockets read are kept, but the
        // area is not claimed as collected, so no rule concludes from absence (F16)
        return new Parsed(facts, cut ? Set.of() : Set.of(Area.SOCKETS), LABELS.language(c));
    }
}
