package io.rdpdoctor.cli;

import static io.rdpdoctor.cli.DiagnoseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandsTest {

    @TempDir
    Path dir;

    @Test
    void theCatalogueListsEveryDiagnosis() {
        DiagnoseCommandTest.Run r = run("rules");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("RDP-DISABLED-BY-GPO").contains("PORT-CONFLICT").contains("LISTENER-MISSING");
    }

    @Test
    void showPrintsOneRule() {
        DiagnoseCommandTest.Run r = run("rules", "show", "listener-missing");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("LISTENER-MISSING").contains("reg export").contains("sources:");
        assertThat(run("rules", "show", "NO-SUCH").exit()).isEqualTo(ExitCodes.USAGE);
    }

    private void authorRule(String drlCondition) throws IOException {
        Files.writeString(dir.resolve("hello.yaml"), """
                diagnoses:
                  - id: HELLO-HOST
                    title: A host named HELLO
                    kind: cause
                    layer: test
                    severity: low
                    order: 99
                    explanation: Hosts named HELLO are suspicious.
                    fix: [{step: rename it}]
                    verify: {cmd: hostname, expect: a better name}
                    sources: [test]
                """);
        Files.writeString(dir.resolve("hello.drl"), """
                package hello;
                import io.rdpdoctor.facts.*;
                import io.rdpdoctor.diagnosis.Finding;
                rule "HELLO-HOST" @concludes("HELLO-HOST")
                when $h : HostInfo(%s) then insertLogical(Finding.confirmed("HELLO-HOST", $h)); end
                """.formatted(drlCondition));
        Files.writeString(dir.resolve("hello.scenarios.yaml"), """
                scenarios:
                  - name: fires on HELLO
                    facts: {host: {name: HELLO}}
                    expect: [{id: HELLO-HOST, certainty: confirmed}]
                  - name: silent on WORLD
                    facts: {host: {name: WORLD}}
                    absent: [HELLO-HOST]
                """);
    }

    @Test
    void testRulesRunsAnAuthorsScenarios() throws IOException {
        authorRule("name == \"HELLO\"");
        DiagnoseCommandTest.Run r = run("test-rules", dir.toString());
        assertThat(r.out()).contains("2 passed, 0 failed; contract: holds");
        assertThat(r.exit()).isZero();
    }

    @Test
    void testRulesSaysWhichScenarioFailsAndWhy() throws IOException {
        authorRule("name == \"WORLD\"");
        DiagnoseCommandTest.Run r = run("test-rules", dir.toString());
        assertThat(r.out()).contains("FAIL  " + dir.resolve("hello.scenarios.yaml") + ":2: fires on HELLO")
                .contains("expected HELLO-HOST but it was not found").contains("0 passed, 2 failed");
        assertThat(r.exit()).isEqualTo(ExitCodes.TESTS_FAILED);
    }

    @Test
    void testRulesFailsAFolderWithoutScenarios() throws IOException {
        authorRule("name == \"HELLO\"");
        Files.delete(dir.resolve("hello.scenarios.yaml"));
        DiagnoseCommandTest.Run r = run("test-rules", dir.toString());
        assertThat(r.err()).contains("no scenarios found");
        assertThat(r.out()).contains("HELLO-HOST: no scenario where it fires");
        assertThat(r.exit()).isEqualTo(ExitCodes.TESTS_FAILED);
    }

    /** The contract mvn verify applies to the bundled rules runs on an author's rules too, each problem with file and line. */
    @Test
    void testRulesRunsTheContractOnAnAuthorsRules() throws IOException {
        authorRule("name == \"HELLO\"");
        Files.writeString(dir.resolve("hello.yaml"), """
                diagnoses:
                  - id: HELLO-HOST
                    title: A host named HELLO listens on TCP {port}
                    kind: cause
                    layer: test
                    severity: low
                    order: 99
                    explanation: Hosts named HELLO are [very] suspicious.
                    fix:
                      - step: Restart it
                        powershell: Restart-Service TermService -Force
                      - step: Rename it[ {name}
                        powershell: Write-Output "$(Get-LocalUser {name})"
                    verify: {expect: a better name}
                    sources: [test]
                """);
        Files.writeString(dir.resolve("hello.scenarios.yaml"), """
                scenarios:
                  - name: fires on HELLO
                    facts: {host: {name: HELLO}}
                    expect: [{id: HELLO-HOST, certainty: confirmed}]
                """);
        DiagnoseCommandTest.Run r = run("test-rules", dir.toString());
        String yaml = dir.resolve("hello.yaml").toString();
        assertThat(r.out()).contains("1 passed, 0 failed; contract: ")
                .contains("CONTRACT  " + yaml + ":3: HELLO-HOST title: {port} stands outside an optional fragment")
                .contains("[TCP {port}|the RDP port]")
                .contains("HELLO-HOST: no near-miss scenario where it stays silent")
                .contains("HELLO-HOST / Restart it: 'Restart-Service TermService' without a warning")
                .contains("HELLO-HOST: no verification command")
                .contains("HELLO-HOST fix 2 step: {name} stands outside an optional fragment")
                .contains("HELLO-HOST explanation: reads \"Hosts named HELLO are [very] suspicious.\": brackets without a {placeholder}")
                .contains("HELLO-HOST fix 2 powershell {name} = ").contains("more hostile values break it too");
        assertThat(r.exit()).isEqualTo(ExitCodes.TESTS_FAILED);
    }
}
