package io.rdpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdpdoctor.cli.DiagnoseCommandTest.Run;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 part 3: an input of which nothing was understood never looks healthy. The report says
 * so in its first lines (what, and what to collect) and diagnose exits 3, not 0.
 */
class NotUnderstoodTest {

    @TempDir
    Path dir;

    private static final String GPRESULT_R = """
            C:\\> gpresult /r

            Microsoft (R) Windows (R) Operating System Group Policy Result tool v2.0

            COMPUTER SETTINGS
            ------------------
                Applied Group Policy Objects
                -----------------------------
                    Default Domain Policy
            """;

    /** The lines before the first diagnosis, ranking or next step of a text report. */
    private static String head(String out) {
        int end = out.indexOf("No cause found");
        return end < 0 ? out : out.substring(0, end);
    }

    @Test
    void aPasteOfWhichNoCommandIsRecognisedSaysSoFirstAndExitsThree() throws Exception {
        Path paste = Files.writeString(dir.resolve("ticket.txt"), "the customer says it worked yesterday\nplease help, urgent\n");
        Run r = DiagnoseCommandTest.run("diagnose", paste.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(2)).isEqualTo("NOT UNDERSTOOD:");
        assertThat(lines.get(3)).contains("No command output in " + paste + " was recognised");
        assertThat(head(r.out())).contains("Collect-RdpFacts.ps1").contains("Skipped:").contains("skipped: not recognised");
    }

    @Test
    void aGpresultWithNoPolicyReadSaysWhatToCollectInsteadAndExitsThree() throws Exception {
        Path paste = Files.writeString(dir.resolve("gp.txt"), GPRESULT_R);
        Run r = DiagnoseCommandTest.run("diagnose", paste.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.out().lines().skip(2).findFirst()).hasValue("NOT UNDERSTOOD:");
        assertThat(head(r.out())).contains("Read from the input:").contains("gpresult-r at " + paste + ":3-9 (gpresult /r): English, UTF-8, 0 facts");

        Run json = DiagnoseCommandTest.run("diagnose", "--format", "json", paste.toString());
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.path("notUnderstood")).hasSize(1);
        assertThat(report.path("notUnderstood").path(0).asText()).contains("gpresult-r (" + paste + ":3-9) was recognised but gave no fact")
                .contains("collect gpresult /scope computer /x gp.xml");
        assertThat(report.path("recognised").path(0).path("parser").asText()).isEqualTo("gpresult-r");
        assertThat(report.path("recognised").path(0).path("facts").asInt()).isZero();
        assertThat(report.path("recognised").path(0).path("language").asText()).isEqualTo("en");
    }

    @Test
    void aClientMessageThatMatchesNothingIsNotHealthy() throws Exception {
        Run r = DiagnoseCommandTest.run("diagnose", "--client-error", "blah something odd");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.out().lines().skip(2).findFirst()).hasValue("NOT UNDERSTOOD:");
        assertThat(head(r.out())).contains("The client's message \"blah something odd\" matches none rdp-doctor knows");
        // near miss: a known message is understood
        Run known = DiagnoseCommandTest.run("diagnose", "--client-error", "0x204");
        assertThat(known.out()).doesNotContain("NOT UNDERSTOOD");
        assertThat(known.exit()).isNotEqualTo(ExitCodes.INPUT_ERROR);
    }

    @Test
    void aFactFileWithNothingButAHostNameSaysSoInEveryFormat() throws Exception {
        Path only = Files.writeString(dir.resolve("only-name.yaml"), "host: {name: X}\n");
        for (String format : List.of("text", "markdown", "html")) {
            Run r = DiagnoseCommandTest.run("diagnose", "--format", format, only.toString());
            assertThat(r.exit()).as(format).isEqualTo(ExitCodes.INPUT_ERROR);
            assertThat(r.out()).as(format).containsIgnoringCase("not understood")
                    .contains("Nothing was collected about this host but its name")
                    .doesNotContain("No cause found in the collected facts");
        }
        JsonNode json = new ObjectMapper().readTree(DiagnoseCommandTest.run("diagnose", "--format", "json", only.toString()).out());
        assertThat(json.path("notUnderstood").path(0).asText()).startsWith("Nothing was collected about this host but its name");
    }

    @Test
    void anUnderstoodInputHasNoSuchLineAndAHealthyHostStillExitsZero() throws Exception {
        Run r = DiagnoseCommandTest.run("diagnose", "--format", "json", "facts-samples/gpo-denies-rdp.yaml");
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.path("notUnderstood")).isEmpty();
        assertThat(report.path("recognised")).as("a fact file is not raw output").isEmpty();
        Path fine = Files.writeString(dir.resolve("fine.yaml"), "services: [{name: TermService, status: running, startType: manual}]\n");
        Run healthy = DiagnoseCommandTest.run("diagnose", fine.toString());
        assertThat(healthy.out()).doesNotContain("NOT UNDERSTOOD");
    }

    @Test
    void aPasteOnStandardInputListsTheCommandsItRecognisedAndTheirLinesAtTheTop() throws Exception {
        InputStream stdin = System.in;
        Run r;
        Run json;
        try {
            byte[] paste = Files.readAllBytes(Path.of("facts-samples/captures/ticket-paste.txt"));
            System.setIn(new ByteArrayInputStream(paste));
            r = DiagnoseCommandTest.run("diagnose", "-");
            System.setIn(new ByteArrayInputStream(paste));
            json = DiagnoseCommandTest.run("diagnose", "--format", "json", "-");
        } finally {
            System.setIn(stdin);
        }
        String top = r.out().substring(0, r.out().indexOf("Diagnoses, most likely"));
        assertThat(top).contains("Read from the input:")
                .containsPattern("sc-query at -:8-\\d+ \\(sc query TermService\\): English, UTF-8, 2 mis-decoded words repaired, 1 fact")
                // the German netstat of the same paste, its OEM letters repaired: each block its own language
                .containsPattern("netstat-ano at -:\\d+-\\d+ \\(netstat -ano\\): German, UTF-8, 2 mis-decoded words repaired, 2 facts")
                .containsPattern("test-netconnection at -:\\d+-\\d+ \\(Test-NetConnection SRV01 -Port 3389\\): language-neutral, UTF-8")
                .doesNotContain("NOT UNDERSTOOD");
        JsonNode rec = new ObjectMapper().readTree(json.out().getBytes(StandardCharsets.UTF_8)).path("recognised");
        assertThat(rec.findValuesAsText("parser")).contains("sc-query", "netstat-ano");
        assertThat(rec.path(0).path("source").asText()).matches("-:8-\\d+");
        assertThat(rec.path(0).path("command").asText()).isEqualTo("sc query TermService");
        assertThat(rec.findValuesAsText("language")).containsExactly("en", "de", "neutral");
        assertThat(rec.findValuesAsText("languageName")).containsExactly("English", "German", "language-neutral");
    }
}
