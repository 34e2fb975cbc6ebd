package io.rdpdoctor.parse.windows;

import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import java.util.Set;

/**
 * {@code gpresult /r} (and {@code /r /scope computer}): the summary report, localized throughout
 * (English "RSOP data for", "COMPUTER SETTINGS", "Applied Group Policy Objects"; French
 * "Données RSOP pour", "Objets Stratégie de groupe appliqués"; German "RSOP-Daten für").
 *
 * <pre>
 * RSOP data for CONTOSO&#92;user1 on WS01 : Logging Mode
 * ---------------------------------------------------
 * ...
 * COMPUTER SETTINGS
 * ------------------
 *     Applied Group Policy Objects
 *     -----------------------------
 *         Default Domain Policy
 * </pre>
 *
 * It names the GPOs that apply but not one setting, and the fact model has no fact for "GPO X
 * applies": the parser checks that the capture is a gpresult summary (so that it is recognised
 * and reported, not taken for unknown text) and yields <em>no facts</em>; the group-policy area is
 * not claimed. Collect {@code gpresult /x} or {@code /h} for the settings.
 */
public final class GpresultRParser implements CommandParser {

    /** Banner and section titles only one language prints. */
    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("RSOP data for", "COMPUTER SETTINGS", "USER SETTINGS", "Applied Group Policy Objects", "Group Policy Result tool"),
            "fr", List.of("Données RSOP pour", "Paramètres utilisateurs", "Paramètre de l'ordinateur", "Paramètres de l'ordinateur",
                    "Objets Stratégie de groupe appliqués"),
            "de", List.of("RSOP-Daten für", "Computereinstellungen", "Benutzereinstellungen"));

    @Override
    public String id() {
        return "gpresult-r";
    }

    @Override
    public List<String> commands() {
        return List.of("gpresult /r", "gpresult /r /scope computer");
    }

    private static final List<String> SECTION_TITLES = List.of("computer settings", "user settings",
            "parametres utilisateurs", "parametre de l'ordinateur", "parametres de l'ordinateur",
            "computereinstellungen", "benutzereinstellungen");

    /**
     * Line i starts gpresult /r output: "RSOP data for ..." in any language, or a section title
     * ("COMPUTER SETTINGS", "PARAMÈTRES UTILISATEURS" ...) underlined with dashes (a fragment).
     * Folds a line only when it can be one of them: the sniffer asks this of every capture.
     */
    private static boolean starts(List<String> lines, int i) {
        String line = lines.get(i);
        boolean underlined = i + 1 < lines.size() && isDashes(lines.get(i + 1).trim());
        if (!underlined && !line.toLowerCase(java.util.Locale.ROOT).contains("rsop")) {
            return false;
        }
        String f = Win.fold(line);
        return f.startsWith("rsop data for") || f.startsWith("donnees rsop pour") || f.startsWith("rsop-daten fur")
                || f.startsWith("datos de rsop para") || f.startsWith("rsop-gegevens voor") || f.startsWith("rsop-gegevens van")
                || underlined && SECTION_TITLES.contains(f);
    }

    private static boolean isDashes(String s) {
        if (s.length() < 5) return false;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != '-') return false;
        }
        return true;
    }

    @Override
    public boolean givesFacts() {
        return false;
    }

    @Override
    public boolean recognises(Capture capture) {
        for (int i = 0; i < capture.lines().size() && i < 30; i++) {
            if (starts(capture.lines(), i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        for (int i = 0; i < c.lines().size() && i < 30; i++) {
            if (starts(c.lines(), i)) {
                return new Parsed(List.of(), Set.of(), LABELS.language(c));
            }
        }
        throw Win.fail(c, 0, "expected gpresult /r output (\"RSOP data for DOMAIN\\user on HOST : Logging Mode\") in its first lines");
    }
}
