package io.rdpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.parse.CaptureLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input lost, no input misread (issue 11 part 2; adversarial review F26, F27): a damaged report is
 * not "read", and every note cites the line it is about.
 */
class MisreadInputTest {

    @TempDir
    Path dir;

    /** The gpresult /h sample with its table headers and policy names damaged, as byte flips do. */
    private Path damagedGpresult() throws Exception {
        String good = Files.readString(Path.of("src/test/resources/parsers/gpresult-h/en-1-constructed.txt"));
        String damaged = good.replace("<th scope=\"col\">Setting</th>", "<th scope=\"col\">Setting</h")
                .replace("Remote Desktop", "Remo~e Desktop").replace("remote (RDP)", "rem)te (RDP)");
        assertThat(damaged).isNotEqualTo(good).contains("Computer Details");
        Path folder = Files.createDirectories(dir.resolve("gpo-corrupt"));
        Files.writeString(folder.resolve("gpresult.html"), damaged);
        return folder;
    }

    @Test
    void f27ARecognisedReportThatYieldsNothingIsNotReadAndNotUnderstood() throws Exception {
        Path folder = damagedGpresult();
        CaptureLoader.Result r = new CaptureLoader().load(folder);
        assertThat(r.blocks()).isEmpty();
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.why()).isEqualTo(CaptureLoader.Why.NOTHING_READ);
            assertThat(s.toString()).contains("gpresult.html").contains("recognised as gpresult-h")
                    .contains("but nothing could be read");
        });
        assertThat(r.facts().collected(io.rdpdoctor.facts.Area.GROUP_POLICY)).isFalse();

        DiagnoseCommandTest.Run d = DiagnoseCommandTest.run("diagnose", folder.toString());
        assertThat(d.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(d.err()).contains("recognised as gpresult-h").contains("but nothing could be read");
        assertThat(d.out()).contains("NOT UNDERSTOOD").contains("recognised as gpresult-h")
                .doesNotContain("No cause found in the collected facts");
    }

    @Test
    void f27ADamagedReportBesideGoodOutputIsAWarningInTheReportAndExit3() throws Exception {
        Path folder = damagedGpresult();
        Files.writeString(folder.resolve("sc-query.txt"), String.join("\r\n",
                "SERVICE_NAME: TermService",
                "        TYPE               : 30  WIN32",
                "        STATE              : 4  RUNNING",
                "        WIN32_EXIT_CODE    : 0  (0x0)",
                "        SERVICE_EXIT_CODE  : 0  (0x0)",
                "        CHECKPOINT         : 0x0",
                "        WAIT_HINT          : 0x0", ""));
        DiagnoseCommandTest.Run d = DiagnoseCommandTest.run("diagnose", folder.toString());
        assertThat(d.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(d.out()).contains("Skipped (diagnosed without them):").contains("recognised as gpresult-h").contains("but nothing could be read");
    }

    @Test
    void f27TheCommandThatPrintedNothingIsCitedAtItsPromptLine() {
        String paste = String.join("\r\n",
                "Microsoft Windows [Version 10.0.20348.2340]",
                "",
                "C:\\Users\\admin>qwinsta",
                "C:\\Users\\admin>sc query NoSuchThing",
                "",
                "C:\\Users\\admin>netstat -ano",
                "C:\\Users\\admin>");
        CaptureLoader.Result r = new CaptureLoader().load("paste.txt", paste.getBytes(StandardCharsets.UTF_8));
        assertThat(r.skipped()).filteredOn(s -> s.why() == CaptureLoader.Why.NO_OUTPUT)
                .extracting(s -> s.command() + "@" + s.line())
                .containsExactly("qwinsta@3", "sc query NoSuchThing@4", "netstat -ano@6");
    }
}
