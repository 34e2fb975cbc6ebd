package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdpdoctor.TestRules;
import io.rdpdoctor.cli.ExitCodes;
import io.rdpdoctor.cli.RdpDoctor;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The collector's zip read as it is: the capture folders of facts-samples/captures/ zipped as
 * Collect-RdpFacts.ps1 does ({@code Compress-Archive -Path SRV01-20250314-093000}: one top folder
 * holding the files and manifest.json; Windows PowerShell 5.1 writes {@code \} in entry names), and
 * every zip a collector never writes refused with the zip and the entry named.
 */
class CaptureZipTest {

    static final Path CAPTURES = Path.of("facts-samples/captures");
    static final String TOP = "SRV01-20250314-093000";

    @TempDir
    Path dir;

    /** The files of a capture folder as the collector's zip holds them, with a manifest as the collector writes one. */
    static Map<String, byte[]> collectorLayout(Path folder, char separator) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(f).toString().replace('/', separator);
                entries.put(TOP + separator + rel, Files.readAllBytes(f));
            }
        }
        if (entries.keySet().stream().noneMatch(n -> n.endsWith("manifest.json"))) {
            entries.put(TOP + separator + "manifest.json", ("{\"host\": \"SRV01\", \"time\": \"2025-03-14T09:30:00Z\", "
                    + "\"collector\": \"Collect-RdpFacts.ps1\", \"collectorVersion\": \"1.0.0\"}").getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                z.write(e.getValue());
                z.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    Path zipFile(String name, Map<String, byte[]> entries) throws IOException {
        return Files.write(dir.resolve(name), zip(entries));
    }

    @TestFactory
    Stream<DynamicTest> aZippedCaptureFolderIsDiagnosedAsTheFolderIs() {
        Diagnoser diagnoser = new Diagnoser(TestRules.bundled(), TestRules.DAY);
        CaptureLoader loader = new CaptureLoader();
        List<DynamicTest> tests = new ArrayList<>();
        for (CaptureFoldersTest.Case c : CaptureFoldersTest.CASES) {
            if (!Files.isDirectory(CAPTURES.resolve(c.input()))) continue;
            for (char sep : new char[] {'\\', '/'}) {
                tests.add(DynamicTest.dynamicTest(c.input() + " zipped with '" + sep + "' -> " + c.rootCause(), () -> {
                    Path zip = zipFile(c.input() + ".zip", collectorLayout(CAPTURES.resolve(c.input()), sep));
                    CaptureLoader.Result folder = loader.load(CAPTURES.resolve(c.input()));
                    CaptureLoader.Result zipped = loader.load(zip);
                    // the same blocks read by the same parsers, the same files skipped
                    assertThat(zipped.blocks().stream().filter(b -> !b.parser().equals("manifest")).map(b -> b.parser() + "@" + b.line()).sorted())
                            .containsExactlyElementsOf(folder.blocks().stream().filter(b -> !b.parser().equals("manifest"))
                                    .map(b -> b.parser() + "@" + b.line()).sorted().toList());
                    assertThat(zipped.skipped()).hasSameSizeAs(folder.skipped());
                    assertThat(zipped.blocks()).allSatisfy(b -> assertThat(b.file()).startsWith(zip + "!/" + TOP + "/"));
                    Report fromFolder = diagnoser.diagnose(folder.facts());
                    Report fromZip = diagnoser.diagnose(zipped.facts());
                    assertThat(fromZip.causes()).isNotEmpty();
                    assertThat(fromZip.causes().get(0).id()).isEqualTo(c.rootCause());
                    assertThat(fromZip.causes().stream().map(Report.Diagnosis::id).toList())
                            .isEqualTo(fromFolder.causes().stream().map(Report.Diagnosis::id).toList());
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(12);
        return tests.stream();
    }

    @Test
    void evidenceFromAZipNamesTheZipAndTheEntry() throws Exception {
        Path zip = zipFile("SRV01-20250314-093000.zip", collectorLayout(CAPTURES.resolve("de-port-held-by-java"), '\\'));
        Run run = run(null, "diagnose", zip.toString());
        assertThat(run.exit).as(run.err).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        assertThat(run.out).contains("PORT-CONFLICT").contains("SRV01-20250314-093000.zip!/SRV01-20250314-093000/netstat-ano.txt:");
        assertThat(run.out).contains("SRV01");
    }

    @Test
    void aZipOnStandardInputIsReadToo() throws Exception {
        byte[] zip = zip(collectorLayout(CAPTURES.resolve("fr-termservice-stopped"), '/'));
        Run run = run(zip, "diagnose", "-");
        assertThat(run.exit).as(run.err).isEqualTo(ExitCodes.DIAGNOSES_FOUND);
        assertThat(run.out).contains("TERMSERVICE-STOPPED");
    }

    /** A zip the collector never writes: refused whole, the message names the zip and the entry; exit 3 and no report. */
    @TestFactory
    Stream<DynamicTest> aZipThatIsNotTheCollectorsIsRefusedNamingTheEntry() throws IOException {
        Map<String, byte[]> good = collectorLayout(CAPTURES.resolve("fr-termservice-stopped"), '\\');
        record Bad(String name, Map<String, byte[]> extra, String entry, String why) {
        }
        List<Bad> bad = List.of(
                new Bad("dotdot", Map.of(TOP + "\\..\\..\\evil.txt", "x".getBytes()), TOP + "/../../evil.txt", "leaves the archive"),
                new Bad("slashdotdot", Map.of("../outside.txt", "x".getBytes()), "../outside.txt", "leaves the archive"),
                new Bad("absolute", Map.of("/etc/cron.d/x", "x".getBytes()), "/etc/cron.d/x", "leaves the archive"),
                new Bad("drive", Map.of("C:\\Windows\\x.txt", "x".getBytes()), "C:/Windows/x.txt", "leaves the archive"),
                new Bad("deep", Map.of(TOP + "/a/b/c/d/e/f/g/h/i/x.txt", "x".getBytes()), "a/b/c/d/e/f/g/h/i/x.txt", "folders deep"));
        return bad.stream().map(b -> DynamicTest.dynamicTest(b.name, () -> {
            Map<String, byte[]> entries = new LinkedHashMap<>(good);
            entries.putAll(b.extra);
            Path zip = zipFile(b.name + ".zip", entries);
            Run run = run(null, "diagnose", zip.toString());
            assertThat(run.exit).isEqualTo(ExitCodes.INPUT_ERROR);
            assertThat(run.out).as("no report for a refused zip").isEmpty();
            assertThat(run.err).contains(zip + "!/").contains(b.entry).contains(b.why);
        }));
    }

    @Test
    void aSymbolicLinkEntryIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry link = new ZipArchiveEntry(TOP + "/netstat-ano.txt");
            link.setUnixMode(0120777); // a symbolic link, as `zip --symlinks` stores one
            z.putArchiveEntry(link);
            z.write("/etc/shadow".getBytes(StandardCharsets.UTF_8));
            z.closeArchiveEntry();
        }
        Path zip = Files.write(dir.resolve("link.zip"), bytes.toByteArray());
        Run run = run(null, "diagnose", zip.toString());
        assertThat(run.exit).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err).contains(zip + "!/" + TOP + "/netstat-ano.txt").contains("symbolic link");
        assertThat(run.err + run.out).doesNotContain("/etc/shadow");
    }

    @Test
    void anEncryptedEntryIsRefused() throws Exception {
        byte[] bytes = zip(Map.of(TOP + "/qwinsta.txt", new byte[] {1, 2, 3}));
        // set the "encrypted" flag (bit 0) in the local header and in the central directory, as a
        // password-protected zip has it (no writer at hand encrypts)
        for (int i = 0; i + 8 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) bytes[i + 6] |= 1;
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) bytes[i + 8] |= 1;
        }
        Path zip = Files.write(dir.resolve("secret.zip"), bytes);
        CaptureLoader.Result read = new CaptureLoader().load(zip);
        assertThat(read.blocks()).isEmpty();
        assertThat(read.skipped()).singleElement().asString().contains(zip + "!/" + TOP + "/qwinsta.txt").contains("encrypted");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= CaptureZip.MAX_ENTRIES; i++) entries.put(TOP + "/f" + i + ".txt", new byte[] {'x'});
        Path zip = zipFile("many.zip", entries);
        CaptureLoader.Result read = new CaptureLoader().load(zip);
        assertThat(read.blocks()).isEmpty();
        assertThat(read.skipped()).singleElement().asString().contains("many.zip").contains("1001 entries").contains("at most 1000");
    }

    @Test
    void anEntryThatInflatesBeyondTheCaptureLimitIsSkippedAndTheRestRead() throws Exception {
        Map<String, byte[]> entries = collectorLayout(CAPTURES.resolve("fr-termservice-stopped"), '\\');
        entries.put(TOP + "\\bomb.txt", new byte[(int) CaptureText.MAX_BYTES + 1024]); // zeros: a few KiB zipped
        Path zip = zipFile("bomb.zip", entries);
        assertThat(Files.size(zip)).isLessThan(CaptureText.MAX_BYTES / 100);
        CaptureLoader.Result read = new CaptureLoader().load(zip);
        assertThat(read.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(zip + "!/" + TOP + "/bomb.txt");
            assertThat(s.reason()).contains("unpacks to more than " + CaptureText.MAX_BYTES);
        });
        assertThat(read.blocks()).isNotEmpty();
    }

    @Test
    void aZipBombIsRefusedByTheTotalItUnpacksTo() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] zeros = new byte[(int) CaptureText.MAX_BYTES];
        for (int i = 0; i < CaptureZip.MAX_TOTAL_BYTES / CaptureText.MAX_BYTES + 1; i++) entries.put(TOP + "/part" + i + ".txt", zeros);
        Path zip = zipFile("total.zip", entries);
        CaptureLoader.Result read = new CaptureLoader().load(zip);
        assertThat(read.blocks()).isEmpty();
        assertThat(read.skipped()).singleElement().asString().contains("total.zip").contains("unpacks to more than " + CaptureZip.MAX_TOTAL_BYTES);
    }

    @Test
    void aFileNamedZipThatIsNoZipIsSaidToBeNone() throws Exception {
        Path zip = Files.writeString(dir.resolve("capture.zip"), "netstat output, not a zip\n");
        Run run = run(null, "diagnose", zip.toString());
        assertThat(run.exit).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err).contains(zip + ": skipped: is not a readable zip archive");
    }

    @Test
    void aZipOfSeveralHostsIsRefusedAndPointsToBatch() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String host : List.of("de-port-held-by-java", "fr-termservice-stopped")) {
            collectorLayout(CAPTURES.resolve(host), '/').forEach((k, v) -> entries.put(host + "/" + k, v));
        }
        Path zip = zipFile("fleet.zip", entries);
        Run run = run(null, "diagnose", zip.toString());
        assertThat(run.exit).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("fleet.zip").contains("several hosts").contains("batch");
    }

    @Test
    void batchReadsEachZipOfAFolderAsOneHostAndRecordsABadOne() throws Exception {
        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        Files.write(fleet.resolve("SRV-DE.zip"), zip(collectorLayout(CAPTURES.resolve("de-port-held-by-java"), '\\')));
        Files.write(fleet.resolve("SRV-FR.zip"), zip(collectorLayout(CAPTURES.resolve("fr-termservice-stopped"), '/')));
        Map<String, byte[]> evil = new LinkedHashMap<>(collectorLayout(CAPTURES.resolve("fr-termservice-stopped"), '/'));
        evil.put("../../escape.txt", "x".getBytes());
        Files.write(fleet.resolve("SRV-EVIL.zip"), zip(evil));
        Files.writeString(fleet.resolve("SRV-TEXT.zip"), "not a zip\n");
        Run run = run(null, "batch", "-q", "--format", "jsonl", fleet.toString());
        assertThat(run.exit).as(run.err).isEqualTo(ExitCodes.INPUT_ERROR);
        Map<String, JsonNode> byInput = new LinkedHashMap<>();
        for (String line : run.out.strip().split("\n")) {
            JsonNode n = new ObjectMapper().readTree(line);
            byInput.put(Path.of(n.get("input").asText()).getFileName().toString(), n);
        }
        assertThat(byInput).containsOnlyKeys("SRV-DE.zip", "SRV-FR.zip", "SRV-EVIL.zip", "SRV-TEXT.zip");
        assertThat(byInput.get("SRV-TEXT.zip").get("error").asText())
                .startsWith(fleet.resolve("SRV-TEXT.zip") + ": is not a readable zip archive").doesNotContain("skipped");
        assertThat(byInput.get("SRV-DE.zip").get("diagnoses").get(0).get("id").asText()).isEqualTo("PORT-CONFLICT");
        assertThat(byInput.get("SRV-FR.zip").get("diagnoses").get(0).get("id").asText()).isEqualTo("TERMSERVICE-STOPPED");
        assertThat(byInput.get("SRV-EVIL.zip").get("status").asText()).isEqualTo("error");
        assertThat(byInput.get("SRV-EVIL.zip").get("error").asText()).contains("SRV-EVIL.zip!/../../escape.txt").contains("leaves the archive");
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        CommandLine cl = RdpDoctor.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        InputStream saved = System.in;
        try {
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin));
            int exit = cl.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }
}
