package io.rdpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diagnose with several hosts: a folder of hosts is diagnosed host by host (never merged), several
 * JSON reports are one JSON document, -o writes a file whole, short options and any-case values.
 */
class DiagnoseInputsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static DiagnoseCommandTest.Run run(String... args) {
        return DiagnoseCommandTest.run(args);
    }

    /** Three hosts in one folder: two fact files and one capture folder. */
    Path fleet() throws Exception {
        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        Files.copy(Path.of("facts-samples/gpo-denies-rdp.yaml"), fleet.resolve("gpo.yaml"));
        Files.copy(Path.of("facts-samples/port-conflict-javaw-on-3389.yaml"), fleet.resolve("javaw.yaml"));
        Path capture = Files.createDirectories(fleet.resolve("fr-capture"));
        try (var s = Files.list(Path.of("facts-samples/captures/fr-termservice-stopped"))) {
            for (Path f : s.toList()) Files.copy(f, capture.resolve(f.getFileName()));
        }
        return fleet;
    }

    @Test
    void aFolderOfHostsGivesOneReportPerHostNeverAMergedOne() throws Exception {
        Path fleet = fleet();
        DiagnoseCommandTest.Run r = run("diagnose", "--format", "json", fleet.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        JsonNode reports = JSON.readTree(r.out());
        assertThat(reports.isArray()).as("one JSON document: an array of reports").isTrue();
        assertThat(reports).hasSize(3);
        List<String> firstCauses = new ArrayList<>();
        for (JsonNode report : reports) {
            assertThat(report.get("schema").asText()).isEqualTo("rdp-doctor/report/v1");
            firstCauses.add(report.get("causes").get(0).get("id").asText());
            // each report's evidence comes from its own input only
            String input = report.get("input").asText();
            assertThat(report.findValuesAsText("source")).as("evidence of " + input).isNotEmpty();
            for (String file : report.findValuesAsText("source")) {
                assertThat(file).as("evidence of " + input).startsWith(input);
            }
        }
        assertThat(firstCauses).containsExactlyInAnyOrder("RDP-DISABLED-BY-GPO", "PORT-CONFLICT", "TERMSERVICE-STOPPED");
        assertThat(r.err()).contains("holds 3 inputs").contains("each is diagnosed on its own").contains("rdp-doctor batch");
    }

    @Test
    void aCaptureFolderIsStillOneHost() {
        DiagnoseCommandTest.Run r = run("diagnose", "-f", "json", "facts-samples/captures/fr-termservice-stopped");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        assertThat(r.err()).doesNotContain("each is diagnosed on its own");
        assertThat(r.out().strip()).startsWith("{");
    }

    @Test
    void aFactFileBesideCommandOutputIsJoinedWithItAsOneHost() throws Exception {
        Path host = Files.createDirectories(dir.resolve("host"));
        try (var s = Files.list(Path.of("facts-samples/captures/fr-termservice-stopped"))) {
            for (Path f : s.toList()) Files.copy(f, host.resolve(f.getFileName()));
        }
        // a value only the fact file has: its diagnosis shows that the file was joined with the captures
        Files.writeString(host.resolve("extra.yaml"), "registry:\n  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 1}\n");
        DiagnoseCommandTest.Run r = run("diagnose", "-f", "json", host.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.isObject()).isTrue();
        assertThat(report.findValuesAsText("id")).contains("TERMSERVICE-STOPPED", "RDP-DISABLED");
        assertThat(r.err()).doesNotContain("each is diagnosed on its own");
    }

    @Test
    void severalFilesInJsonAreOneJsonArrayAndAnyCaseFormatIsAccepted() throws Exception {
        DiagnoseCommandTest.Run r = run("diagnose", "--format", "JSON", "facts-samples/gpo-denies-rdp.yaml",
                dir.resolve("missing.yaml").toString(), "facts-samples/termservice-crash-1067.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        JsonNode reports = JSON.readTree(r.out()); // throws on a stream of documents
        assertThat(reports.isArray()).isTrue();
        assertThat(reports).extracting(n -> n.get("causes").get(0).get("id").asText())
                .containsExactly("RDP-DISABLED-BY-GPO", "TERMSERVICE-CRASH");
        assertThat(r.err()).contains("missing.yaml");
    }

    @Test
    void outputWritesTheFileWholeAndRefusesADirectory() throws Exception {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "an older report");
        DiagnoseCommandTest.Run r = run("diagnose", "-f", "json", "-o", report.toString(), "facts-samples/gpo-denies-rdp.yaml");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(report.toFile()).get("causes").get(0).get("id").asText()).isEqualTo("RDP-DISABLED-BY-GPO");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("report.json");
        }

        DiagnoseCommandTest.Run d = run("diagnose", "--output", dir.toString(), "facts-samples/gpo-denies-rdp.yaml");
        assertThat(d.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(d.err()).contains("is a directory");

        DiagnoseCommandTest.Run nothing = run("diagnose", "-o", report.toString(), dir.resolve("missing.yaml").toString());
        assertThat(nothing.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(JSON.readTree(report.toFile()).get("causes").get(0).get("id").asText())
                .as("a run with no report leaves the file as it was").isEqualTo("RDP-DISABLED-BY-GPO");
    }

    @Test
    void shortOptionsAndAnyCaseEnumValues() {
        DiagnoseCommandTest.Run help = run("diagnose", "--help");
        assertThat(help.out()).contains("-f, --format").contains("-o, --output").contains("-r, --rules").contains("-c, --client-error");
        DiagnoseCommandTest.Run batchHelp = run("batch", "--help");
        assertThat(batchHelp.out()).contains("-f, --format").contains("-o, --out").contains("-r, --rules");
        DiagnoseCommandTest.Run parse = run("parse", "--sources", "none", "facts-samples/captures/ticket-paste.txt");
        assertThat(parse.err()).doesNotContain("expected one of");
        assertThat(parse.out()).contains("TermService").doesNotContain("source:");
    }

    @Test
    void aTicketsWordsThatQuoteAClientMessageAreReadAndWordsThatQuoteNothingAreNot() throws Exception {
        Path ticket = dir.resolve("ticket.txt");
        Files.writeString(ticket, """
                After patch Tuesday I can't connect to our 2016 server anymore. mstsc says
                An authentication error has occurred.
                The function requested is not supported
                This could be due to CredSSP encryption oracle remediation.
                """);
        DiagnoseCommandTest.Run r = run("diagnose", "--format", "json", ticket.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("causes").get(0).get("id").asText()).isEqualTo("CREDSSP-ORACLE");
        assertThat(report.get("recognised").get(0).get("parser").asText()).isEqualTo("free-text");
        assertThat(report.get("recognised").get(0).get("how").asText()).contains("MSG-CREDSSP-ORACLE");

        // nobody pastes a ticket about a Remote Desktop that works: prose that speaks of it is a report that it fails
        Path chat = dir.resolve("chat.txt");
        Files.writeString(chat, "Hi, RDP to the server is broken since the weekend, any idea? Maybe NLA?\n");
        DiagnoseCommandTest.Run said = run("diagnose", "--format", "json", chat.toString());
        assertThat(said.exit()).as(said.err()).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        JsonNode fromChat = JSON.readTree(said.out());
        assertThat(fromChat.get("recognised").get(0).get("how").asText()).contains("a ticket about Remote Desktop");
        assertThat(fromChat.get("causes")).isNotEmpty();
        // the text report says what the words were read as, which no command's name tells
        DiagnoseCommandTest.Run text = run("diagnose", chat.toString());
        assertThat(text.out()).contains("free-text at " + chat + ":1: language unknown, UTF-8, 1 fact: a").contains("a report that it fails");

        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Hi, the printer on the third floor is broken since the weekend, any idea?\n");
        DiagnoseCommandTest.Run none = run("diagnose", other.toString());
        assertThat(none.exit()).as("words that speak of something else are not understood").isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(none.err()).contains("other.txt:1: skipped: not recognised");

        Path listing = dir.resolve("listing.txt");
        Files.writeString(listing, """
                Name                           Enabled Direction Action
                Remote Desktop - User Mode (TCP-In)   True    Inbound   Allow
                Remote Desktop - User Mode (UDP-In)   True    Inbound   Allow
                """);
        DiagnoseCommandTest.Run printed = run("diagnose", listing.toString());
        assertThat(printed.exit()).as("output that names Remote Desktop in no sentence is not a ticket").isEqualTo(ExitCodes.INPUT_ERROR);
    }
}
