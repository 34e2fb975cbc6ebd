package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.cli.RdpDoctor;
import io.rdpdoctor.diagnosis.Certainty;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The capture folders of facts-samples/captures/ diagnosed end to end: raw command output as it
 * comes off real machines (OEM code page, UTF-16, localized, damaged files) through the loader, the
 * parsers and the rules, to the expected root cause as the FIRST cause of the report.
 */
class CaptureFoldersTest {

    static final Path CAPTURES = Path.of("facts-samples/captures");

    /** A capture folder (or transcript), its expected first cause and that cause's certainty. */
    record Case(String input, String rootCause, Certainty certainty) {
    }

    static final List<Case> CASES = List.of(
            new Case("de-port-held-by-java", "PORT-CONFLICT", Certainty.CONFIRMED),
            new Case("gpo-denies-rdp-utf16", "RDP-DISABLED-BY-GPO", Certainty.CONFIRMED),
            new Case("fr-termservice-stopped", "TERMSERVICE-STOPPED", Certainty.CONFIRMED),
            new Case("nl-rdp-disabled-constructed", "RDP-DISABLED", Certainty.CONFIRMED),
            new Case("client-server-public-profile", "FIREWALL-PROFILE-MISMATCH", Certainty.CONFIRMED),
            new Case("port-changed-truncated-files", "PORT-CHANGED", Certainty.CONFIRMED),
            new Case("machinekeys-acl-no-cert", "MACHINEKEYS-ACL", Certainty.CONFIRMED),
            new Case("ticket-paste.txt", "TERMSERVICE-CRASH", Certainty.CONFIRMED));

    /** Folders that are examples or benchmark input, not a fault case. */
    static final Set<String> NOT_CASES = Set.of("srv01-example", "all-commands");

    /** The only folder with files that must be skipped. */
    static final String DAMAGED = "port-changed-truncated-files";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> eachCaptureIsDiagnosedToItsRootCauseFirst() {
        Diagnoser diagnoser = new Diagnoser(TestRules.bundled(), TestRules.DAY);
        CaptureLoader loader = new CaptureLoader();
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.input() + " -> " + c.rootCause(), () -> {
            CaptureLoader.Result read = loader.load(CAPTURES.resolve(c.input()));
            assertThat(read.blocks()).as("blocks read from " + c.input()).isNotEmpty();
            if (!c.input().equals(DAMAGED)) {
                assertThat(read.incomplete()).as("everything in " + c.input() + " is read: " + read.skipped()).isFalse();
            }
            Report report = diagnoser.diagnose(read.facts());
            assertThat(report.causes()).as("causes of " + c.input()).isNotEmpty();
            Report.Diagnosis first = report.causes().get(0);
            assertThat(first.id()).as("first cause of " + c.input() + "; all: "
                    + report.causes().stream().map(Report.Diagnosis::id).toList()).isEqualTo(c.rootCause());
            assertThat(first.certainty()).as("certainty of " + first.id()).isEqualTo(c.certainty());
        }));
    }

    @Test
    void everyCaptureFolderHasAnExpectedRootCause() throws IOException {
        Set<String> folders;
        try (Stream<Path> s = Files.list(CAPTURES)) {
            folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !NOT_CASES.contains(n)).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> covered = CASES.stream().map(Case::input).collect(Collectors.toSet());
        assertThat(covered).as("capture folders with an expected root cause").containsAll(folders);
        assertThat(folders).as("at least six fault folders").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void theGermanFolderIsInTheOemCodePageAndTheGpresultInUtf16() throws IOException {
        byte[] netstat = Files.readAllBytes(CAPTURES.resolve("de-port-held-by-java/netstat-ano.txt"));
        // ABHÖREN in cp850: 0x99 for Ö, and no UTF-8 (0xC3 0x96) anywhere
        assertThat(new String(netstat, StandardCharsets.ISO_8859_1)).contains("ABH\u0099REN").doesNotContain("\u00c3");
        byte[] gpresult = Files.readAllBytes(CAPTURES.resolve("gpo-denies-rdp-utf16/gpresult-h.html"));
        assertThat(gpresult[0]).isEqualTo((byte) 0xFF);
        assertThat(gpresult[1]).isEqualTo((byte) 0xFE);

        CaptureLoader.Result de = new CaptureLoader().load(CAPTURES.resolve("de-port-held-by-java"));
        assertThat(block(de, "netstat-ano.txt").encoding()).startsWith("cp850");
        assertThat(block(de, "netstat-ano.txt").parser()).isEqualTo("netstat-ano");
        CaptureLoader.Result gpo = new CaptureLoader().load(CAPTURES.resolve("gpo-denies-rdp-utf16"));
        assertThat(block(gpo, "gpresult-h.html").encoding()).startsWith("UTF-16LE");
        assertThat(block(gpo, "gpresult-h.html").parser()).isEqualTo("gpresult-h");
        assertThat(block(gpo, "gpresult-h.html").facts()).isPositive();
    }

    private static CaptureLoader.Block block(CaptureLoader.Result r, String file) {
        return r.blocks().stream().filter(b -> b.file().endsWith("/" + file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " not read; blocks: " + r.blocks() + "; skipped: " + r.skipped()));
    }

    @Test
    void theDamagedFilesAreSkippedWithTheirReasonAndTheRestIsDiagnosed() {
        CaptureLoader.Result read = new CaptureLoader().load(CAPTURES.resolve(DAMAGED));
        assertThat(read.skipped()).extracting(s -> Path.of(s.file()).getFileName().toString(), CaptureLoader.Skipped::why)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("netsh-firewall-show-rule.txt", CaptureLoader.Why.PARSE_ERROR),
                        org.assertj.core.groups.Tuple.tuple("systeminfo.txt", CaptureLoader.Why.UNREADABLE));

        // what the user sees: the report, and beside it every skipped file with its reason
        CommandLine cl = RdpDoctor.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("diagnose", CAPTURES.resolve(DAMAGED).toString());
        assertThat(out.toString()).contains("PORT-CHANGED");
        assertThat(err.toString())
                .containsPattern("netsh-firewall-show-rule\\.txt:\\d+ .*skipped: .*no Action")
                .containsPattern("systeminfo\\.txt: skipped: is binary");
        assertThat(exit).as("something was skipped: an input error exit code").isEqualTo(io.rdpdoctor.cli.ExitCodes.INPUT_ERROR);
    }

    @Test
    void theAllCommandsFolderHasOneReadableFileForEveryParser() {
        CaptureLoader.Result read = new CaptureLoader().load(CAPTURES.resolve("all-commands"));
        assertThat(read.skipped()).isEmpty();
        Set<String> read_ = read.blocks().stream().map(CaptureLoader.Block::parser).collect(Collectors.toSet());
        assertThat(read_).containsAll(Parsers.all().stream().map(CommandParser::id).toList());
    }

    @Test
    void theCaptureScenarioFilePasses() {
        List<ScenarioRunner.Result> results = new ScenarioRunner(TestRules.bundled()).run(CAPTURES.resolve("captures.scenarios.yaml"));
        assertThat(results).hasSizeGreaterThanOrEqualTo(CASES.size());
        for (ScenarioRunner.Result r : results) {
            assertThat(r.failures()).as(r.scenario()).isEmpty();
            assertThat(r.status()).as(r.scenario()).isEqualTo(ScenarioRunner.Result.Status.PASSED);
        }
    }

    @Test
    void aScenarioFileMayNameACaptureFolderAndIsCheckedAgainstIt() throws IOException {
        Path folder = CAPTURES.resolve("fr-termservice-stopped").toAbsolutePath();
        Path file = dir.resolve("capture.scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: the right cause
                    file: '%1$s'
                    expect: [{id: TERMSERVICE-STOPPED, certainty: confirmed}]
                  - name: a wrong cause
                    file: '%1$s'
                    expect: [{id: RDP-DISABLED-BY-GPO}]
                  - name: a folder with nothing readable
                    file: '%2$s'
                    expect: [{id: TERMSERVICE-STOPPED}]
                """.formatted(folder, Files.createDirectories(dir.resolve("empty")).toAbsolutePath()));
        List<ScenarioRunner.Result> results = new ScenarioRunner(TestRules.bundled()).run(file);
        assertThat(results).extracting(ScenarioRunner.Result::status).containsExactly(
                ScenarioRunner.Result.Status.PASSED, ScenarioRunner.Result.Status.FAILED, ScenarioRunner.Result.Status.FAILED);
        assertThat(results.get(1).failures()).singleElement().asString()
                .contains("expected RDP-DISABLED-BY-GPO but it was not found").contains("TERMSERVICE-STOPPED");
        assertThat(results.get(2).failures()).singleElement().asString().contains("no command output could be read");
    }
}
