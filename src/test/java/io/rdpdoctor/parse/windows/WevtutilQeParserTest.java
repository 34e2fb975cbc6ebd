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
 * What the class javadoc promises beyond the sample pairs: each event with its description (on the
 * Description line or the lines after), the localized level in English, a date that is no date kept
 * as printed, and the events that cannot be read. The event is the en-1 sample's first.
 */
class WevtutilQeParserTest {

    private final WevtutilQeParser parser = new WevtutilQeParser();

    private static List<String> event(int n, String id, String level, String date, String... description) {
        List<String> l = new ArrayList<>(List.of("Event[" + n + "]:", "  Log Name: System", "  Source: Service Control Manager",
                "  Date: " + date, "  Event ID: " + id, "  Task: N/A", "  Level: " + level, "  Computer: SRV01.contoso.local"));
        l.addAll(List.of(description));
        return l;
    }

    @Test
    void eachEventWithItsDescription() throws ParseException {
        List<String> lines = new ArrayList<>(List.of(""));
        lines.addAll(event(0, "7034", "Fehler", "2025-03-14T08:55:12.4470000Z", "  Description: ",
                "The Remote Desktop Services service terminated unexpectedly.  It has done this 1 time(s).", ""));
        lines.addAll(event(1, "7036", "Information", "gestern", "  Description: The service entered the stopped state."));
        lines.addAll(event(2, "1", "Ausführlich", "2025-03-14T08:00:00.0000000Z"));
        Capture c = new Capture("ev.txt", null, lines, 1);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new EventRecord("System", "Service Control Manager", 7034, "Error", "2025-03-14T08:55:12",
                        "The Remote Desktop Services service terminated unexpectedly.  It has done this 1 time(s).", c.source(1)),
                new EventRecord("System", "Service Control Manager", 7036, "Information", "gestern", "The service entered the stopped state.", c.source(12)),
                new EventRecord("System", "Service Control Manager", 1, "Verbose", "2025-03-14T08:00:00", null, c.source(21)));
        assertThat(p.collected()).containsExactly(Area.EVENTS);
    }

    @Test
    void theLevelsInEnglish() {
        assertThat(WevtutilQeParser.level("Erreur")).isEqualTo("Error");
        assertThat(WevtutilQeParser.level("Waarschuwing")).isEqualTo("Warning");
        assertThat(WevtutilQeParser.level("Kritisch")).isEqualTo("Critical");
        assertThat(WevtutilQeParser.level("Informatie")).isEqualTo("Information");
        assertThat(WevtutilQeParser.level(" Audit Success ")).isEqualTo("Audit Success");
        assertThat(WevtutilQeParser.level(" ")).isNull();
        assertThat(WevtutilQeParser.level(null)).isNull();
    }

    @Test
    void aLongDescriptionIsCappedNearSixtyFourKilobytes() throws ParseException {
        List<String> lines = event(0, "7034", "Error", "d", "  Description: ");
        for (int i = 0; i < 2000; i++) lines.add("x".repeat(100));
        EventRecord e = (EventRecord) parser.parse(new Capture("ev.txt", null, lines, 1)).facts().get(0);
        assertThat(e.message().length()).isBetween(64 * 1024, 64 * 1024 + 101);
    }

    @Test
    void theEventsThatCannotBeRead() {
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, List.of("Log Name: System"), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("ev.txt:1: expected \"Event[N]:\"");
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, event(0, "70x4", "Error", "d"), 1)))
                .isInstanceOf(ParseException.class).hasMessage("ev.txt:1: expected Log Name, Source and a numeric Event ID in this event");
        List<String> noSource = event(0, "7034", "Error", "d");
        noSource.remove(2);
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, noSource, 1)))
                .isInstanceOf(ParseException.class).hasMessage("ev.txt:1: expected Log Name, Source and a numeric Event ID in this event");
        List<String> noLog = event(0, "7034", "Error", "d");
        noLog.remove(1);
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, noLog, 1))).isInstanceOf(ParseException.class);
        List<String> stray = event(0, "7034", "Error", "d");
        stray.add(3, "not indented");
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, stray, 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("ev.txt:4: expected an indented \"Label: value\" line");
        assertThatThrownBy(() -> parser.parse(new Capture("ev.txt", null, List.of("", ""), 1)))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("ev.txt:1: expected wevtutil qe /f:text output");
        assertThat(parser.recognises(new Capture("ev.txt", null, List.of("", "Log Name: System"), 1))).isFalse();
        assertThat(parser.recognises(new Capture("ev.txt", null, List.of("", ""), 1))).isFalse();
    }
}
