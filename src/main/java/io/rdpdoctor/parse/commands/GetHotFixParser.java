package io.rdpdoctor.parse.commands;

import static io.rdpdoctor.parse.ParseSupport.*;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.UpdateRecord;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code Get-HotFix} (and {@code Get-CimInstance Win32_QuickFixEngineering}, same table): one
 * {@link UpdateRecord} per row.
 * <pre>
 * Source        Description      HotFixID      InstalledBy          InstalledOn
 * ------        -----------      --------      -----------          -----------
 * SRV01         Security Update  KB5005033     NT AUTHORITY\SYSTEM  9/14/2021 12:00:00 AM
 * </pre>
 * Columns are cut at the dash underline (Source may be empty); property names are English in
 * every language; dates are in the user's locale and kept as printed (without a trailing "..."
 * truncation mark). A row without a HotFixID is skipped.
 */
public final class GetHotFixParser implements CommandParser {

    @Override
    public String id() {
        return "get-hotfix";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-HotFix", "Get-CimInstance Win32_QuickFixEngineering", "Get-WmiObject Win32_QuickFixEngineering");
    }

    @Override
    public boolean recognises(Capture c) {
        for (int i = 0; i + 1 < Math.min(c.lines().size(), 10); i++) {
            if (tokens(c.lines().get(i)).contains("HotFixID") && Tables.columns(c.lines().get(i + 1)) != null) return true;
        }
        return false;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        int h = -1;
        for (int i = 0; i + 1 < lines.size() && h < 0; i++) {
            if (tokens(lines.get(i)).contains("HotFixID") && Tables.columns(lines.get(i + 1)) != null) h = i;
        }
        if (h < 0) throw fail(c, 0, "the Get-HotFix table header (Source Description HotFixID InstalledBy InstalledOn) and its underline");
        int[] cols = Tables.columns(lines.get(h + 1));
        List<String> labels = Tables.labels(lines.get(h), cols);
        int kb = labels.indexOf("HotFixID");
        int desc = labels.indexOf("Description");
        int on = labels.indexOf("InstalledOn");
        if (kb < 0) throw fail(c, h, "a HotFixID column");
        List<Fact> facts = new ArrayList<>();
        for (int i = h + 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            List<String> cells = Tables.cells(line, cols);
            String id = cells.get(kb);
            if (id.isEmpty() || id.contains(" ")) {
                if (i == lines.size() - 1) break;
                throw fail(c, i, "a Get-HotFix row with a HotFixID in its column");
            }
            facts.add(new UpdateRecord(id, on < 0 ? null : trimmed(cells.get(on)), desc < 0 ? null : trimmed(cells.get(desc)), c.source(i)));
        }
        return new Parsed(facts, Set.of(Area.UPDATES), Language.NEUTRAL);
    }

    private static String trimmed(String s) {
        String t = s.endsWith("...") ? s.substring(0, s.length() - 3).strip() : s;
        return t.isEmpty() ? null : t;
    }
}
