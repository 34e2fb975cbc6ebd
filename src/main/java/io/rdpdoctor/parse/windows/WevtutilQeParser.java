package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.EventRecord;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Language;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code wevtutil qe System /c:50 /rd:true /f:text} (any log, any query): per event an
 * {@code Event[N]:} line, two-space indented "Label: value" lines whose labels are English on every
 * Windows, and the description on the lines after "Description:" at column 0. The Level value is
 * localized (Fehler, Erreur, Fout ...) and given in English.
 *
 * <pre>
 * Event[0]:
 *   Log Name: System
 *   Source: Service Control Manager
 *   Date: 2025-03-14T08:55:12.123
 *   Event ID: 7034
 *   Task: N/A
 *   Level: Error
 *   ...
 *   Description:
 * The Remote Desktop Services service terminated unexpectedly.  It has done this 1 time(s).
 * </pre>
 *
 * The events area counts as collected: the query's events are all there (what was asked for is the
 * command line's business).
 */
public final class WevtutilQeParser implements CommandParser {

    private static final Pattern EVENT = Pattern.compile("^Event\\[\\d+\\]:\\s*$");

    @Override
    public String id() {
        return "wevtutil-qe";
    }

    @Override
    public List<String> commands() {
        return List.of("wevtutil qe System /c:100 /rd:true /f:text", "wevtutil qe Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational /c:100 /rd:true /f:text");
    }

    @Override
    public boolean recognises(Capture capture) {
        int first = ListForm.skipBlank(capture, 0);
        return first < capture.lines().size() && EVENT.matcher(capture.lines().get(first).trim()).matches();
    }

    private static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("fehler", "Error"), Map.entry("erreur", "Error"), Map.entry("fout", "Error"), Map.entry("error", "Error"),
            Map.entry("warnung", "Warning"), Map.entry("avertissement", "Warning"), Map.entry("advertencia", "Warning"),
            Map.entry("waarschuwing", "Warning"), Map.entry("warning", "Warning"),
            Map.entry("informationen", "Information"), Map.entry("information", "Information"), Map.entry("informacion", "Information"),
            Map.entry("informatie", "Information"), Map.entry("kritisch", "Critical"), Map.entry("critique", "Critical"),
            Map.entry("critico", "Critical"), Map.entry("kritiek", "Critical"), Map.entry("critical", "Critical"),
            Map.entry("ausfuhrlich", "Verbose"), Map.entry("verbose", "Verbose"), Map.entry("commentaires", "Verbose"),
            Map.entry("detallado", "Verbose"), Map.entry("uitgebreid", "Verbose"));

    /** The English name of a (localized) event level; unknown words are kept as printed. */
    static String level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LEVELS.getOrDefault(Win.fold(value), value.trim());
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        int i = ListForm.skipBlank(c, 0);
        while (i < lines.size()) {
            if (!EVENT.matcher(lines.get(i).trim()).matches()) {
                throw Win.fail(c, i, "expected \"Event[N]:\" starting an event (wevtutil qe ... /f:text)");
            }
            int start = i;
            String log = null;
            String source = null;
            String date = null;
            String id = null;
            String level = null;
            StringBuilder message = null;
            i++;
            while (i < lines.size() && !EVENT.matcher(lines.get(i).trim()).matches()) {
                String raw = Win.cut(lines.get(i));
                if (message == null && raw.startsWith(" ") && raw.contains(":")) {
                    String t = raw.trim();
                    int colon = t.indexOf(':');
                    String label = t.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
                    String value = t.substring(colon + 1).trim();
                    switch (label) {
                        case "log name" -> log = value;
                        case "source" -> source = value;
                        case "date" -> date = value;
                        case "event id" -> id = value;
                        case "level" -> level = value;
                        case "description" -> message = new StringBuilder(value);
                        default -> { }
                    }
                } else if (message != null) {
                    if (message.length() < 64 * 1024) {
                        message.append(message.length() == 0 ? "" : "\n").append(raw.stripTrailing());
                    }
                } else if (!raw.isBlank()) {
                    throw Win.fail(c, i, "expected an indented \"Label: value\" line of the event (Log Name, Source, Event ID ...)");
                }
                i++;
            }
            if (log == null || source == null || id == null || !id.matches("\\d{1,9}")) {
                throw Win.fail(c, start, "expected Log Name, Source and a numeric Event ID in this event");
            }
            String text = message == null ? null : message.toString().strip();
            String time = Win.isoDate(date);
            facts.add(new EventRecord(log, source, Integer.parseInt(id), level(level), time != null ? time : date,
                    text == null || text.isEmpty() ? null : text, c.source(start)));
        }
        if (facts.isEmpty()) {
            throw Win.fail(c, 0, "expected wevtutil qe /f:text output (\"Event[0]:\")");
        }
        return new Parsed(facts, EnumSet.of(Area.EVENTS), Language.NEUTRAL);
    }
}
