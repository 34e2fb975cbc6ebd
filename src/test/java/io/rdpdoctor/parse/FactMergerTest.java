package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.Session;
import io.rdpdoctor.facts.Source;
import io.rdpdoctor.facts.WinStationState;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactMergerTest {

    @Test
    void qwinstaAndQueryUserMakeOneSessionPerId() {
        Source qwinsta = new Source("qwinsta.txt", 4, "qwinsta");
        Source quser = new Source("query-user.txt", 2, "query user");
        List<Fact> merged = FactMerger.merge(List.of(
                new Session(2, "rdp-tcp#3", "alice", WinStationState.ACTIVE, null, null, qwinsta),
                new Session(65536, "rdp-tcp", null, WinStationState.LISTEN, null, null, qwinsta),
                new Session(2, "rdp-tcp#3", "alice", WinStationState.ACTIVE, 65, "3/14/2025 8:02 AM", quser)));
        assertThat(merged).containsExactly(
                new Session(2, "rdp-tcp#3", "alice", WinStationState.ACTIVE, 65, "3/14/2025 8:02 AM", qwinsta),
                new Session(65536, "rdp-tcp", null, WinStationState.LISTEN, null, null, qwinsta));
    }
}
