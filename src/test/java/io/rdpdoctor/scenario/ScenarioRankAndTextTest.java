package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An expectation's {@code rank:} and {@code says:} hold only when the report shows them. */
class ScenarioRankAndTextTest {

    /** RDP switched off by fDenyTSConnections, with a second, weaker finding beside it. */
    private static List<ScenarioRunner.Result> run(Path dir, String expect) throws IOException {
        Path file = dir.resolve("t.scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: fDenyTSConnections 1
                    facts:
                      registry:
                        'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 1}
                    expect: [%s]
                """.formatted(expect));
        return new ScenarioRunner(TestRules.bundled()).run(file);
    }

    @Test
    void passesWhenTheCauseRanksFirstAndItsFixSaysTheText(@TempDir Path dir) throws IOException {
        assertThat(run(dir, "{id: RDP-DISABLED, rank: 1, says: fDenyTSConnections}")).singleElement()
                .satisfies(r -> assertThat(r.failures()).isEmpty());
    }

    @Test
    void failsOnAnotherRank(@TempDir Path dir) throws IOException {
        assertThat(run(dir, "{id: RDP-DISABLED, rank: 2}")).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.failures()).singleElement().asString().startsWith("expected RDP-DISABLED to rank 2 but it ranks 1");
        });
    }

    @Test
    void failsWhenTheRenderedDiagnosisLacksTheText(@TempDir Path dir) throws IOException {
        assertThat(run(dir, "{id: RDP-DISABLED, says: 'no such words here'}")).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.failures()).singleElement().asString()
                    .startsWith("expected RDP-DISABLED to say 'no such words here' but it says:");
        });
    }
}
