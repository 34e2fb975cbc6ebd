package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.facts.ServiceState;
import io.rdpdoctor.facts.ServiceStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the capture loader's javadoc promises, on the parsers' real samples: folders, manifests,
 * fact files beside captures, files in memory, standard input, the conventional file name's
 * command, and every skipped input with its reason.
 */
class CaptureLoaderTest {

    static final Path SAMPLES = Path.of("src/test/resources/parsers");
    static final String FACT_FILE = "schema: rdp-doctor/facts/v1\nhost:\n  name: FROMFACTS\n";
    static final String REGISTRY_FACTS = "schema: rdp-doctor/facts/v1\nregistry:\n  'HKLM\\SOFTWARE\\Contoso':\n    Flag: 1\n";

    static byte[] sample(String path) throws Exception {
        return Files.readAllBytes(SAMPLES.resolve(path));
    }

    final CaptureLoader loader = new CaptureLoader();

    @Test
    void aFolderIsReadFileByFileWithTheManifestsHostAndHiddenFilesLeftOut(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"host\": {\"name\": \" SRV01 \"}, \"time\": \"2025-09-01T10:00:00Z\"}");
        Files.write(dir.resolve("sc-query.txt"), sample("sc-query/en-4-termservice.txt"));
        Files.writeString(dir.resolve(".hidden.txt"), "anything at all\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub").resolve("ipconfig-all.txt"), sample("ipconfig-all/de-1.txt"));
        CaptureLoader.Result r = loader.load(dir);
        assertThat(r.facts().host()).hasValueSatisfying(h -> {
            assertThat(h.name()).isEqualTo("SRV01");
            assertThat(h.collectedAt()).isEqualTo("2025-09-01T10:00:00Z");
        });
        assertThat(r.facts().collected(Area.HOST)).isTrue();
        assertThat(r.blocks()).extracting(CaptureLoader.Block::parser).containsExactly("manifest", "sc-query", "ipconfig-all");
        assertThat(r.blocks().get(0).facts()).isEqualTo(1);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.incomplete()).isFalse();
    }

    @Test
    void theManifestNamesTheHostInAnyOfItsForms(@TempDir Path dir) throws Exception {
        assertThat(hostOf(dir, "manifest.yaml", "host: SRV02\ncollectedAt: '2025-01-02'\n")).isEqualTo("SRV02 at 2025-01-02");
        assertThat(hostOf(dir, "manifest.json", "{\"hostName\": \"SRV03\", \"collected\": \"yesterday\"}")).isEqualTo("SRV03 at yesterday");
        assertThat(hostOf(dir, "MANIFEST.YML", "computerName: SRV04\ntime: 5\n")).isEqualTo("SRV04 at null");
        assertThat(hostOf(dir, "manifest.json", "{\"ComputerName\": \"SRV05\", \"host\": 7}")).isEqualTo("SRV05 at null");
        assertThat(hostOf(dir, "manifest.json", "{\"host\": {\"fqdn\": \"x\"}, \"hostname\": \"SRV06\"}")).isEqualTo("SRV06 at null");
        assertThat(hostOf(dir, "manifest.json", "{\"host\": \"  \"}")).isEqualTo("none");
        assertThat(hostOf(dir, "manifest.json", "{\"hostName\": \"FIRST\", \"computerName\": \"SECOND\", \"time\": \"T1\", \"collectedAt\": \"T2\"}"))
                .isEqualTo("FIRST at T1");
        assertThat(hostOf(dir, "manifest.yaml", "# nothing yet\n")).isEqualTo("none");
        assertThat(hostOf(dir, "manifest.json", "[\"SRV07\"]")).isEqualTo("none");
    }

    private String hostOf(Path parent, String name, String content) throws Exception {
        Path dir = Files.createTempDirectory(parent, "m");
        Files.writeString(dir.resolve(name), content);
        CaptureLoader.Result r = loader.load(dir);
        assertThat(r.blocks()).singleElement().satisfies(b -> {
            assertThat(b.parser()).isEqualTo("manifest");
            assertThat(b.how()).isEqualTo("read as the capture manifest");
        });
        return r.facts().host().map(h -> h.name() + " at " + h.collectedAt()).orElse("none");
    }

    @Test
    void aBrokenOrOversizedManifestIsSkippedAndTheRestRead(@TempDir Path dir) throws Exception {
        Path broken = Files.createDirectory(dir.resolve("broken"));
        Files.writeString(broken.resolve("manifest.json"), "{\"host\": ");
        Files.write(broken.resolve("sc-query.txt"), sample("sc-query/en-4-termservice.txt"));
        CaptureLoader.Result r = loader.load(broken);
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.why()).isEqualTo(CaptureLoader.Why.UNREADABLE);
            assertThat(s.reason()).startsWith("manifest cannot be read: ");
        });
        assertThat(r.facts().all(ServiceState.class)).isNotEmpty();

        Path big = Files.createDirectory(dir.resolve("big"));
        Files.writeString(big.resolve("manifest.yaml"), "host: SRV01\n" + "#".repeat(1024 * 1024));
        assertThat(loader.load(big).skipped()).extracting(CaptureLoader.Skipped::reason).containsExactly("manifest larger than 1 MiB");
        Path atLimit = Files.createDirectory(dir.resolve("at-limit"));
        String host = "host: SRV01\n#";
        Files.writeString(atLimit.resolve("manifest.yaml"), host + "x".repeat(1024 * 1024 - host.length()));
        assertThat(Files.size(atLimit.resolve("manifest.yaml"))).isEqualTo(1024 * 1024);
        assertThat(loader.load(atLimit).facts().host()).map(HostInfo::name).contains("SRV01");
    }

    @Test
    void factFilesInAFolderAreReadAsFactFilesAndABrokenOneIsAParseError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("extra.yaml"), FACT_FILE);
        Files.writeString(dir.resolve("zz-broken.json"), "{\"schema\": ");
        CaptureLoader.Result r = loader.load(dir);
        assertThat(r.facts().host()).map(HostInfo::name).contains("FROMFACTS");
        assertThat(r.blocks()).singleElement().satisfies(b -> {
            assertThat(b.parser()).isEqualTo("fact-file");
            assertThat(b.where()).endsWith("extra.yaml");
            assertThat(b.language()).isEqualTo(Language.NEUTRAL);
        });
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.why()).isEqualTo(CaptureLoader.Why.PARSE_ERROR);
            assertThat(s.file()).endsWith("zz-broken.json");
        });
        assertThat(r.incomplete()).isTrue();
    }

    @Test
    void aFileNamedAfterAParserCitesItsCommandWithoutPlaceholders(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("SRV01_sc-query.txt");
        Files.write(f, sample("sc-query/en-4-termservice.txt"));
        CaptureLoader.Result r = loader.load(f);
        assertThat(r.blocks()).singleElement().satisfies(b -> assertThat(b.command()).isEqualTo("sc query"));
        assertThat(r.facts().all(ServiceState.class)).allSatisfy(s -> assertThat(s.source().command()).isEqualTo("sc query"));
        Path unnamed = dir.resolve("capture.txt");
        Files.write(unnamed, sample("sc-query/en-4-termservice.txt"));
        assertThat(loader.load(unnamed).blocks()).singleElement().satisfies(b -> assertThat(b.command()).isNull());
    }

    @Test
    void aBlockSaysWhereItIsWhatReadItAndInWhichLanguageAndEncoding() throws Exception {
        CaptureLoader.Result r = loader.load("netstat.txt", sample("netstat-ano/de-1-mojibake.txt"));
        CaptureLoader.Block b = r.blocks().get(0);
        assertThat(b.parser()).isEqualTo("netstat-ano");
        assertThat(b.language().code()).isEqualTo("de");
        assertThat(b.encoding()).matches("UTF-8, \\d+ mis-decoded words repaired");
        assertThat(b.line()).isEqualTo(1);
        assertThat(b.lastLine()).isEqualTo(CaptureText.lines(new String(sample("netstat-ano/de-1-mojibake.txt"), StandardCharsets.UTF_8)).size());
        assertThat(b.where()).isEqualTo("netstat.txt:1-" + b.lastLine());
        assertThat(b.toString()).isEqualTo("netstat.txt:1: recognised from its content as netstat-ano, 1 fact [German, UTF-8, 1 mis-decoded words repaired]");
        CaptureLoader.Block clean = loader.load("netstat.txt", sample("netstat-ano/en-1.txt")).blocks().get(0);
        assertThat(clean.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void whereAndToStringOfBlocksAndSkippedInputs() {
        assertThat(new CaptureLoader.Block("f.yaml", 0, null, "fact-file", "read as a fact file", 0, null).where()).isEqualTo("f.yaml");
        assertThat(new CaptureLoader.Block("f.yaml", 0, null, "fact-file", "read as a fact file", 0, null).toString())
                .isEqualTo("f.yaml: read as a fact file, 0 facts [language-neutral]");
        CaptureLoader.Block one = new CaptureLoader.Block("t.txt", 5, "qwinsta", "qwinsta", "how", 1, "UTF-8", 5, Language.NEUTRAL);
        assertThat(one.where()).isEqualTo("t.txt:5");
        assertThat(one.toString()).isEqualTo("t.txt:5 (qwinsta): how, 1 fact [language-neutral, UTF-8]");
        assertThat(new CaptureLoader.Block("t.txt", 5, null, "p", "how", 2, null, 6, Language.NEUTRAL).where()).isEqualTo("t.txt:5-6");
        assertThatThrownBy(() -> new CaptureLoader.Block("t.txt", 1, null, "p", "h", 0, null, 1, null)).isInstanceOf(NullPointerException.class);
        assertThat(new CaptureLoader.Skipped("t.txt", 3, "ver", CaptureLoader.Why.NO_OUTPUT, "the command printed nothing").toString())
                .isEqualTo("t.txt:3 (ver): skipped: the command printed nothing");
        assertThat(new CaptureLoader.Skipped("t.txt", 0, null, CaptureLoader.Why.UNREADABLE, "is empty").toString())
                .isEqualTo("t.txt: skipped: is empty");
    }

    @Test
    void aNoteAboutACommandWithoutOutputAloneIsNotIncomplete() {
        String paste = "C:\\>ver\r\n\r\nC:\\>sc query TermService\r\n\r\nSERVICE_NAME: TermService\r\n"
                + "        STATE              : 4  RUNNING\r\n";
        CaptureLoader.Result r = loader.load("paste.txt", paste.getBytes(StandardCharsets.UTF_8));
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.why()).isEqualTo(CaptureLoader.Why.NO_OUTPUT);
            assertThat(s.line()).isEqualTo(1);
            assertThat(s.command()).isEqualTo("ver");
        });
        assertThat(r.incomplete()).isFalse();
    }

    @Test
    void jsonPastedFromElsewhereIsReadAsTextAndABrokenFactFileStaysAnError() {
        // a flow's error object with a Windows path unescaped: no fact file, so it reaches the text readers
        String error = "{\n  \"error\":{\n    \"code\": \"MaxRDSessionDurationReached\",\n"
                + "    \"message\": \"exceeded MaxConnectionTime in registry path Software\\Policies\\Microsoft\"\n  }\n}\n";
        assertThat(loader.load("-", error.getBytes(StandardCharsets.UTF_8)).skipped())
                .extracting(CaptureLoader.Skipped::why).containsExactly(CaptureLoader.Why.NOT_RECOGNISED);
        // a fact file's JSON (its keys) that does not parse is its error, with line and column
        assertThat(loader.load("-", "{\"host\": {\"name\": \"A\"}, bad }\n".getBytes(StandardCharsets.UTF_8)).skipped())
                .singleElement().satisfies(x -> {
                    assertThat(x.why()).isEqualTo(CaptureLoader.Why.PARSE_ERROR);
                    assertThat(x.reason()).contains(":1:").contains("not valid JSON");
                });
    }

    @Test
    void emptyBinaryAndUnrecognisedInputsAreSkippedWithTheirReason() {
        assertThat(loader.load("empty.txt", " \r\n ".getBytes(StandardCharsets.UTF_8)).skipped())
                .extracting(s -> s.why() + ": " + s.reason()).containsExactly("UNREADABLE: is empty");
        assertThat(loader.load("bin.txt", new byte[] {1, 2, 3, 4, 5, 6, 7, 8}).skipped())
                .extracting(CaptureLoader.Skipped::reason).singleElement().asString().startsWith("is binary");
        assertThat(loader.load("notes.txt", "hello\n".getBytes(StandardCharsets.UTF_8)).skipped())
                .extracting(CaptureLoader.Skipped::why).containsExactly(CaptureLoader.Why.NOT_RECOGNISED);
    }

    @Test
    void aParseErrorNamesTheLineAndWhatWasExpectedOnce() {
        String qwinsta = " SESSIONNAME USERNAME ID STATE\n this is not qwinsta output\n and neither is this\n";
        CaptureLoader.Result r = loader.load("qwinsta.txt", qwinsta.getBytes(StandardCharsets.UTF_8));
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.why()).isEqualTo(CaptureLoader.Why.PARSE_ERROR);
            assertThat(s.line()).isEqualTo(2);
            assertThat(s.reason()).isEqualTo("read as qwinsta (recognised from its content as qwinsta) but: expected a session row: [name] [user] ID STATE");
        });
    }

    /** A parser that recognises everything and reads as it is told: to see what the loader does with its result. */
    record Scripted(String id, Object outcome) implements CommandParser {
        public List<String> commands() {
            return List.of();
        }

        public boolean recognises(Capture c) {
            return true;
        }

        public Parsed parse(Capture c) throws ParseException {
            if (outcome instanceof RuntimeException e) throw e;
            if (outcome instanceof ParseException e) throw e;
            return (Parsed) outcome;
        }
    }

    @Test
    void aParserThatThrowsOrReturnsNothingIsAParseErrorNamingTheCapture() {
        Capture c = new Capture("x.txt", null, List.of("line"), 4);
        assertThatThrownBy(() -> CaptureLoader.parse(new Scripted("npe", new NullPointerException("boom")), c))
                .isInstanceOf(ParseException.class)
                .hasMessage("x.txt:4: output parser npe can read (it failed: java.lang.NullPointerException: boom)");
        assertThatThrownBy(() -> CaptureLoader.parse(new Scripted("null", null), c))
                .isInstanceOf(ParseException.class).hasMessage("x.txt:4: a result from parser null");
        ParseException own = new ParseException("x.txt", 9, "a row");
        assertThatThrownBy(() -> CaptureLoader.parse(new Scripted("own", own), c)).isSameAs(own);
    }

    @Test
    void aParseErrorWithoutALineIsCitedAtTheCapturesFirstLine() {
        CaptureLoader only = new CaptureLoader(new Sniffer(List.of(new Scripted("lineless", new ParseException("x.txt", 0, "expected a row")))));
        CaptureLoader.Result r = only.load("x.txt", "\n\nsomething\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(3);
            assertThat(s.reason()).isEqualTo("read as lineless (recognised from its content as lineless) but: expected a row");
        });
    }

    @Test
    void aRecognisedCaptureThatGivesNothingIsNothingReadUnlessItsParserNeverGivesFacts() {
        Parsed empty = new Parsed(List.of(), java.util.Set.of(), Language.NEUTRAL);
        CaptureLoader damaged = new CaptureLoader(new Sniffer(List.of(new Scripted("damaged", empty))));
        CaptureLoader.Result r = damaged.load("x.txt", "something\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.why()).isEqualTo(CaptureLoader.Why.NOTHING_READ);
            assertThat(s.reason()).startsWith("recognised as damaged but nothing could be read");
        });
        assertThat(r.blocks()).isEmpty();
        Parsed onlyCollected = new Parsed(List.of(), java.util.Set.of(Area.SOCKETS), Language.NEUTRAL);
        CaptureLoader.Result c = new CaptureLoader(new Sniffer(List.of(new Scripted("areas", onlyCollected))))
                .load("x.txt", "something\n".getBytes(StandardCharsets.UTF_8));
        assertThat(c.skipped()).isEmpty();
        assertThat(c.facts().collected(Area.SOCKETS)).isTrue();
        assertThat(c.facts().all(io.rdpdoctor.facts.Collected.class)).singleElement()
                .satisfies(col -> assertThat(col.source()).isEqualTo(new io.rdpdoctor.facts.Source("x.txt", 1, null)));
        // gpresult /r gives no facts and says so: recognised, not damaged
        CaptureLoader.Result g = loader.load("gpresult-r.txt", sampleOrEmpty("gpresult-r/en-2.txt"));
        assertThat(g.skipped()).noneMatch(s -> s.why() == CaptureLoader.Why.NOTHING_READ);
    }

    private static byte[] sampleOrEmpty(String path) {
        try {
            return sample(path);
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    @Test
    void standardInputIsAFactFileWhenItStartsLikeOneElseRawOutput() throws Exception {
        CaptureLoader.Result facts = loader.load("-", new ByteArrayInputStream(("# a comment\n# another\n" + FACT_FILE).getBytes(StandardCharsets.UTF_8)));
        assertThat(facts.facts().host()).map(HostInfo::name).contains("FROMFACTS");
        assertThat(facts.blocks()).extracting(CaptureLoader.Block::parser).containsExactly("fact-file");
        CaptureLoader.Result broken = loader.load("-", new ByteArrayInputStream("host: [\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(broken.skipped()).extracting(CaptureLoader.Skipped::why).containsExactly(CaptureLoader.Why.PARSE_ERROR);
        CaptureLoader.Result raw = loader.load("-", new ByteArrayInputStream(sample("sc-query/en-4-termservice.txt")));
        assertThat(raw.blocks()).extracting(CaptureLoader.Block::parser).containsExactly("sc-query");
        // a fact file's start is looked for in its first 4096 characters only
        String late = "\n".repeat(4096) + FACT_FILE;
        assertThat(loader.load("-", new ByteArrayInputStream(late.getBytes(StandardCharsets.UTF_8))).blocks())
                .noneMatch(b -> b.parser().equals("fact-file"));
    }

    @Test
    void filesInMemoryAreReadAsAFolderIs() throws Exception {
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put("cap/manifest.json", "{\"host\": \"SRV09\"}".getBytes(StandardCharsets.UTF_8));
        files.put("cap/sc-query.txt", sample("sc-query/en-4-termservice.txt"));
        files.put("cap/more.yml", REGISTRY_FACTS.getBytes(StandardCharsets.UTF_8));
        files.put("cap/zero.txt", new byte[(int) CaptureText.MAX_BYTES]);
        files.put("cap/bad.json", "{".getBytes(StandardCharsets.UTF_8));
        files.put("cap/huge.txt", new byte[(int) CaptureText.MAX_BYTES + 1]);
        CaptureLoader.Result r = loader.load("dropped", files);
        assertThat(r.facts().origin()).isEqualTo("dropped");
        assertThat(r.blocks()).extracting(CaptureLoader.Block::parser).containsExactly("manifest", "fact-file", "sc-query");
        assertThat(r.skipped()).extracting(s -> s.file() + " " + s.why())
                .containsExactly("cap/bad.json PARSE_ERROR", "cap/huge.txt UNREADABLE", "cap/zero.txt UNREADABLE");
        assertThat(r.skipped().get(1).reason()).isEqualTo("is 8388609 bytes; a capture may have at most 8388608 (8 MiB)");
        assertThat(r.skipped().get(2).reason()).startsWith("is binary"); // read: exactly at the limit
        assertThat(r.facts().all(io.rdpdoctor.facts.RegistryValue.class)).extracting(io.rdpdoctor.facts.RegistryValue::name).containsExactly("Flag");
        TreeMap<String, byte[]> bigManifest = new TreeMap<>();
        bigManifest.put("manifest.yaml", ("host: SRV01\n" + "#".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8));
        assertThat(loader.load("dropped", bigManifest).skipped()).extracting(CaptureLoader.Skipped::reason)
                .containsExactly("manifest larger than 1 MiB");
    }

    @Test
    void aZipIsReadAsItsFolderAndAZipOfSeveralHostsIsRefused() throws Exception {
        byte[] one = zip("SRV01/manifest.json", "{\"host\": \"SRV01\"}", "SRV01/sc-query.txt",
                new String(sample("sc-query/en-4-termservice.txt"), StandardCharsets.UTF_8), "SRV01/x.yaml", REGISTRY_FACTS, "SRV01/y.json", "{");
        CaptureLoader.Result r = loader.load("c.zip", one);
        assertThat(r.blocks()).extracting(CaptureLoader.Block::parser).containsExactly("manifest", "sc-query", "fact-file");
        assertThat(r.skipped()).extracting(CaptureLoader.Skipped::why).containsExactly(CaptureLoader.Why.PARSE_ERROR);
        assertThat(r.facts().all(io.rdpdoctor.facts.RegistryValue.class)).hasSize(1);
        byte[] two = zip("A/manifest.json", "{\"host\": \"A\"}", "B/manifest.json", "{\"host\": \"B\"}");
        CaptureLoader.Result several = loader.load("c.zip", new ByteArrayInputStream(two));
        assertThat(several.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("holds 2 capture folders"));
        assertThat(several.blocks()).isEmpty();
        assertThat(loader.load("e.zip", zip()).skipped()).extracting(CaptureLoader.Skipped::reason).containsExactly("is an empty zip");
    }

    private static byte[] zip(String... namesAndTexts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            if (namesAndTexts.length == 0) z.setComment("empty");
        }
        return out.toByteArray();
    }

    @Test
    void whatIsAFactFileByItsName(@TempDir Path dir) {
        assertThat(CaptureLoader.isFactFile(Path.of("host.yaml"))).isTrue();
        assertThat(CaptureLoader.isFactFile(Path.of("HOST.YML"))).isTrue();
        assertThat(CaptureLoader.isFactFile(Path.of("x/host.json"))).isTrue();
        assertThat(CaptureLoader.isFactFile(Path.of("netstat-ano.txt"))).isFalse();
        assertThat(CaptureLoader.isFactFile(Path.of("-"))).isFalse();
        assertThat(CaptureLoader.isFactFile(dir)).isFalse();
    }

    @Test
    void aFileTooLargeOrMissingIsSkippedWithoutBeingRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("netstat-ano.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CaptureText.MAX_BYTES + 1);
        }
        assertThat(loader.load(big).skipped()).extracting(CaptureLoader.Skipped::reason)
                .containsExactly("is 8388609 bytes; a capture may have at most 8388608 (8 MiB)");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CaptureText.MAX_BYTES);
        }
        assertThat(loader.load(big).skipped()).extracting(CaptureLoader.Skipped::reason).singleElement().asString().startsWith("is binary");
        assertThat(loader.load(dir.resolve("missing.txt")).skipped()).extracting(s -> s.why() + ": " + s.reason())
                .containsExactly("UNREADABLE: cannot be read: no such file");
        // a zip on disk is read as its folder
        Path zip = dir.resolve("capture.zip");
        Files.write(zip, zip("SRV01/manifest.json", "{\"host\": \"SRV01\"}"));
        assertThat(loader.load(zip).facts().host()).map(HostInfo::name).contains("SRV01");
    }

    @Test
    void inAFolderOnlyTheNameMakesAFactFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), REGISTRY_FACTS);
        CaptureLoader.Result r = loader.load(dir);
        assertThat(r.blocks()).isEmpty();
        assertThat(r.skipped()).extracting(CaptureLoader.Skipped::why).containsExactly(CaptureLoader.Why.NOT_RECOGNISED);
    }

    @Test
    void aDashReadsStandardInput() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(REGISTRY_FACTS.getBytes(StandardCharsets.UTF_8)));
            CaptureLoader.Result r = loader.load(Path.of("-"));
            assertThat(r.facts().origin()).isEqualTo("-");
            assertThat(r.facts().all(io.rdpdoctor.facts.RegistryValue.class)).hasSize(1);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsNotFollowed(@TempDir Path dir) throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "top secret\n");
        Path folder = Files.createDirectory(dir.resolve("capture"));
        Files.write(folder.resolve("sc-query.txt"), sample("sc-query/en-4-termservice.txt"));
        Files.createSymbolicLink(folder.resolve("netstat-ano.txt"), outside);
        CaptureLoader.Result r = loader.load(folder);
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("netstat-ano.txt");
            assertThat(s.reason()).isEqualTo("is a symbolic link to a file outside the capture folder; not followed");
        });
        assertThat(r.blocks()).extracting(CaptureLoader.Block::parser).containsExactly("sc-query");
    }
}
