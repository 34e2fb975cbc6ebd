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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Get-WinEvent -LogName System -MaxEvents 100 | Format-List} (default list view: TimeCreated,
 * ProviderName, Id, Message) and {@code | Format-List *} / {@code | Format-List
 * TimeCreated,LogName,ProviderName,Id,LevelDisplayName,Message}. Property names are English;
 * TimeCreated is in the user's locale (turned into ISO-8601), LevelDisplayName and Message are
 * localized (the level is given in English).
 *
 * <pre>
 * TimeCreated  : 3/14/2025 8:55:12 AM
 * ProviderName : Service Control Manager
 * Id           : 7034
 * Message      : The Remote Desktop Services service terminated unexpectedly.  It has done this 1 time(s).
 * </pre>
 *
 * The default view does not show the log: it is taken from LogName, else from the command line
 * ({@code -LogName X}, {@code LogName='X'}); when neither says, the capture fails (an EventRecord
 * needs its log).
 */
public final class GetWinEventParser implements CommandParser {

    private static final Pattern LOG_ARG = Pattern.compile("(?i)(?:-LogName\\s+|LogName\\s*=\\s*)([\"']?)([^\"';}|]+?)\\1(?=\\s|;|}|\\||$)");

    @Override
    public String id() {
        return "get-winevent";
    }

    @Override
    public List<String> commands() {
        return List.of("Get-WinEvent -LogName System -MaxEvents 100 | Format-List",
                "Get-WinEvent -FilterHashtable @{LogName='System'; Level=1,2,3} -MaxEvents 100 | Format-List TimeCreated,LogName,ProviderName,Id,LevelDisplayName,Message");
    }

    @Override
    public boolean recognises(Capture capture) {
        int[] stop = new int[1];
        List<ListForm.Rec> recs = ListForm.read(capture, ListForm.skipBlank(capture, 0), stop);
        return !recs.isEmpty() && recs.get(0).has("ProviderName") && recs.get(0).has("Id") && recs.get(0).has("TimeCreated");
    }

    @Override
    public Parsed parse(Capture c) throws ParseException {
        List<ListForm.Rec> recs = ListForm.readWhole(c, "Get-WinEvent's", "TimeCreated  : ...");
        String commandLog = null;
        if (c.command() != null) {
            Matcher m = LOG_ARG.matcher(c.command());
            if (m.find()) {
                commandLog = m.group(2).trim();
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (ListForm.Rec r : recs) {
            String provider = r.get("ProviderName");
            String id = r.get("Id");
            if (provider == null || id == null || !id.matches("\\d{1,9}")) {
                throw Win.fail(c, r.firstIndex, "expected ProviderName and a numeric Id in this event");
            }
            String log = r.get("LogName") != null ? r.get("LogName") : commandLog;
            if (log == null) {
                throw Win.fail(c, r.firstIndex, "expected LogName (use Format-List TimeCreated,LogName,ProviderName,Id,LevelDisplayName,Message"
                        + " or name the log with -LogName in the command line)");
            }
            String created = r.get("TimeCreated");
            String time = Win.isoDate(created);
            facts.add(new EventRecord(log, provider, Integer.parseInt(id), WevtutilQeParser.level(r.get("LevelDisplayName")),
                    time != null ? time : created, r.get("Message"), c.source(r.firstIndex)));
        }
        return new Parsed(facts, EnumSet.of(Area.EVENTS), Language.NEUTRAL);
    }
}
