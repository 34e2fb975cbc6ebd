package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.EventRecord;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: the log from LogName, else from the
 * command line (-LogName X, LogName='X'), else a failure; the level in English; a time that is no
 * date kept as printed; and the events that cannot be read. The event is the javadoc's.
 */
class GetWinEventParserTest {

    private final GetWinEventParser parser = new GetWinEventParser();

    private static List<String> event(String... more) {
        List<String> l = new ArrayList<>(List.of("TimeCreated  : 3/14/2025 8:55:12 AM", "ProviderName : Service Control Manager",
                "Id           : 7034",
                "Message      : The Remote Desktop Services service terminated unexpectedly.  It has done this 1 time(s)."));
        l.addAll(List.of(more));
        return l;
    }

    private static final String MESSAGE = "The Remote Desktop Services service terminated unexpectedly.  It has done this 1 time(s).";

    @Test
    void theLogFromLogNameElseTheCommandLine() throws ParseException {
        Capture own = new Capture("ev.txt", "Get-WinEvent -LogName Application", event("LogName      : System", "LevelDisplayName : Fehler"), 1);
        assertThat(parser.recognises(own)).isTrue();
        Parsed p = parser.parse(own);
        assertThat(p.facts()).containsExactly(
                new EventRecord("System", "Service Control Manager", 7034, "Error", "2025-03-14T08:55:12", MESSAGE, own.source(0)));
        assertThat(p.collected()).containsExactly(Area.EVENTS);
        for (String cmd : List.of("Get-WinEvent -LogName System -MaxEvents 100 | Format-List",
                "Get-WinEvent -LogName 'System' | Format-List", "Get-WinEvent -FilterHashtable @{LogName='System'; Level=1,2,3}",
                "Get-WinEvent -FilterHashtable @{LogName=\"System\"}")) {
            Capture c = new Capture("ev.txt", cmd, event(), 1);
            assertThat(((EventRecord) parser.parse(c).facts().get(0)).log()).as(cmd).isEqualTo("System");
        }
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", "Get-WinEvent -MaxEvents 5", event(), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("ev.txt:1: expected LogName");
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, event(), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("ev.txt:1: expected LogName");
    }

    @Test
    void aTimeThatIsNoDateIsKeptAsPrinted() throws ParseException {
        List<String> lines = event("LogName      : System");
        lines.set(0, "TimeCreated  : gestern");
        EventRecord e = (EventRecord) parser.parse(new Capture("ev.txt", null, lines, 1)).facts().get(0);
        assertThat(e.time()).isEqualTo("gestern");
        assertThat(e.level()).isNull();
    }

    @Test
    void theEventsThatCannotBeRead() {
        List<String> badId = event("LogName      : System");
        badId.set(2, "Id           : 70x4");
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, badId, 1)))
                .isInstanceOf(ParseException.class).hasMessage("ev.txt:1: expected ProviderName and a numeric Id in this event");
        List<String> noProvider = event("LogName      : System");
        noProvider.remove(1);
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, noProvider, 1)))
                .isInstanceOf(ParseException.class).hasMessage("ev.txt:1: expected ProviderName and a numeric Id in this event");
        List<String> noId = event("LogName      : System");
        noId.remove(2);
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, noId, 1))).isInstanceOf(ParseException.class);
        assertThat(parser.recognises(new Capture("ev.txt", null, List.of("ProviderName : x", "Id : 1"), 1))).isFalse();
        assertThat(parser.recognises(new Capture("ev.txt", null, List.of("TimeCreated : x", "Id : 1"), 1))).isFalse();
        assertThat(parser.recognises(new Capture("ev.txt", null, List.of("TimeCreated : x", "ProviderName : x"), 1))).isFalse();
    }
}
