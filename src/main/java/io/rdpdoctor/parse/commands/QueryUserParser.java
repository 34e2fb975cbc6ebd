package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.Session;
import io.rdpdoctor.facts.WinStationState;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code query user} / {@code quser}: user sessions with idle time and logon time.
 * <pre>
 *  USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME
 * >user1                 rdp-tcp#3           2  Active          .  3/14/2025 8:02 AM
 *  user2                                     3  Disc         1:05  3/13/2025 4:10 PM
 * </pre>
 * German (BENUTZERNAME SITZUNGSNAME ID STATUS LEERLAUF ANMELDEZEIT, idle "Kein"), French
 * (UTILISATEUR SESSION ID ÉTAT TEMPS INACT, idle "aucun"), Spanish and Dutch headers. Idle time
 * "none"/"."/"Kein"/"aucun"/"Ninguno" is 0 minutes; "1:05" is 65; "11+04:12" is days+hours:minutes.
 * The logon time is kept as printed (its format is the locale's). With nobody logged on it prints only
 * "No User exists for *" (and exits 1): sessions collected, none. (Its localized forms were not
 * found in public captures; they stay parse errors until a real one is seen.)
 * <p>A paste that starts at the first row (no header) is read when every one of its first lines is
 * a row with an idle time and a logon date after the state ({@code user1 rdp-tcp#3 2 Active . 3/14/2025
 * 8:02 AM}); its rows are facts, but it is not claimed as the whole list (a paste may hold some rows
 * only), so no rule concludes from a session missing from it. Rows are split on whitespace, so padding
 * collapsed to single spaces (a Markdown renderer) reads as well.
 */
public final class QueryUserParser implements CommandParser {

    /** What query user prints, alone, when nobody is logged on ("No User exists for *"): looked, found none. */
    private static final Pattern NO_USER = Pattern.compile("(?i)^\\s*No User exists for\\b.*");
    private static final Pattern IDLE = Pattern.compile("^(?:(\\d{1,6})\\+)?(?:(\\d{1,6}):)?(\\d{1,6})$");

    @Override
    public String id() {
        return "query-user";
    }

    @Override
    public List<String> commands() {
        return List.of("query user", "quser", "query user /server:<host>");
    }

    @Override
    public boolean recognises(Capture c) {
        return c.lines().stream().limit(5).anyMatch(l -> QwinstaParser.isHeader(l, false) || NO_USER.matcher(l).matches())
                || headerless(c);
    }

    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4},?");

    /** Without header: the first lines (up to five) are all rows USER [SESSION] ID STATE IDLE DATE [TIME]. */
    private static boolean headerless(Capture c) {
        int seen = 0;
        for (String line : c.lines()) {
            if (line.isBlank()) continue;
            if (++seen > 5) break;
            List<String> t = tokens(line.startsWith(">") ? " " + line.substring(1) : line);
            int idAt = Sessions.idColumn(t, 1);
            if (idAt < 1 || idAt > 2 || t.size() < idAt + 4 || idle(t.get(idAt + 2)) == null || !DATE.matcher(t.get(idAt + 3)).matches()) {
                return false;
            }
        }
        return seen > 0;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        int h = -1;
        for (int i = 0; i < lines.size() && h < 0; i++) if (QwinstaParser.isHeader(lines.get(i), false)) h = i;
        if (h < 0 && lines.stream().limit(5).anyMatch(l -> NO_USER.matcher(l).matches())) {
            return new Parsed(List.of(), Set.of(Area.SESSIONS), Language.of("en")); // "No User exists for *" is English
        }
        boolean headerless = h < 0 && headerless(c);
        if (h < 0 && !headerless) throw fail(c, 0, "the query user header (USERNAME SESSIONNAME ID STATE IDLE TIME LOGON TIME)");
        List<Fact> facts = new ArrayList<>();
        for (int i = h + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String body = line.startsWith(">") ? " " + line.substring(1) : line;
            List<String> t = tokens(body);
            int idAt = Sessions.idColumn(t, 1);
            if (idAt < 1 || idAt > 2) {
                if (i == lines.size() - 1) break;
                throw fail(c, i, "a query user row: USER [SESSION] ID STATE IDLE LOGON-TIME");
            }
            String user = t.get(0);
            String name = idAt == 2 ? t.get(1) : null;
            Integer id = integer(t.get(idAt));
            WinStationState state = Sessions.state(t.get(idAt + 1));
            Integer idle = null;
            String logon = null;
            if (t.size() > idAt + 2) {
                idle = idle(t.get(idAt + 2));
                if (t.size() > idAt + 3) logon = String.join(" ", t.subList(idAt + 3, t.size()));
            }
            facts.add(new Session(id, name, user, state, idle, logon, c.source(i)));
        }
        return new Parsed(facts, headerless ? Set.of() : Set.of(Area.SESSIONS), Sessions.LABELS.language(c));
    }

    static Integer idle(String s) {
        String k = skeleton(s);
        if (s.equals(".") || k.equals("none") || k.equals("kein") || k.equals("aucun") || k.equals("ninguno") || k.equals("geen")
                || k.equals("nada")) return 0;
        Matcher m = IDLE.matcher(s);
        if (!m.matches()) return null;
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long mins = Long.parseLong(m.group(3));
        long total = days * 1440 + hours * 60 + mins;
        return total > Integer.MAX_VALUE ? null : (int) total;
    }
}
