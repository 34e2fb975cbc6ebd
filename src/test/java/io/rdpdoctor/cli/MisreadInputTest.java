package io.rdpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.facts.ListeningSocket;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.ServiceStatus;
import io.rdpdoctor.parse.CaptureLoader;
import io.rdpdoctor.parse.CaptureText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
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
        assertThat(d.out().replaceAll("\\s+", " ")).contains("NOT UNDERSTOOD").contains("recognised as gpresult-h")
                .doesNotContain("No cause found in the collected facts");
    }

    /** The other side of F27: an intact report that sets no Remote Desktop policy says so truthfully. */
    @Test
    void f27AnIntactReportWithoutRemoteDesktopPoliciesIsReadAsNoneSet() throws Exception {
        String good = Files.readString(Path.of("src/test/resources/parsers/gpresult-h/en-1-constructed.txt"));
        String other = good.replace("Remote Desktop", "Remote Assistance").replace("remote (RDP)", "remote assistance");
        assertThat(other).isNotEqualTo(good).contains("<th scope=\"col\">Setting</th>");
        Path folder = Files.createDirectories(dir.resolve("gpo-none"));
        Files.writeString(folder.resolve("gpresult.html"), other);
        CaptureLoader.Result r = new CaptureLoader().load(folder);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.facts().collected(io.rdpdoctor.facts.Area.GROUP_POLICY)).isTrue();
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
        // the report wraps its lines, and where depends on the temporary folder's name
        assertThat(d.out().replaceAll("\\s+", " ")).contains("Skipped (diagnosed without them):").contains("recognised as gpresult-h").contains("but nothing could be read");
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

    @Test
    void f26InvalidUtf8InAFactFileIsAnErrorAtItsLine() throws Exception {
        Path f = dir.resolve("bad-utf8.yaml");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("host: {name: SRV01}\nservices:\n  - {name: Term".getBytes(StandardCharsets.US_ASCII));
        b.write(0xFF); // not UTF-8 anywhere; the reader used to turn it into U+FFFD and go on
        b.writeBytes("Service, status: Running}\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(f, b.toByteArray());
        DiagnoseCommandTest.Run d = DiagnoseCommandTest.run("diagnose", f.toString());
        assertThat(d.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(d.err()).contains(f + ":3:16: byte 0xFF (at byte offset 45) is not UTF-8").contains("save it as UTF-8");
        assertThat(d.out()).isEmpty();
    }

    @Test
    void f26AUtf16FactFileAsPowerShell51WritesItIsReadLikeItsUtf8Twin() throws Exception {
        String yaml = Files.readString(Path.of("facts-samples/gpo-denies-rdp.yaml"));
        Path f = dir.resolve("utf16.yaml");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFF);
        b.write(0xFE);
        b.writeBytes(yaml.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE));
        Files.write(f, b.toByteArray());
        DiagnoseCommandTest.Run utf16 = DiagnoseCommandTest.run("diagnose", "--format", "json", f.toString());
        DiagnoseCommandTest.Run utf8 = DiagnoseCommandTest.run("diagnose", "--format", "json", "facts-samples/gpo-denies-rdp.yaml");
        assertThat(utf16.err()).isEmpty();
        assertThat(utf16.exit()).isEqualTo(utf8.exit()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        assertThat(utf16.out()).contains("RDP-DISABLED-BY-GPO");
        assertThat(utf16.out().replace(f.toString(), "X")).isEqualTo(utf8.out().replace("facts-samples/gpo-denies-rdp.yaml", "X"));
    }

    @Test
    void f26AnAnsiColouredPowerShell7TranscriptIsParsed() {
        String esc = "\u001b";
        String transcript = String.join("\r\n",
                "PS C:\\Users\\admin> Get-Service TermService | Format-List Name,DisplayName,Status,StartType",
                "",
                esc + "[32;1mName        : " + esc + "[0mTermService",
                esc + "[32;1mDisplayName : " + esc + "[0mRemote Desktop Services",
                esc + "[32;1mStatus      : " + esc + "[0mStopped",
                esc + "[32;1mStartType   : " + esc + "[0mManual",
                "",
                "PS C:\\Users\\admin> ");
        CaptureLoader.Result r = new CaptureLoader().load("ps7-transcript.txt", transcript.getBytes(StandardCharsets.UTF_8));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.blocks()).singleElement().satisfies(b -> {
            assertThat(b.parser()).isEqualTo("get-service");
            assertThat(b.encoding()).contains("colour codes removed");
        });
        assertThat(r.facts().all(ServiceState.class)).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("TermService");
            assertThat(s.status()).isEqualTo(ServiceStatus.STOPPED);
        });
    }

    @Test
    void f26ATranscriptMixingUtf8AndCp850IsDecodedLineByLine() throws Exception {
        // PowerShell 7 writes UTF-8; cmd's netstat, appended to the same file, writes the OEM code page
        String ps = String.join("\r\n",
                "PS C:\\> Get-Service TermService | Format-List Name,DisplayName,Status,StartType",
                "",
                "Name        : TermService",
                "DisplayName : Remotedesktopdienste für Überwachung",
                "Status      : Running",
                "StartType   : Automatic",
                "", "");
        String cmd = String.join("\r\n",
                "C:\\>netstat -ano",
                "",
                "Aktive Verbindungen",
                "",
                "  Proto  Lokale Adresse         Remoteadresse          Status           PID",
                "  TCP    0.0.0.0:3389           0.0.0.0:0              ABHÖREN         1184",
                "");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(ps.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(cmd.getBytes(Charset.forName("IBM850")));
        byte[] bytes = b.toByteArray();

        CaptureText.Decoded text = CaptureText.decode(bytes);
        assertThat(text.text()).contains("Remotedesktopdienste für Überwachung").contains("ABHÖREN");
        assertThat(text.encoding()).startsWith("cp850").contains("1 line in UTF-8").doesNotContain("├");
        CaptureLoader.Result r = new CaptureLoader().load("mixed.txt", bytes);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.facts().all(ServiceState.class)).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ServiceStatus.RUNNING));
        assertThat(r.facts().all(ListeningSocket.class)).singleElement().satisfies(s -> assertThat(s.port()).isEqualTo(3389));
    }
}
