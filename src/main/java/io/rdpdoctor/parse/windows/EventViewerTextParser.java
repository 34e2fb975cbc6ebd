package io.rdpdoctor.parse.windows;

import io.rdpdoctor.facts.EventRecord;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.LabelTable;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event as Event Viewer copies it ("Copy" > "Copy Details as Text"), the form events are
 * pasted into tickets and forums in: ten labelled lines in a fixed order, the description below the
 * tenth, then optionally the event's XML.
 *
 * <pre>
 * Log Name:      System
 * Source:        Schannel
 * Date:          8/5/2020 5:16:37 AM
 * Event ID:      36888
 * Task Category: None
 * Level:         Error
 * Keywords:
 * User:          SYSTEM
 * Computer:      WIN-U5410N2J187
 * Description:
 * A fatal alert was generated and sent to the remote endpoint. ...
 * Event Xml:
 * &lt;Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"&gt; ...
 * </pre>
 *
 * The labels are the display language's (German: Protokollname, Quelle, Datum, Ereignis-ID,
 * Aufgabenkategorie, Ebene, Schlüsselwörter, Benutzer, Computer, Beschreibung); values start at
 * column 15, a label of 15 characters or more is followed by its value with no space
 * ({@code Aufgabenkategorie:Gatherer}), and forums collapse the padding to one space. The fields are
 * read by their place, so a language whose labels are not known here is read as well (its language
 * is then unknown). The date is in the copying user's regional format and local time; it is kept as
 * printed when it is not one {@code Win.isoDate} reads. The level is given in English.
 *
 * <p>Several events in one paste follow each other, blank lines between. A copied event is a
 * selection, not the log: the events area is not collected.
 */
public final class EventViewerTextParser implements CommandParser {

    /** "Label: value" with any label (letters of any script, spaces, a hyphen); the value may be empty or glued to the colon. */
    private static final Pattern FIELD = Pattern.compile("^\\s*([\\p{L}][\\p{L}\\p{M} .'’-]{0,40}?)\\s*:\\s*(.*)$");
    /** The tenth line: the description's label alone. */
    private static final Pattern BARE_LABEL = Pattern.compile("^\\s*[\\p{L}][\\p{L}\\p{M} .'’-]{0,40}?\\s*:\\s*$");
    private static final Pattern EVENT_ID = Pattern.compile("\\d{1,9}");
    /** The start of the XML view after the description ("Event Xml:" in English; the XML itself in any language). */
    private static final Pattern XML_START = Pattern.compile("^\\s*<Event[\\s>].*");

    private static final LabelTable LABELS = LabelTable.of(
            "en", List.of("Log Name", "Event ID", "Task Category", "Keywords", "Description", "Event Xml"),
            "de", List.of("Protokollname", "Ereignis-ID", "Aufgabenkategorie", "Ebene", "Schlüsselwörter", "Benutzer", "Beschreibung"));

    private static final int HEADER = 10;

    @Override
    public String id() {
        return "event-viewer-text";
    }

    @Override
    public List<String> commands() {
        return List.of("(an event copied in Event Viewer: Copy > Copy Details as Text)");
    }

    @Override
    public boolean recognises(Capture capture) {
        int first = ListForm.skipBlank(capture, 0);
        return header(capture.lines(), first) != null;
    }

    /** The ten header fields of an event starting at line i (values; the tenth is the description's label), or null. */
    private static String[] header(List<String> lines, int i) {
        if (i < 0 || i + HEADER > lines.size()) return null;
        String[] values = new String[HEADER - 1];
        for (int k = 0; k < HEADER - 1; k++) {
            Matcher m = FIELD.matcher(Win.cut(lines.get(i + k)));
            if (!m.matches()) return null;
            values[k] = m.group(2).strip();
        }
        if (!EVENT_ID.matcher(values[3]).matches() || values[0].isEmpty() || values[1].isEmpty()) return null;
        return BARE_LABEL.matcher(Win.cut(lines.get(i + HEADER - 1))).matches() ? values : null;
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<String> lines = c.lines();
        List<Fact> facts = new ArrayList<>();
        int i = ListForm.skipBlank(c, 0);
        while (i < lines.size()) {
            String[] h = header(lines, i);
            if (h == null) {
                throw Win.fail(c, i, "an event as Event Viewer copies it: nine \"Label: value\" lines (log, source, date, a numeric"
                        + " event ID, task category, level, keywords, user, computer), then the description's label alone");
            }
            int start = i;
            i += HEADER;
            StringBuilder description = new StringBuilder();
            boolean inXml = false;
            while (i < lines.size() && header(lines, i) == null) {
                String raw = Win.cut(lines.get(i));
                if (!inXml && (XML_START.matcher(raw).matches()
                        || BARE_LABEL.matcher(raw).matches() && i + 1 < lines.size() && XML_START.matcher(lines.get(i + 1)).matches())) {
                    inXml = true; // "Event Xml:" and the XML: the header said it all
                }
                if (!inXml && description.length() < 64 * 1024) {
                    description.append(description.length() == 0 ? "" : "\n").append(raw.stripTrailing());
                }
                i++;
            }
            String text = description.toString().strip();
            String time = Win.isoDate(h[2]);
            facts.add(new EventRecord(h[0], h[1], Integer.parseInt(h[3]), WevtutilQeParser.level(h[5]),
                    time != null ? time : h[2].isEmpty() ? null : h[2], text.isEmpty() ? null : text, c.source(start)));
        }
        if (facts.isEmpty()) {
            throw Win.fail(c, 0, "an event as Event Viewer copies it (\"Log Name: ...\")");
        }
        return new Parsed(facts, EnumSet.noneOf(io.rdpdoctor.facts.Area.class), LABELS.language(c));
    }
}
