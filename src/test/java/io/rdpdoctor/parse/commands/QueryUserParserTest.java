package io.rdpdoctor.parse.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.Session;
import io.rdpdoctor.facts.WinStationState;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * query user's idle times and its headerless pastes, as the class javadoc describes them. The table
 * is a real one: GitHub Markdown notes ("Get users logged on server", {@code query user /server:}),
 * search-index file id 15061534854, user names replaced by user1..user5, padding kept.
 */
class QueryUserParserTest {

    private static final List<String> REAL = List.of(
            " USERNAME        SESSIONNAME        ID STATE   IDLE TIME  LOGON TIME",
            " user1           rdp-tcp#39         2  Active       1:10  8/3/2023 1:18 PM",
            " user2                              3  Disc        15:17  8/3/2023 1:21 PM",
            " user3                              4  Disc      1+01:06  8/3/2023 1:22 PM",
            " user4                              5  Disc         1:22  8/3/2023 1:41 PM",
            " user5           rdp-tcp#65         7  Active          7  8/4/2023 9:03 AM");

    private final QueryUserParser parser = new QueryUserParser();

    private static Capture capture(List<String> lines) {
        return new Capture("quser.txt", null, lines, 1);
    }

    @ParameterizedTest(name = "{0} is {1} minutes")
    @CsvSource({".,0", "none,0", "Kein,0", "aucun,0", "Ninguno,0", "Geen,0", "Nada,0",
            "7,7", "1:10,70", "15:17,917", "1+01:06,1506", "11+04:12,16092", "0:00,0"})
    void idleTimesInMinutes(String printed, int minutes) {
        assertThat(QueryUserParser.idle(printed)).isEqualTo(minutes);
    }

    @ParameterizedTest
    @CsvSource({"8/3/2023", "1:2:3", "+5", "1+", "Active", "1234567"})
    void otherWordsAreNoIdleTime(String printed) {
        assertThat(QueryUserParser.idle(printed)).isNull();
    }

    @Test
    void theRealTableGivesEverySessionWithItsIdleAndLogonTime() throws ParseException {
        Capture c = capture(REAL);
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.collected()).containsExactly(Area.SESSIONS);
        assertThat(p.facts()).containsExactly(
                new Session(2, "rdp-tcp#39", "user1", WinStationState.ACTIVE, 70, "8/3/2023 1:18 PM", c.source(1)),
                new Session(3, null, "user2", WinStationState.DISCONNECTED, 917, "8/3/2023 1:21 PM", c.source(2)),
                new Session(4, null, "user3", WinStationState.DISCONNECTED, 1506, "8/3/2023 1:22 PM", c.source(3)),
                new Session(5, null, "user4", WinStationState.DISCONNECTED, 82, "8/3/2023 1:41 PM", c.source(4)),
                new Session(7, "rdp-tcp#65", "user5", WinStationState.ACTIVE, 7, "8/4/2023 9:03 AM", c.source(5)));
    }

    @Test
    void itsRowsWithoutTheHeaderAreFactsButNotTheWholeList() throws ParseException {
        Capture c = capture(REAL.subList(1, REAL.size()));
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.collected()).isEmpty();
        assertThat(p.facts()).extracting(f -> ((Session) f).user()).containsExactly("user1", "user2", "user3", "user4", "user5");
    }

    @Test
    void qwinstasRowsWithoutHeaderAreNotQueryUsers() {
        // no idle time and logon date after the state
        Capture c = capture(List.of(" services                                    0  Disc",
                " console                                     2  Conn", " rdp-tcp                                 65536  Listen"));
        assertThat(parser.recognises(c)).isFalse();
        assertThat(parser.recognises(capture(List.of("", " ")))).isFalse();
    }

    @Test
    void nobodyLoggedOnIsTheSessionsLookedAtAndNoneFound() throws ParseException {
        Capture c = capture(List.of("No User exists for *"));
        assertThat(parser.recognises(c)).isTrue();
        Parsed p = parser.parse(c);
        assertThat(p.facts()).isEmpty();
        assertThat(p.collected()).containsExactly(Area.SESSIONS);
    }

    @Test
    void aBrokenRowFailsWithItsLineButACutLastLineIsLeft() throws ParseException {
        List<Fact> facts = parser.parse(capture(List.of(REAL.get(0), REAL.get(1), "PS C:\\> "))).facts();
        assertThat(facts).hasSize(1);
        Capture broken = capture(List.of(REAL.get(0), "user1 garbled", REAL.get(2)));
        assertThatThrownBy(() -> parser.parse(broken)).isInstanceOf(ParseException.class)
                .satisfies(e -> assertThat(((ParseException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> parser.parse(capture(List.of("some other output", "")))).isInstanceOf(ParseException.class)
                .hasMessageContaining("the query user header");
    }
}
