package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.AclEntry;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code icacls C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys} and {@code icacls
 * C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys\<key file>}: the path and its first access-control
 * entry on one line, further entries on lines indented under the first, then (after a blank line) a
 * localized summary ("Successfully processed 1 files; Failed processing 0 files"). Each entry is
 * {@code PRINCIPAL:(flags)(rights)}; principal names are localized (VORDEFINIERT\Administratoren,
 * INGEBOUWD\Administrators, NT-AUTORITÄT\SYSTEM, Jeder) and mapped to their SIDs where well known.
 * The legacy {@code cacls} layout (rights without parentheses, "PRINCIPAL:F") is read too.
 *
 * <pre>
 * C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys Everyone:(R,W)
 *                                                 BUILTIN\Administrators:(F)
 *
 * Successfully processed 1 files; Failed processing 0 files
 * </pre>
 *
 * "(DENY)" makes deny true and is dropped from the rights; the other flags are kept as printed.
 */
public final class IcaclsParser implements CommandParser {

    /**
     * Localized principal names and the summary, by language (BUILTIN is English, French and Spanish;
     * NT AUTHORITY English and Spanish: they tell none of them).
     */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("BUILTIN", "NT AUTHORITY", "Everyone", "CREATOR OWNER", "Successfully processed"),
            "de", List.of("VORDEFINIERT", "NT-AUTORITÄT", "Jeder", "ERSTELLER-BESITZER", "erfolgreich verarbeitet"),
            "nl", List.of("INGEBOUWD", "MAKER EIGENAAR", "Iedereen"),
            "fr", List.of("BUILTIN", "AUTORITE NT", "Tout le monde"),
            "es", List.of("BUILTIN", "NT AUTHORITY", "Todos"));

    /** An entry: principal, colon, then rights in parentheses or cacls letters. */
    private static final Pattern ACE = Pattern.compile("^(.+?):((?:\\([A-Z0-9,]+\\))+[A-Z]*|[A-Z]{1,2})$");

    @Override
    public String id() {
        return "icacls";
    }

    @Override
    public List<String> commands() {
        return List.of("icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys",
                "icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys\\<key file>");
    }

    @Override
    public boolean recognises(Capture capture) {
        int first = ListForm.skipBlank(capture, 0);
        if (first >= capture.lines().size()) {
            return false;
        }
        String line = Win.cut(capture.lines().get(first));
        return !line.startsWith(" ") && line.matches("^(?:[A-Za-z]:\\\\|\\\\\\\\|[A-Za-z0-9._]).*\\S+:(?:\\([A-Z0-9,]+\\))+[A-Z]*\\s*$");
    }

    private static boolean isSummary(String line) {
        String f = Win.fold(line);
        return f.matches(".*\\d+.*\\d+.*") && (f.contains("processed") || f.contains("verarbeitet") || f.contains("traite")
                || f.contains("procesad") || f.contains("verwerkt"));
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        String path = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = Win.cut(lines.get(i)).stripTrailing();
            if (raw.isBlank()) {
                path = null;
                continue;
            }
            if (isSummary(raw)) {
                continue;
            }
            if (!raw.startsWith(" ")) {
                // "path first-entry": the path is what the continuation lines' indent says, else the
                // split that leaves a well-formed entry (principals may hold spaces, paths too)
                int nextIndent = -1;
                if (i + 1 < lines.size() && lines.get(i + 1).startsWith(" ") && !lines.get(i + 1).isBlank()) {
                    String next = Win.cut(lines.get(i + 1));
                    nextIndent = next.length() - next.stripLeading().length();
                }
                int split = -1;
                if (nextIndent > 1 && nextIndent <= raw.length() && raw.charAt(nextIndent - 1) == ' ') {
                    split = nextIndent - 1;
                } else {
                    split = splitFirst(raw);
                }
                if (split <= 0) {
                    throw Win.fail(c, i, "expected a path followed by an access-control entry such as BUILTIN\\Administrators:(F)");
                }
                path = raw.substring(0, split).trim();
                facts.add(entry(c, i, path, raw.substring(split + 1).trim()));
            } else {
                if (path == null) {
                    throw Win.fail(c, i, "expected a path line before the indented access-control entries");
                }
                facts.add(entry(c, i, path, raw.trim()));
            }
        }
        if (facts.isEmpty()) {
            throw Win.fail(c, 0, "expected icacls output (a path and its entries such as BUILTIN\\Administrators:(F))");
        }
        return new Parsed(facts, EnumSet.of(Area.ACL), LABELS.language(c));
    }

    /** Where the path ends on a one-entry line: prefer a split whose principal is well known. */
    private static int splitFirst(String line) {
        int best = -1;
        for (int k = line.indexOf(' '); k > 0; k = line.indexOf(' ', k + 1)) {
            Matcher m = ACE.matcher(line.substring(k + 1).trim());
            if (!m.matches()) {
                continue;
            }
            if (Win.sidOf(m.group(1)) != null) {
                return k;
            }
            if (best < 0 && !m.group(1).contains(" ")) {
                best = k;
            }
        }
        if (best < 0) {
            best = line.lastIndexOf(' ');
            if (best > 0 && !ACE.matcher(line.substring(best + 1)).matches()) {
                best = -1;
            }
        }
        return best;
    }

    private static AclEntry entry(Capture c, int i, String path, String text) throws ParseException {
        Matcher m = ACE.matcher(text);
        if (!m.matches()) {
            throw Win.fail(c, i, "expected an access-control entry PRINCIPAL:(rights), e.g. BUILTIN\\Administrators:(F); read '" + text + "'");
        }
        String principal = m.group(1).trim();
        String rights = m.group(2);
        boolean deny = rights.contains("(DENY)");
        if (deny) {
            rights = rights.replace("(DENY)", "");
        }
        return new AclEntry(path, principal, Win.sidOf(principal), rights, deny, c.source(i));
    }
}
