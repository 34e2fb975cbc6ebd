package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.UpdateRecord;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the class javadoc promises beyond the sample pairs: columns cut at the underline (an empty
 * Source), the "..." truncation mark dropped, a row without HotFixID (skipped only as the last line),
 * and a table without the HotFixID column. The rows are the javadoc's.
 */
class GetHotFixParserTest {

    private static final String HEADER = "Source        Description      HotFixID      InstalledBy          InstalledOn";
    private static final String RULE = "------        -----------      --------      -----------          -----------";

    private final GetHotFixParser parser = new GetHotFixParser();

    private static Capture capture(String... lines) {
        return new Capture("hotfix.txt", null, List.of(lines), 1);
    }

    @Test
    void eachRowCutAtTheUnderline() throws ParseException {
        Capture c = capture("", HEADER, RULE,
                "SRV01         Security Update  KB5005033     NT AUTHORITY\\SYSTEM  9/14/2021 12:00:00 AM",
                "              Update           KB5004331     NT AUTHORITY\\SYSTEM  7/13/2021 12:00:...",
                "",
                "SRV01         Security Up...   KB5003711                          ");
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).containsExactly(
                new UpdateRecord("KB5005033", "9/14/2021 12:00:00 AM", "Security Update", c.source(3)),
                new UpdateRecord("KB5004331", "7/13/2021 12:00:", "Update", c.source(4)),
                new UpdateRecord("KB5003711", null, "Security Up", c.source(6)));
        assertThat(p.collected()).containsExactly(Area.UPDATES);
    }

    @Test
    void onlyTheColumnsThatArePrinted() throws ParseException {
        Capture c = capture("HotFixID", "--------", "KB5005033");
        assertThat(parser.parse(c).facts()).containsExactly(new UpdateRecord("KB5005033", null, null, c.source(2)));
    }

    @Test
    void aRowWithoutHotFixIdFailsUnlessItIsTheLast() throws ParseException {
        assertThat(parser.parse(capture(HEADER, RULE, "SRV01         Security Update  KB5005033     NT AUTHORITY\\SYSTEM  9/14/2021", "SRV01")).facts())
                .hasSize(1);
        assertThatThrownBy(() -> parser.parse(capture(HEADER, RULE, "SRV01", "SRV01         Security Update  KB5005033")))
                .isInstanceOf(ParseException.class).hasMessage("hotfix.txt:3: a Get-HotFix row with a HotFixID in its column");
        assertThatThrownBy(() -> parser.parse(capture(HEADER, RULE, "SRV01         Security Update  KB50 05033", "x")))
                .isInstanceOf(ParseException.class).hasMessage("hotfix.txt:3: a Get-HotFix row with a HotFixID in its column");
    }

    @Test
    void noHeaderNoTable() {
        assertThatThrownBy(() -> parser.parse(capture(HEADER, "KB5005033")))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("hotfix.txt:1: the Get-HotFix table header");
        assertThat(parser.recognises(capture(HEADER))).isFalse();
        assertThat(parser.recognises(capture("Source Description", RULE))).isFalse();
        assertThat(parser.recognises(capture("", "", "", "", "", "", "", "", "", HEADER, RULE))).isFalse();
    }
}
