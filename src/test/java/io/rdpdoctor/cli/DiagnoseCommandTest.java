package io.rdpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user drives it: output streams and exit codes. */
class DiagnoseCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = RdpDoctor.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void diagnosesFoundHasItsOwnExitCodeAndTheRootCauseComesFirst() {
        Run r = run("diagnose", "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        int gpo = r.out().indexOf("RDP-DISABLED-BY-GPO");
        int disabled = r.out().indexOf("RDP-DISABLED  [");
        assertThat(gpo).isPositive();
        assertThat(disabled).isGreaterThan(gpo);
        assertThat(r.out()).contains("Servers-Hardening-Baseline").contains("gpupdate /target:computer /force");
    }

    @Test
    void jsonOutputHasTheSchemaVersionAndNestsExplainedDiagnoses() throws IOException {
        Run r = run("diagnose", "--format", "json", "facts-samples/gpo-denies-rdp.yaml");
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("schema").asText()).isEqualTo("rdp-doctor/report/v1");
        JsonNode first = report.get("causes").get(0);
        assertThat(first.get("id").asText()).isEqualTo("RDP-DISABLED-BY-GPO");
        assertThat(first.get("certainty").asText()).isEqualTo("confirmed");
        assertThat(first.get("explains").findValuesAsText("id")).contains("RDP-DISABLED");
    }

    @Test
    void aHostWithNothingWrongExitsZero() throws IOException {
        Path f = dir.resolve("fine.yaml");
        Files.writeString(f, """
                host: {name: FINE}
                registry:
                  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 0}
                services:
                  - {name: TermService, status: Running, startType: Automatic}
                """);
        Run r = run("diagnose", f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.NO_DIAGNOSIS);
        assertThat(r.out()).contains("No cause found");
    }

    @Test
    void aHostOverTheRuleBudgetIsAnInputErrorAndTheOthersAreStillDiagnosed() throws Exception {
        Path loop = dir.resolve("loop.yaml");
        Files.writeString(loop, "host: {name: LOOP}\nservices: []\n");
        Path rules = io.rdpdoctor.engine.RuleBudgetTest.loopingRules(dir);
        Run r = run("diagnose", "--rules", rules.toString(), "--max-firings", "5000", loop.toString(),
                "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).contains("loop.yaml: rule budget exceeded: more than 5000 firings").contains("loop.tick again");
        assertThat(r.out()).contains("RDP-DISABLED-BY-GPO").doesNotContain("LOOP");
    }

    @Test
    void anEmptyClientErrorIsAUsageError() {
        Run r = run("diagnose", "--client-error", "");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--client-error needs");
    }

    @Test
    void testRulesOnADirectoryWithoutScenariosSaysSo() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("no-scenarios"));
        Run r = run("test-rules", rules.toString());
        assertThat(r.exit()).isNotEqualTo(ExitCodes.NO_DIAGNOSIS);
        assertThat(r.err()).contains("no scenarios found");
    }

    @Test
    void batchRefusesAbsurdThreadCounts() {
        Run r = run("batch", "--threads", "100000", "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--threads must be at most 256");
    }

    @Test
    void batchReadOnlyDiagnosesNothingSoEveryInputReadIsExitZero() {
        Run r = run("batch", "--read-only", "-q", "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.exit()).isZero();
        assertThat(run("batch", "-q", "--format", "jsonl", "facts-samples/gpo-denies-rdp.yaml").exit()).isEqualTo(4);
    }

    @Test
    void theRuleBudgetOptionsRefuseNonsense() {
        assertThat(run("diagnose", "--max-firings", "0", "facts-samples/gpo-denies-rdp.yaml").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("diagnose", "--max-seconds", "-1", "facts-samples/gpo-denies-rdp.yaml").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aBadInputIsReportedAndTheOthersAreStillDiagnosed() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "services:\n  - name: TermService\n    pid: twelve\n");
        Run r = run("diagnose", bad.toString(), dir.resolve("missing.yaml").toString(), "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).contains("bad.yaml:3").contains("expected a whole number").contains("missing.yaml: no such file");
        assertThat(r.out()).contains("RDP-DISABLED-BY-GPO");
    }

    @Test
    void aBrokenRuleStopsTheRunWithTheRuleExitCode() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"r\" when\n  Foo( then end\n");
        Run r = run("diagnose", "--rules", dir.toString(), "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.RULE_ERROR);
        assertThat(r.err()).contains("broken.drl");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void usageErrors() {
        assertThat(run("diagnose").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("diagnose", "--format", "pdf", "facts-samples/gpo-denies-rdp.yaml").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("rdp-doctor ");
        Run help = run("diagnose", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--format").contains("--rules");
    }

    @Test
    void aClientMessageAloneGivesHypothesesAndNextStepsNeverConfirmed() throws IOException {
        Run r = run("diagnose", "--format", "json", "--client-error", "Remote Desktop can\u2019t connect to the remote computer for one of these reasons");
        assertThat(r.exit()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("causes").findValuesAsText("certainty")).isNotEmpty().containsOnly("possible");
        assertThat(report.get("nextSteps").findValuesAsText("id")).contains("Q-PORT-TEST");
    }

    @Test
    void aClientMessageWithAFactFileIsAddedToItsFacts() {
        Run r = run("diagnose", "--client-error", "0x204", "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.out()).contains("RDP-DISABLED-BY-GPO").doesNotContain("[possible]");
    }

    @Test
    void neitherFileNorClientErrorIsAUsageError() {
        assertThat(run("diagnose").err()).contains("--client-error");
    }

    @Test
    void aCaptureFolderOfRawCommandOutputIsDiagnosed() {
        Run r = run("diagnose", "facts-samples/captures/srv01-example");
        assertThat(r.exit()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        assertThat(r.out()).contains("RDP-PORT-NOT-LISTENING").contains("netstat-ano.txt");
    }

    @Test
    void theReportItselfSaysWhichCapturesWereSkippedAndWhy() throws IOException {
        Run r = run("diagnose", "--format", "json", "facts-samples/captures/port-changed-truncated-files");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(report.get("causes").get(0).get("id").asText()).isEqualTo("PORT-CHANGED");
        List<String> skipped = new java.util.ArrayList<>();
        report.get("skipped").forEach(n -> skipped.add(n.asText()));
        assertThat(skipped).hasSize(2);
        assertThat(skipped).anySatisfy(s -> assertThat(s).contains("netsh-firewall-show-rule.txt:").contains("skipped: "));
        assertThat(skipped).anySatisfy(s -> assertThat(s).contains("systeminfo.txt").contains("binary"));
        Run text = run("diagnose", "facts-samples/captures/port-changed-truncated-files");
        assertThat(text.out()).contains("Skipped (diagnosed without them):").contains("systeminfo.txt");
    }

    @Test
    void aPastedTranscriptIsDiagnosed() throws IOException {
        // three commands (psexec sc query, a German netstat as cp850 mojibake, Test-NetConnection
        // with a German WARNUNG), banners and a trailing prompt: TermService dies with 1067
        Run r = run("diagnose", "--format", "json", "facts-samples/captures/ticket-paste.txt");
        assertThat(r.err()).as("every block of the transcript is read").isEmpty();
        assertThat(r.exit()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.path("schema").asText()).isEqualTo("rdp-doctor/report/v1");
        JsonNode first = report.path("causes").path(0);
        assertThat(first.path("id").asText()).isEqualTo("TERMSERVICE-CRASH");
        assertThat(first.path("certainty").asText()).isEqualTo("confirmed");
        assertThat(first.path("evidence").path(0).path("source").asText())
                .isEqualTo("facts-samples/captures/ticket-paste.txt:8 (sc query TermService)");
        // the other two blocks were read too: the report cites them as evidence
        assertThat(r.out()).contains("ticket-paste.txt:24 (netstat -ano)")
                .contains("ticket-paste.txt:35 (Test-NetConnection SRV01 -Port 3389)");
    }

    @Test
    void rawInputOfWhichNothingCanBeReadIsAnErrorNotAnEmptyReport() throws IOException {
        Path noise = dir.resolve("notes.txt");
        Files.writeString(noise, "the customer says it worked yesterday\nno command output here\n");
        Run r = run("diagnose", dir.resolve("missing.txt").toString(), noise.toString(), "facts-samples/gpo-denies-rdp.yaml");

        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).contains("missing.txt").contains("no such file")
                .contains("notes.txt: no command output could be read; nothing to diagnose");
        assertThat(r.out()).as("the fact file's diagnosis, and notes.txt's report saying nothing was understood")
                .contains("RDP-DISABLED-BY-GPO").doesNotContain("missing.txt:")
                .contains("No command output in " + noise + " was recognised");
    }
}
