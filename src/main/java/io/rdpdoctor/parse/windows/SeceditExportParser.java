package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.UserRight;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file written by {@code secedit /export /cfg rights.inf /areas USER_RIGHTS} (UTF-16LE INF,
 * the same in every language): its {@code [Privilege Rights]} section, one right per line with the
 * holders as {@code *SID} or, for accounts secedit could not turn into a SID, as names. Names of
 * well-known principals (Administratoren, Jeder ...) are turned into their SIDs; other names are
 * kept. Other sections ([Unicode], [Version] ...) are skipped.
 *
 * <pre>
 * [Privilege Rights]
 * SeNetworkLogonRight = *S-1-1-0,*S-1-5-32-544,*S-1-5-32-545,*S-1-5-32-551
 * SeRemoteInteractiveLogonRight = *S-1-5-32-544,*S-1-5-32-555
 * </pre>
 *
 * A right that no one holds is not exported at all, so the user-rights area counts as collected:
 * a missing SeDenyRemoteInteractiveLogonRight means nobody is denied.
 */
public final class SeceditExportParser implements CommandParser {

    private static final Pattern RIGHT = Pattern.compile("^\\s*(Se[A-Za-z]+)\\s*=\\s*(.*)$");

    @Override
    public String id() {
        return "secedit-export";
    }

    @Override
    public List<String> commands() {
        return List.of("secedit /export /cfg rights.inf /areas USER_RIGHTS  (the file rights.inf)");
    }

    @Override
    public boolean recognises(Capture capture) {
        for (int i = 0; i < capture.lines().size() && i < 100; i++) {
            String line = capture.lines().get(i);
            if (line.indexOf('[') >= 0 && Win.fold(line).equals("[privilege rights]")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        boolean inSection = false;
        boolean seen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = Win.cut(lines.get(i)).trim();
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                inSection = line.equalsIgnoreCase("[Privilege Rights]");
                seen |= inSection;
                continue;
            }
            if (!inSection) {
                continue;
            }
            Matcher m = RIGHT.matcher(line);
            if (!m.matches()) {
                throw Win.fail(c, i, "expected \"SeSomeRight = *S-1-...,*S-1-...\" in [Privilege Rights]");
            }
            List<String> principals = new ArrayList<>();
            for (String p : m.group(2).split(",")) {
                String t = p.trim();
                if (t.isEmpty()) {
                    continue;
                }
                String sid = Win.sidOf(t);
                principals.add(sid != null ? "*" + sid : t);
            }
            facts.add(new UserRight(m.group(1), principals, c.source(i)));
        }
        if (!seen) {
            throw Win.fail(c, 0, "expected a [Privilege Rights] section (the file written by secedit /export /areas USER_RIGHTS)");
        }
        return new Parsed(facts, EnumSet.of(Area.USER_RIGHTS), Language.NEUTRAL);
    }
}
