package io.rdpdoctor.parse.windows;

import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
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

    @Override
    public String id() {
        return "gpresult-r";
    }

    @Override
    public List<String> commands() {
        return List.of("gpresult /r", "gpresult /r /scope computer");
    }

    private static boolean rsopLine(String line) {
        String f = Win.fold(line);
        return f.startsWith("rsop data for") || f.startsWith("donnees rsop pour") || f.startsWith("rsop-daten fur")
                || f.startsWith("datos de rsop para") || f.startsWith("rsop-gegevens voor") || f.startsWith("rsop-gegevens van");
    }

    /** A section title ("COMPUTER SETTINGS", "PARAMÈTRES UTILISATEURS" ...) underlined with dashes: a fragment. */
    private static boolean sectionTitle(List<String> lines, int i) {
        String f = Win.fold(lines.get(i));
        return i + 1 < lines.size() && lines.get(i + 1).trim().matches("-{5,}")
                && List.of("computer settings", "user settings", "parametres utilisateurs", "parametre de l'ordinateur",
                        "parametres de l'ordinateur", "computereinstellungen", "benutzereinstellungen").contains(f);
    }

    @Override
    public boolean recognises(Capture capture) {
        for (int i = 0; i < capture.lines().size() && i < 30; i++) {
            if (rsopLine(capture.lines().get(i)) || sectionTitle(capture.lines(), i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        for (int i = 0; i < c.lines().size() && i < 30; i++) {
            if (rsopLine(c.lines().get(i)) || sectionTitle(c.lines(), i)) {
                return new Parsed(List.of(), Set.of());
            }
        }
        throw Win.fail(c, 0, "expected gpresult /r output (\"RSOP data for DOMAIN\\user on HOST : Logging Mode\") in its first lines");
    }
}
