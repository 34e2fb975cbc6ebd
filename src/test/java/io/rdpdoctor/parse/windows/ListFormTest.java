package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises: records apart by blank lines (or, merging, by a label seen again),
 * values continued on indented lines (a blank line inside a value kept, at most two), where the
 * records stop, the whole capture or an error naming the command, and list values as items. The
 * lines are Get-NetFirewallRule's and Get-WinEvent's list view.
 */
class ListFormTest {

    private static Capture capture(String... lines) {
        return new Capture("list.txt", null, List.of(lines), 1);
    }

    @Test
    void recordsApartByBlankLinesOrInMergeModeByALabelSeenAgain() {
        Capture c = capture("Name    : RemoteDesktop-UserMode-In-TCP", "Enabled : True", "", "Protocol : TCP", "",
                "Name    : RemoteDesktop-Shadow-In-TCP", "Enabled : False");
        int[] stop = new int[1];
        List<ListForm.Rec> apart = ListForm.read(c, 0, stop);
        assertThat(apart).hasSize(3);
        assertThat(stop[0]).isEqualTo(7);
        List<ListForm.Rec> merged = ListForm.read(c, 0, stop, true);
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).get("protocol")).isEqualTo("TCP");
        assertThat(merged.get(1).firstIndex).isEqualTo(5);
        assertThat(merged.get(1).index("Enabled")).isEqualTo(6);
        assertThat(merged.get(1).index("Protocol")).isEqualTo(5);
        assertThat(merged.get(1).has("PROTOCOL")).isFalse();
    }

    @Test
    void valuesContinuedOnIndentedLines() {
        Capture c = capture("Message     : The Remote Desktop Services service terminated",
                "              unexpectedly.", "", "", "", "              It has done this 1 time(s).",
                "Description :", "              Allows users to connect", "Empty       : ");
        List<ListForm.Rec> recs = ListForm.read(c, 0, new int[1]);
        assertThat(recs).hasSize(1);
        assertThat(recs.get(0).get("Message")).isEqualTo("The Remote Desktop Services service terminated\nunexpectedly.\n\n\nIt has done this 1 time(s).");
        assertThat(recs.get(0).get("Description")).isEqualTo("Allows users to connect");
        assertThat(recs.get(0).get("Empty")).isNull();
        assertThat(recs.get(0).has("Empty")).isTrue();
        assertThat(recs.get(0).get("Missing")).isNull();
    }

    @Test
    void theRecordsStopAtALineThatIsNoneOfThese() {
        int[] stop = new int[1];
        assertThat(ListForm.read(capture("   indented first", "Name : x"), 0, stop)).isEmpty();
        assertThat(stop[0]).isEqualTo(0);
        assertThat(ListForm.read(capture("Name : x", "---- ----", "Name : y"), 0, stop)).hasSize(1);
        assertThat(stop[0]).isEqualTo(1);
    }

    @Test
    void theWholeCaptureOrAnErrorNamingTheCommand() throws ParseException {
        assertThat(ListForm.readWhole(capture("", "Name : x", ""), "Get-WinEvent's", "TimeCreated : ...")).hasSize(1);
        assertThatThrownBy(() -> ListForm.readWhole(capture("Name : x", "", "---- ----"), "Get-WinEvent's", "TimeCreated : ..."))
                .isInstanceOf(ParseException.class).hasMessage("list.txt:3: expected Get-WinEvent's list view (\"Name : value\" lines)");
        assertThatThrownBy(() -> ListForm.readWhole(capture("", " "), "Get-WinEvent's", "TimeCreated : ..."))
                .isInstanceOf(ParseException.class).hasMessage("list.txt:1: expected Get-WinEvent's list view (\"TimeCreated : ...\")");
    }

    @Test
    void listValuesAsItems() {
        assertThat(ListForm.items(null)).isEmpty();
        assertThat(ListForm.items("{}")).isEmpty();
        assertThat(ListForm.items("")).isEmpty();
        assertThat(ListForm.items("{3389, 3390}")).containsExactly("3389", "3390");
        assertThat(ListForm.items("Domain, Private")).containsExactly("Domain", "Private");
        assertThat(ListForm.items("{10.0.0.0/8, 192.168.1.0/24...}")).containsExactly("10.0.0.0/8", "192.168.1.0/24");
        assertThat(ListForm.items("{a, ...}")).containsExactly("a");
        assertThat(ListForm.items("a\nb")).containsExactly("a", "b");
        assertThat(ListForm.items("{a")).containsExactly("{a");
    }

    @Test
    void skipBlank() {
        assertThat(ListForm.skipBlank(capture("", " ", "x"), 0)).isEqualTo(2);
        assertThat(ListForm.skipBlank(capture("", " "), 0)).isEqualTo(2);
        assertThat(ListForm.skipBlank(capture("x", ""), 1)).isEqualTo(2);
    }
}
