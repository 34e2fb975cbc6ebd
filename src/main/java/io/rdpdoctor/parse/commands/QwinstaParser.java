package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.Listener;
import io.rdpdoctor.facts.Session;
import io.rdpdoctor.facts.WinStationState;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code qwinsta} / {@code query session}: the WinStation listeners (rdp-tcp, 65536, Listen) and the
 * sessions.
 * <pre>
 *  SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE
 * >services                                    0  Disc
 *  console           user1                     1  Active
 *  rdp-tcp                                 65536  Listen
 * </pre>
 * Headers in English, German (SITZUNGSNAME BENUTZERNAME ID STATUS), Spanish (NOMBRE DE SESIÓN),
 * French and Dutch; states Active/Aktiv/Activo/Actif, Disc/Getr./Desc, Listen/Abhör./Escuchar,
 * Conn. A row is read by tokens anchored on its numeric ID and state word (columns shift in
 * pastes); what stands before the ID is the session name and/or user, told apart by the user
 * column of the header. A row in the Listen state is a {@link Listener}; the others are sessions.
 * <p>Pasted as it arrives: a paste that starts at the first row (no header) is read when its rows
 * name the sessions every qwinsta lists (services, console, rdp-tcp); it is claimed as the whole list
 * (listeners and sessions collected) only when it starts at the {@code services} row (session 0, the
 * first row qwinsta prints), else its rows are facts but absence proves nothing. With the header's
 * padding collapsed to single spaces (a Markdown renderer), or without a header, a lone name before
 * the ID is a session name when it looks like one (services, console, rdp-tcp, ...#N), else a user.
 */
public final class QwinstaParser implements CommandParser {

    @Override
    public String id() {
        return "qwinsta";
    }

    @Override
    public List<String> commands() {
        return List.of("qwinsta", "query session", "qwinsta /server:<host>", "query session /server:<host>");
    }

    static boolean isHeader(String line, boolean sessionFirst) {
        List<String> t = tokens(line);
        if (t.size() < 3 || !t.contains("ID")) return false;
        String first = skeleton(t.get(0) + (t.size() > 2 ? t.get(1) + t.get(2) : ""));
        boolean session = first.startsWith("sessionname") || first.startsWith("sitzungsname") || first.startsWith("nombredesesi")
                || first.startsWith("nomdesession") || first.startsWith("sessienaam") || first.startsWith("session");
        boolean user = first.startsWith("username") || first.startsWith("benutzername") || first.startsWith("nombredeusuario")
                || first.startsWith("utilisateur") || first.startsWith("gebruikersnaam") || first.startsWith("nomdutilisateur");
        return sessionFirst ? session : user;
    }

    @Override
    public boolean recognises(Capture c) {
        return c.lines().stream().limit(5).anyMatch(l -> isHeader(l, true)) || headerlessRows(c) > 0;
    }

    /** The session names qwinsta always lists, and those of listeners and RDP sessions (rdp-tcp#3, ica-tcp). */
    private static final java.util.regex.Pattern SESSION_NAME = java.util.regex.Pattern.compile(
            "(?i)services|console|[a-z0-9-]*-tcp(#\\d+)?|rdp-[a-z0-9-]+(#\\d+)?");

    static boolean isSessionName(String token) {
        return SESSION_NAME.matcher(token).matches();
    }

    /**
     * A paste without header: its first lines (up to five) are all session rows ([name] [user] ID
     * STATE), and at least two of them start with a session name qwinsta lists (services, console,
     * rdp-tcp...), which query user's rows (a user name first) do not. The number of such rows, or 0.
     */
    private static int headerlessRows(Capture c) {
        int named = 0;
        int seen = 0;
        for (String line : c.lines()) {
            if (line.isBlank()) continue;
            if (++seen > 5) break;
            List<String> t = tokens(line.startsWith(">") ? line.substring(1) : line);
            int idAt = Sessions.idColumn(t, 0);
            if (idAt < 0 || idAt > 2) return 0;
            if (idAt > 0 && isSessionName(t.get(0))) named++;
        }
        return named >= 2 ? named : 0;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        int h = -1;
        for (int i = 0; i < lines.size() && h < 0; i++) if (isHeader(lines.get(i), true)) h = i;
        boolean complete = true;
        int userCol = -1;
        if (h < 0) {
            if (headerlessRows(c) == 0) throw fail(c, 0, "the query session header (SESSIONNAME USERNAME ID STATE ...)");
            int first = nextNonBlank(lines, 0);
            // the list is whole only from its first row on: services, session 0
            complete = tokens(lines.get(first).replaceFirst("^>", "")).get(0).equalsIgnoreCase("services");
        } else {
            userCol = secondLabel(lines.get(h));
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = h + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String body = line.startsWith(">") ? " " + line.substring(1) : line;
            List<String> t = tokens(body);
            int idAt = Sessions.idColumn(t, 0);
            if (idAt < 0) {
                if (i == lines.size() - 1) break;
                throw fail(c, i, "a session row: [name] [user] ID STATE");
            }
            Integer id = integer(t.get(idAt));
            WinStationState state = Sessions.state(t.get(idAt + 1));
            String name = null;
            String user = null;
            if (idAt == 2) {
                name = t.get(0);
                user = t.get(1);
            } else if (idAt == 1) {
                int col = body.indexOf(t.get(0));
                if (userCol > 0 ? col >= userCol - 1 : !isSessionName(t.get(0))) user = t.get(0);
                else name = t.get(0);
            } else if (idAt > 2) {
                name = t.get(0); // a user name with spaces (a placeholder pasted from a write-up)
                user = String.join(" ", t.subList(1, idAt));
            }
            if (state == WinStationState.LISTEN && name != null) {
                facts.add(new Listener(name, state, id, c.source(i)));
            } else {
                facts.add(new Session(id, name, user, state, null, null, c.source(i)));
            }
        }
        return new Parsed(facts, complete ? Set.of(Area.LISTENERS, Area.SESSIONS) : Set.of(), Sessions.LABELS.language(c));
    }

    /** The column where the header's second label starts (the user column), or -1. */
    static int secondLabel(String header) {
        int i = 0;
        while (i < header.length() && header.charAt(i) == ' ') i++;
        int gap = header.indexOf("  ", i);
        if (gap < 0) return -1;
        int j = gap;
        while (j < header.length() && header.charAt(j) == ' ') j++;
        return j;
    }
}
