package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.GpoSetting;
import io.rdpdoctor.facts.PolicyState;
import io.rdpdoctor.facts.UserRight;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * {@code gpresult /scope computer /h gpresult.html} (UTF-16LE with BOM; decoded by the core), read
 * with jsoup. The settings are tables whose first row is a header (Policy | Setting | [Comment |]
 * Winning GPO, localized: Richtlinie | Einstellung | Kommentar | Gewinnendes GPO ...) and whose other
 * rows hold one policy each; a policy's options follow in a header-less table ("Security Layer |
 * SSL"). Read: the five Remote Desktop policies the rules know (names in English, German, Dutch,
 * French or Spanish, given under their English names; states Enabled/Aktiviert/Ingeschakeld/
 * Habilitada/Activé, Disabled/Deaktiviert/Uitgeschakeld/Deshabilitada/Désactivé) with the first
 * option's value and the winning GPO; and the Remote Desktop and network logon rights (UserRight,
 * principals mapped to SIDs where well known).
 *
 * <pre>
 * &lt;table class="info3"&gt;&lt;tr&gt;&lt;th&gt;Policy&lt;/th&gt;&lt;th&gt;Setting&lt;/th&gt;&lt;th&gt;Comment&lt;/th&gt;&lt;th&gt;Winning GPO&lt;/th&gt;&lt;/tr&gt;
 * &lt;tr&gt;&lt;td&gt;Allow users to connect remotely by using Remote Desktop Services&lt;/td&gt;&lt;td&gt;Disabled&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;RDP Lockdown&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;
 * </pre>
 *
 * The group-policy area counts as collected when the report has computer results (its computer
 * section title, in any of those languages) and at least one of those settings was read: a report
 * from which none could be read is reported as read in vain, not as "no policy set"; the user-rights
 * area is not claimed (only rights set by policy are shown).
 */
public final class GpresultHtmlParser implements CommandParser {

    /** The computer section's title by language (the page's head, styles and scripts come first: every line is looked at). */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Computer Details", "Computer Configuration"),
            "de", List.of("Computerdetails", "Computerkonfiguration"),
            "nl", List.of("Computergegevens", "Computerconfiguratie"),
            "fr", List.of("Détails de l'ordinateur", "Configuration ordinateur"),
            "es", List.of("Detalles del equipo", "Configuración del equipo", "Configuración de equipo"));

    private static final List<String> COMPUTER_TITLES = List.of("computer details", "computerdetails", "computergegevens",
            "details de l'ordinateur", "detalles del equipo", "computer configuration", "computerkonfiguration",
            "computerconfiguratie", "configuration ordinateur", "configuracion del equipo", "configuracion de equipo");

    @Override
    public String id() {
        return "gpresult-h";
    }

    @Override
    public List<String> commands() {
        return List.of("gpresult /scope computer /h gpresult.html  (the file gpresult.html)");
    }

    @Override
    public boolean recognises(Capture capture) {
        boolean html = false;
        for (int i = 0; i < capture.lines().size() && i < 400; i++) {
            String l = capture.lines().get(i).toLowerCase(Locale.ROOT);
            html |= l.contains("<html");
            if (html && (l.contains("class=\"he0") || l.contains("sectiontitle") || l.contains("gpmc"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        String text = String.join("\n", c.lines());
        if (!text.toLowerCase(Locale.ROOT).contains("<html") && !text.toLowerCase(Locale.ROOT).contains("<table")) {
            throw Win.fail(c, 0, "expected the HTML report written by gpresult /h");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<html") && !lower.contains("</html>")) {
            // gpresult /h always closes its report; a missing end means the file was cut off, and
            // the policies after the cut would silently be missing from the facts.
            throw Win.fail(c, Math.max(0, c.lines().size() - 1),
                    "expected the report to end with </html>; it ends early, so the file was cut off (collect it again with gpresult /h FILE /f)");
        }
        Document doc;
        try {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            doc = parser.parseInput(text, "");
        } catch (RuntimeException e) {
            throw Win.fail(c, 0, "expected the HTML report written by gpresult /h: " + e.getMessage());
        }
        List<Fact> facts = new ArrayList<>();
        int policyRows = 0;
        for (Element table : doc.select("table")) {
            Elements rows = table.select("> tbody > tr, > tr");
            if (rows.isEmpty() || rows.get(0).select("> th").size() < 3) {
                continue;
            }
            int columns = rows.get(0).select("> th").size();
            for (int r = 1; r < rows.size(); r++) {
                Elements cells = rows.get(r).select("> td");
                if (cells.size() != columns) {
                    continue;
                }
                String name = cells.get(0).text().trim();
                String setting = cells.get(1).text().trim();
                if (!name.isEmpty() && !setting.isEmpty()) policyRows++;
                String gpo = cells.get(columns - 1).text().trim();
                int line = line(c, rows.get(r));
                String english = PolicyNames.policy(name);
                if (english != null) {
                    PolicyState state = Win.policyState(setting);
                    if (state == null) {
                        throw Win.fail(c, line, "expected the setting of policy \"" + name + "\" as Enabled or Disabled (in any language known); read '" + setting + "'");
                    }
                    facts.add(new GpoSetting(english, state, option(table, rows, r), gpo.isEmpty() ? null : gpo, null, c.source(line)));
                    continue;
                }
                String right = PolicyNames.right(name);
                if (right != null && columns == 3) {
                    List<String> principals = new ArrayList<>();
                    for (String p : setting.split(",")) {
                        String t = p.trim();
                        if (!t.isEmpty()) {
                            String sid = Win.sidOf(t);
                            principals.add(sid != null ? "*" + sid : t);
                        }
                    }
                    facts.add(new UserRight(right, principals, c.source(line)));
                }
            }
        }
        String folded = Win.fold(doc.text());
        boolean computer = COMPUTER_TITLES.stream().anyMatch(folded::contains);
        if (facts.isEmpty() && doc.select("table").isEmpty()) {
            throw Win.fail(c, 0, "expected the HTML report written by gpresult /h (tables of policies and their winning GPOs)");
        }
        // A report of which not one policy row could be read is not taken as "no policy is set": byte
        // flips in its tables look the same (adversarial review F27). An intact report with no Remote
        // Desktop policy still has rows of other policies, and says "none of them is set" truthfully.
        return new Parsed(facts, computer && policyRows > 0 ? EnumSet.of(Area.GROUP_POLICY) : EnumSet.noneOf(Area.class),
                LABELS.languageAnywhere(c.lines()));
    }

    /** The first option value of the policy in row r: a header-less table in a following row or right after the table. */
    private static String option(Element table, Elements rows, int r) {
        Element options = null;
        if (r + 1 < rows.size()) {
            Elements nested = rows.get(r + 1).select("table");
            if (!nested.isEmpty() && rows.get(r + 1).select("> td").size() == 1) {
                options = nested.first();
            }
        }
        if (options == null) {
            Element next = table.nextElementSibling();
            if (next != null && next.tagName().equals("table") && next.select("th").isEmpty() && r == rows.size() - 1) {
                options = next;
            }
        }
        if (options == null) {
            return null;
        }
        for (Element row : options.select("tr")) {
            Elements cells = row.select("> td");
            if (cells.size() >= 2 && !cells.get(1).text().isBlank()) {
                return cells.get(1).text().trim();
            }
        }
        return null;
    }

    private static int line(Capture c, Element e) {
        int l = e.sourceRange() == null ? 1 : e.sourceRange().start().lineNumber();
        return Math.max(0, Math.min(c.lines().size() - 1, l - 1));
    }
}
