package io.rdpdoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.cli.RdpDoctor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** --out is taken by one batch at a time, and never a directory of someone else's files (adversarial review F12, F20). */
class ReportDirectoryTest {

    @TempDir
    Path dir;

    private static int batch(StringWriter err, String... args) {
        CommandLine cl = RdpDoctor.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void aSecondBatchOnTheSameOutRefusesAndDestroysNothing() throws Exception {
        Path out = dir.resolve("out");
        ReportDirectory first = new ReportDirectory(out);
        first.begin("the first batch");
        Files.writeString(first.work().resolve("results.jsonl"), "{\"host\":\"A\"}\n");
        StringWriter err = new StringWriter();
        int exit = batch(err, "batch", "facts-samples/gpo-denies-rdp.yaml", "--out", out.toString(), "-q");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("is being written by another batch");
        assertThat(first.work().resolve("results.jsonl")).hasContent("{\"host\":\"A\"}");
        assertThatThrownBy(() -> new ReportDirectory(out).begin("a third")).isInstanceOf(ReportDirectory.Refused.class);
        first.finish();
        // once the first is done, the directory (an earlier report now) can be written again
        assertThat(batch(new StringWriter(), "batch", "facts-samples/gpo-denies-rdp.yaml", "--out", out.toString(), "-q")).isEqualTo(4);
        assertThat(batch(new StringWriter(), "batch", "facts-samples/gpo-denies-rdp.yaml", "--out", out.toString(), "-q")).isEqualTo(4);
        assertThat(out.resolve(ReportDirectory.REPORT)).content().contains("rdp-doctor-report");
    }

    @Test
    void aNonEmptyDirectoryWithoutAReportIsRefusedUntouched() throws Exception {
        Path user = Files.createDirectories(dir.resolve("userdir"));
        Files.writeString(user.resolve("summary.md"), "my notes\n");
        Files.writeString(user.resolve("INCOMPLETE"), "mine\n");
        Files.createDirectories(user.resolve(".rdp-doctor-work"));
        Files.writeString(user.resolve(".rdp-doctor-work/mine.txt"), "mine too\n");
        StringWriter err = new StringWriter();
        int exit = batch(err, "batch", "facts-samples/gpo-denies-rdp.yaml", "--out", user.toString(), "-q");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("is not empty and holds no earlier rdp-doctor report");
        assertThat(user.resolve("summary.md")).hasContent("my notes");
        assertThat(user.resolve("INCOMPLETE")).hasContent("mine");
        assertThat(user.resolve(".rdp-doctor-work/mine.txt")).hasContent("mine too");
    }

    @Test
    void anEmptyExistingDirectoryIsFine() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(batch(new StringWriter(), "batch", "facts-samples/gpo-denies-rdp.yaml", "--out", empty.toString(), "-q")).isEqualTo(4);
        assertThat(empty.resolve(ReportDirectory.REPORT)).exists();
    }
}
