package io.rdpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rdpdoctor.batch.BatchRunner;
import io.rdpdoctor.batch.ResultFormat;
import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.engine.RuleBase;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Inputs that are not what they seem (adversarial review F11, F13, F18, F25): FIFOs and devices are
 * refused without being opened, symbolic links out of a capture folder or batch directory are not
 * followed, and a write error on standard output is an error.
 */
class InputHardeningTest {

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
        return p;
    }

    @Test
    void aFifoAsAFactFileIsRefusedNotWaitedOn() throws Exception {
        Path f = fifo("host.yaml");
        DiagnoseCommandTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> DiagnoseCommandTest.run("diagnose", f.toString(), "facts-samples/gpo-denies-rdp.yaml"));
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).contains("host.yaml: is not a regular file");
        assertThat(r.out()).contains("RDP-DISABLED-BY-GPO");
    }

    @Test
    void aFifoAsRawOutputIsRefusedInDiagnoseAndParse() throws Exception {
        Path f = fifo("paste.txt");
        DiagnoseCommandTest.Run d = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> DiagnoseCommandTest.run("diagnose", f.toString()));
        assertThat(d.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(d.err()).contains("paste.txt").contains("is not a regular file");
        DiagnoseCommandTest.Run p = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> DiagnoseCommandTest.run("parse", f.toString()));
        assertThat(p.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(p.err()).contains("is not a regular file");
    }

    @Test
    void aDeviceIsNotAFactFile() throws Exception {
        // as raw output, and (symlinked, as the review did) as a fact file: /dev/zero was "0 bytes" before
        DiagnoseCommandTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> DiagnoseCommandTest.run("diagnose", "/dev/null"));
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).contains("/dev/null").contains("is not a regular file");
        Path zero = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        DiagnoseCommandTest.Run z = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> DiagnoseCommandTest.run("diagnose", zero.toString()));
        assertThat(z.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(z.err()).contains("zero.yaml: is not a regular file").doesNotContain("bytes");
    }

    @Test
    void aFifoInABatchDirectoryIsAnErrorRecordAndTheBatchEnds() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("facts-samples/gpo-denies-rdp.yaml"), in.resolve("a.yaml"));
        Process mk = new ProcessBuilder("mkfifo", in.resolve("b.yaml").toString()).start();
        assertThat(mk.waitFor()).isZero();
        StringWriter out = new StringWriter();
        BatchRunner.Totals t = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new BatchRunner().run(
                RuleBase.load(List.of(Path.of("rules"))), new BatchRunner.Options(List.of(in), ResultFormat.JSONL, out, null, 2,
                        false, false, new PrintStream(OutputStream.nullOutputStream()), ReferenceDay.of(LocalDate.of(2026, 1, 1)))));
        assertThat(t.found()).isEqualTo(2);
        assertThat(t.errors()).isEqualTo(1);
        assertThat(out.toString()).contains("b.yaml").contains("is not a regular file");
    }

    @Test
    void aSymbolicLinkOutOfACaptureFolderIsNotFollowedNorQuoted() throws Exception {
        Path secret = dir.resolve("secret.env");
        Files.writeString(secret, "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG\n");
        Path cap = Files.createDirectories(dir.resolve("cap"));
        Files.writeString(cap.resolve("manifest.json"), "{\"host\":\"SRV01\"}");
        Files.copy(Path.of("facts-samples/captures/all-commands").resolve(firstTxt()), cap.resolve(firstTxt()));
        Files.createSymbolicLink(cap.resolve("notes.txt"), secret);
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("diagnose", cap.toString());
        assertThat(r.err()).contains("notes.txt").contains("symbolic link to a file outside the capture folder; not followed");
        assertThat(r.err() + r.out()).doesNotContain("AWS_SECRET").doesNotContain("wJalr");
        DiagnoseCommandTest.Run p = DiagnoseCommandTest.run("parse", cap.toString());
        assertThat(p.err() + p.out()).doesNotContain("AWS_SECRET");
    }

    private static String firstTxt() throws IOException {
        try (var s = Files.list(Path.of("facts-samples/captures/all-commands"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void aSymbolicLinkOutOfABatchDirectoryIsNotFollowed() throws Exception {
        Path outside = dir.resolve("shadow.yaml");
        Files.writeString(outside, "root:*:20228:0:99999:7:::\n");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("facts-samples/gpo-denies-rdp.yaml"), in.resolve("a.yaml"));
        Files.createSymbolicLink(in.resolve("host.yaml"), outside);
        // a link that stays inside the directory is an ordinary input
        Files.createSymbolicLink(in.resolve("c.yaml"), in.resolve("a.yaml"));
        StringWriter out = new StringWriter();
        BatchRunner.Totals t = new BatchRunner().run(RuleBase.load(List.of(Path.of("rules"))),
                new BatchRunner.Options(List.of(in), ResultFormat.JSONL, out, null, 1, false, false,
                        new PrintStream(OutputStream.nullOutputStream()), ReferenceDay.of(LocalDate.of(2026, 1, 1))));
        assertThat(t.found()).isEqualTo(3);
        assertThat(t.errors()).isEqualTo(1);
        assertThat(t.ok()).isEqualTo(2);
        assertThat(out.toString()).contains("host.yaml").contains("symbolic link to a file outside").doesNotContain("root:*");
    }

    /** F7, F8: a null in a required key is a file:line:col error, not a crash that loses the inputs after it. */
    @Test
    void aNullInARequiredKeyIsAnInputErrorAndTheNextInputIsStillDiagnosed() throws Exception {
        Path nul = dir.resolve("portTests-succeeded.json");
        Files.writeString(nul, "{\"host\":{\"name\":\"N\"},\"portTests\":[{\"target\":\"A\",\"port\":3389,\"succeeded\":null}]}");
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("diagnose", "--format", "json", nul.toString(), "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).contains("portTests-succeeded.json:1:").contains("missing required key 'succeeded' (it is null) at portTests[0]")
                .doesNotContain("internal error").doesNotContain("Exception");
        assertThat(r.out()).contains("RDP-DISABLED-BY-GPO");
    }

    /** F21: a host about which nothing was collected is not "healthy". */
    @Test
    void aFactFileWithOnlyAHostNameIsNotHealthy() throws Exception {
        Path only = dir.resolve("only-name.yaml");
        Files.writeString(only, "host: {name: X}\n");
        Path empty = dir.resolve("empty-map.yaml");
        Files.writeString(empty, "{}\n");
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("diagnose", only.toString(), empty.toString(), "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).contains("only-name.yaml: nothing was collected about this host but its name")
                .contains("empty-map.yaml: nothing was collected");
        assertThat(r.out()).doesNotContain("No cause found in the collected facts").contains("RDP-DISABLED-BY-GPO")
                .contains("NOT UNDERSTOOD");
        // with the client's message there is something to go on
        assertThat(DiagnoseCommandTest.run("diagnose", "--client-error", "0x204", only.toString()).exit()).isNotEqualTo(ExitCodes.INPUT_ERROR);

        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(only, in.resolve("only-name.yaml"));
        StringWriter out = new StringWriter();
        BatchRunner.Totals t = new BatchRunner().run(RuleBase.load(List.of(Path.of("rules"))),
                new BatchRunner.Options(List.of(in), ResultFormat.JSONL, out, null, 1, false, false,
                        new PrintStream(OutputStream.nullOutputStream()), ReferenceDay.of(LocalDate.of(2026, 1, 1))));
        assertThat(t.healthy()).isZero();
        assertThat(t.errors()).isEqualTo(1);
        assertThat(out.toString()).contains("\"status\":\"error\"").contains("nothing was collected");
    }

    /** F21 / code review P3: a capture folder of which only the manifest was read is not healthy either. */
    @Test
    void aCaptureFolderWithOnlyAManifestReadIsAnErrorRecord() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path cap = Files.createDirectories(in.resolve("SRV7"));
        Files.writeString(cap.resolve("manifest.json"), "{\"host\":\"SRV7\"}");
        Files.write(cap.resolve("netstat-ano.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        StringWriter out = new StringWriter();
        BatchRunner.Totals t = new BatchRunner().run(RuleBase.load(List.of(Path.of("rules"))),
                new BatchRunner.Options(List.of(in), ResultFormat.JSONL, out, null, 1, false, false,
                        new PrintStream(OutputStream.nullOutputStream()), ReferenceDay.of(LocalDate.of(2026, 1, 1))));
        assertThat(t.healthy()).isZero();
        assertThat(t.errors()).isEqualTo(1);
        assertThat(out.toString()).contains("\"status\":\"error\"").contains("no command output recognised");
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("diagnose", cap.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.out()).doesNotContain("No cause found");
    }

    @Test
    void aWriteErrorOnStandardOutputIsAnError() {
        CommandLine cl = RdpDoctor.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }));
        cl.setErr(new PrintWriter(err));
        int exit = RdpDoctor.execute(cl, "diagnose", "facts-samples/gpo-denies-rdp.yaml");
        assertThat(exit).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(err.toString()).contains("cannot write standard output");
    }
}
