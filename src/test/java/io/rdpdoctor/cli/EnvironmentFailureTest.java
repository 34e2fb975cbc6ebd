package io.rdpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rdpdoctor.batch.ReportDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures of the environment are said as such, not as bugs (adversarial review F29): a {@code --out}
 * that cannot be written or a full disk is {@code cannot write DIR: REASON}, exit 2, as for a
 * directory that batch refuses; never "internal error" (exit 1) with a Java exception's name.
 */
class EnvironmentFailureTest {

    @TempDir
    Path dir;

    @Test
    void f29AnOutDirectoryBelowARegularFileIsExit2WithTheReason() throws Exception {
        // fails for root too (the CI runs as root, where permissions do not bite)
        Path file = Files.writeString(dir.resolve("plain-file"), "not a directory\n");
        Path out = file.resolve("report");
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("batch", "facts-samples/gpo-denies-rdp.yaml", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("rdp-doctor: batch: cannot write " + out + ": not a directory")
                .doesNotContain("Exception").doesNotContain("internal error");
    }

    @Test
    void f29AnOutDirectoryWithoutWritePermissionIsExit2PermissionDenied() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes a read-only directory anyway");
        Path out = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("batch", "facts-samples/gpo-denies-rdp.yaml", "--out", out.toString());
            assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("rdp-doctor: batch: cannot write " + out + ": permission denied")
                    .doesNotContain("Exception").doesNotContain("internal error");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void f29AFullDiskIsSaidInTheSystemsWords() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full on this system");
        IOException e = null;
        try {
            Files.writeString(full, "x".repeat(10_000));
        } catch (IOException thrown) {
            e = thrown;
        }
        assertThat(e).as("writing /dev/full fails").isNotNull();
        Path out = dir.resolve("out");
        assertThat(ReportDirectory.cannotWrite(out, e)).isEqualTo("cannot write " + out + ": no space left on device");
    }

    @Test
    void f30AnArgumentTheLocaleCouldNotDecodeIsSaidPlainly() {
        // what a JVM in the C locale hands main() for "hôst 1.yaml": each byte of ô became U+FFFD
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = RdpDoctor.commandLine();
        cl.setErr(new java.io.PrintWriter(err));
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        int exit = RdpDoctor.execute(cl, "diagnose", dir.resolve("h\uFFFD\uFFFDst 1.yaml").toString());
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("h\uFFFD\uFFFDst 1.yaml").contains("could not decode, so it is not what you typed")
                .doesNotContain("no such file");
        // this test's JVM runs in a UTF-8 locale or not; either way the message says what to do
        assertThat(err.toString()).containsAnyOf("run rdp-doctor with a UTF-8 locale (LC_ALL=C.UTF-8", "the name is not UTF-8");
    }
}
