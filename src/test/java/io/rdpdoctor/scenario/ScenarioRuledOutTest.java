package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's {@code ruledOut:} holds only when the report lists each id as ruled out. */
class ScenarioRuledOutTest {

    private static List<ScenarioRunner.Result> run(Path dir, String ruledOut) throws IOException {
        Path file = dir.resolve("t.scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: TSEnabled is 1
                    facts:
                      registry:
                        'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {TSEnabled: 1}
                    ruledOut: [%s]
                """.formatted(ruledOut));
        return new ScenarioRunner(TestRules.bundled()).run(file);
    }

    @Test
    void passesWhenTheReportRulesTheCauseOut(@TempDir Path dir) throws IOException {
        assertThat(run(dir, "TSENABLED-OFF")).singleElement()
                .satisfies(r -> assertThat(r.failures()).isEmpty());
    }

    @Test
    void failsWhenTheReportDoesNotRuleItOut(@TempDir Path dir) throws IOException {
        assertThat(run(dir, "TSENABLED-OFF, ACCOUNT-LOCKED-OUT")).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.failures()).singleElement().asString()
                    .startsWith("expected ACCOUNT-LOCKED-OUT to be ruled out").contains("TSENABLED-OFF");
        });
    }
}
