package io.rdpdoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rdpdoctor.TestRules;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.report.JsonRenderer;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch in-process: totals, the JSON Lines and CSV schema, the fleet report read with jsoup. */
class BatchRunnerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path fleet;
    static Path vanishing;
    static Map<Path, String> before;

    @BeforeAll
    static void fleet() throws Exception {
        fleet = tmp.resolve("fleet");
        // 60 generated hosts, every 7th malformed
        new FleetGenerator(Path.of("facts-samples")).generate(fleet, 60, false, 7, 7);
        Path odd = Files.createDirectories(fleet.resolve("odd"));
        Files.writeString(odd.resolve("empty.yaml"), "");
        Files.writeString(odd.resolve("unknown-key.yml"), "host:\n  name: X\n  colour: blue\n");
        Files.writeString(odd.resolve("not-json.json"), "{\"host\": ");
        Files.write(odd.resolve("binary.yaml"), new byte[]{0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 10});
        Files.writeString(odd.resolve("README.txt"), "not an input: a folder with fact files is not a capture folder");
        Path capture = Files.createDirectories(fleet.resolve("captures").resolve("HOST-CAP1"));
        Files.writeString(capture.resolve("notes.txt"), "nothing any parser knows\n");
        Files.createDirectories(fleet.resolve("empty-folder"));
        vanishing = fleet.resolve("site-000").resolve("host-0000003.json");
        before = hashes(fleet);
    }

    static Map<Path, String> hashes(Path dir) throws Exception {
        Map<Path, String> h = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                h.put(p, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)))
                        + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return h;
    }

    record Run(BatchRunner.Totals totals, String stream) {
    }

    /** Runs the batch over the fleet plus a missing path; host-0000003.json vanishes just before it is read. */
    static Run run(ResultFormat format, Path out) throws Exception {
        StringWriter sw = new StringWriter();
        FactFileLoader files = new FactFileLoader();
        BatchRunner runner = new BatchRunner().with(BatchInput.Type.FACT_FILE, in -> {
            if (in.path().equals(vanishing)) {
                // gone between discovery and reading (put back afterwards, for the next test)
                Path away = vanishing.resolveSibling("moved-away.bak");
                try {
                    Files.move(vanishing, away);
                    try {
                        return files.load(in);
                    } finally {
                        Files.move(away, vanishing);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return files.load(in);
        });
        BatchRunner.Options o = new BatchRunner.Options(List.of(fleet, tmp.resolve("no-such-dir")), format, format == null ? null : sw, out, 2, false, false,
                new PrintStream(PrintStream.nullOutputStream()), TestRules.DAY);
        BatchRunner.Totals t = runner.run(TestRules.bundled(), o);
        return new Run(t, sw.toString());
    }

    @Test
    void everyInputGivesOneResultOrOneErrorAndTheTotalsAddUp() throws Exception {
        Run r = run(ResultFormat.JSONL, null);
        BatchRunner.Totals t = r.totals();
        // 60 generated + 4 odd fact files + 1 capture folder + 1 missing root
        assertThat(t.found()).isEqualTo(66);
        assertThat(t.results() + t.errors()).isEqualTo(t.found());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.stream().split("\n")) lines.add(JSON.readTree(line));
        assertThat(lines).hasSize(t.found());
        Set<String> inputs = new HashSet<>();
        Map<String, JsonNode> byInput = new HashMap<>();
        for (JsonNode n : lines) {
            assertThat(inputs.add(n.get("input").asText())).as("each input once: " + n).isTrue();
            byInput.put(n.get("input").asText(), n);
        }
        // 60/7 = 8 malformed generated files, 4 odd fact files, the capture folder, the missing root, the vanished file
        assertThat(t.errors()).isEqualTo(8 + 4 + 1 + 1 + 1);
        assertThat(lines.stream().filter(n -> n.get("status").asText().equals("error")).count()).isEqualTo(t.errors());
        assertThat(byInput.get(vanishing.toString()).get("error").asText()).contains("vanished");
        assertThat(byInput.get(fleet.resolve("captures").resolve("HOST-CAP1").toString()).get("error").asText())
                .contains("no command output recognised");
        assertThat(byInput.get(tmp.resolve("no-such-dir").toString()).get("error").asText()).contains("no such file or directory");
        assertThat(byInput.get(fleet.resolve("odd").resolve("empty.yaml").toString()).get("error").asText()).contains("empty");
        assertThat(byInput).doesNotContainKey(fleet.resolve("odd").resolve("README.txt").toString());
        assertThat(t.exitCode()).isEqualTo(3);
        // inputs are never modified
        assertThat(hashes(fleet)).isEqualTo(before);
    }

    @Test
    void jsonLinesSchema() throws Exception {
        Run r = run(ResultFormat.JSONL, null);
        Set<String> keys = Set.of("host", "input", "status", "diagnoses", "error", "skipped");
        for (String line : r.stream().split("\n")) {
            JsonNode n = JSON.readTree(line);
            assertThat(n.isObject()).isTrue();
            n.fieldNames().forEachRemaining(k -> assertThat(keys).contains(k));
            assertThat(n.get("input").isTextual()).isTrue();
            String status = n.get("status").asText();
            assertThat(status).isIn("ok", "healthy", "error");
            assertThat(n.get("diagnoses").isArray()).isTrue();
            assertThat(n.has("error")).isEqualTo(status.equals("error"));
            if (n.has("host")) assertThat(n.get("host").isTextual()).isTrue();
            boolean anyCause = false;
            for (JsonNode d : n.get("diagnoses")) {
                assertThat(d.get("rank").asText()).matches("S?\\d+(\\.\\d+)*");
                assertThat(d.get("id").asText()).matches("[A-Z0-9-]+");
                assertThat(d.get("kind").asText()).isIn("cause", "symptom", "security");
                assertThat(d.get("certainty").asText()).isIn("confirmed", "likely", "possible");
                anyCause |= !d.get("kind").asText().equals("security");
            }
            assertThat(anyCause).as("ok means a cause or symptom: " + line).isEqualTo(status.equals("ok"));
            if (status.equals("ok")) assertThat(n.get("diagnoses").get(0).get("rank").asText()).isEqualTo("1");
        }
    }

    @Test
    void csvSchemaMatchesTheJsonLines() throws Exception {
        Run csv = run(ResultFormat.CSV, null);
        Run jsonl = run(ResultFormat.JSONL, null);
        Map<String, JsonNode> byInput = new HashMap<>();
        for (String line : jsonl.stream().split("\n")) {
            JsonNode n = JSON.readTree(line);
            byInput.put(n.get("input").asText(), n);
        }
        List<List<String>> rows = parseCsv(csv.stream());
        assertThat(rows.get(0)).containsExactly("host", "input", "status", "diagnoses", "error");
        assertThat(rows).hasSize(csv.totals().found() + 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(5);
            JsonNode n = byInput.get(row.get(1));
            assertThat(n).as(row.get(1)).isNotNull();
            assertThat(row.get(0)).isEqualTo(n.has("host") ? n.get("host").asText() : "");
            assertThat(row.get(2)).isEqualTo(n.get("status").asText());
            List<String> diag = new ArrayList<>();
            n.get("diagnoses").forEach(d -> diag.add(d.get("rank").asText() + " " + d.get("id").asText() + " " + d.get("certainty").asText()));
            assertThat(row.get(3)).isEqualTo(String.join("; ", diag));
            assertThat(row.get(4)).isEqualTo(n.has("error") ? n.get("error").asText() : "");
        }
    }

    /** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                f.append(c);
            }
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
        }
        return rows;
    }

    @Test
    void fleetReportHtmlHoldsEveryHostUnderItsCausesTheErrorsAndTheTotals() throws Exception {
        Path out = tmp.resolve("report");
        Run r = run(null, out);
        BatchRunner.Totals t = r.totals();
        assertThat(out.resolve(ReportDirectory.MARKER)).doesNotExist();
        assertThat(out.resolve(ReportDirectory.WORK)).doesNotExist();
        assertThat(Files.readAllLines(out.resolve(ReportDirectory.RESULTS))).hasSize(t.found());

        Document doc = Jsoup.parse(out.resolve(ReportDirectory.REPORT).toFile(), "UTF-8");
        assertThat(doc.selectFirst("meta[name=rdp-doctor-report]").attr("content")).isEqualTo("complete");
        // self-contained: no external script, style sheet, image or frame
        assertThat(doc.select("script[src], link[href], img[src], iframe, object, embed")).isEmpty();
        assertThat(doc.select("style")).isNotEmpty();
        assertThat(doc.selectFirst("input#filter")).isNotNull();

        // totals
        Map<String, Integer> totals = new HashMap<>();
        for (Element row : doc.select("#totals table.totals tr")) {
            totals.put(row.child(1).text(), Integer.parseInt(row.child(0).text().replace(",", "")));
        }
        assertThat(totals).containsEntry("inputs found", t.found()).containsEntry("hosts with a diagnosis", t.ok())
                .containsEntry("healthy hosts", t.healthy()).containsEntry("inputs that could not be read", t.errors());

        // groups are collapsed; each cause's count matches its rows and its bar in the chart
        List<String> jsonl = Files.readAllLines(out.resolve(ReportDirectory.RESULTS));
        Map<String, Integer> rootCauses = new HashMap<>();
        for (String line : jsonl) {
            for (JsonNode d : JSON.readTree(line).get("diagnoses")) {
                if (!d.get("rank").asText().contains(".")) rootCauses.merge(d.get("id").asText(), 1, Integer::sum);
            }
        }
        assertThat(rootCauses).isNotEmpty();
        for (Map.Entry<String, Integer> e : rootCauses.entrySet()) {
            Element group = doc.getElementById("cause-" + e.getKey());
            assertThat(group).as(e.getKey()).isNotNull();
            assertThat(group.tagName()).isEqualTo("details");
            assertThat(group.hasAttr("open")).isFalse();
            assertThat(group.select("tbody tr")).hasSize(e.getValue());
            assertThat(group.selectFirst("summary .count").text()).endsWith(e.getValue() + (e.getValue() == 1 ? " host" : " hosts"));
            if (!e.getKey().startsWith("SEC")) {
                Element bar = doc.selectFirst("#chart svg a[href=#cause-" + e.getKey() + "]");
                if (group.selectFirst(".badge.security") == null) {
                    assertThat(bar).as("chart bar of " + e.getKey()).isNotNull();
                    assertThat(bar.select("text").last().text()).isEqualTo(String.valueOf(e.getValue()));
                }
            }
            // each row: host, input, rank, evidence
            for (Element row : group.select("tbody tr")) {
                assertThat(row.select("td")).hasSize(4);
                assertThat(row.select("td").get(3).select("ul.ev li")).isNotEmpty();
            }
            assertThat(group.select(".fixbox")).hasSize(1);
        }
        // errors: every unreadable input with its reason
        Element errors = doc.getElementById("errors");
        assertThat(errors.select("tbody tr")).hasSize(t.errors());
        assertThat(errors.select("tbody tr td:eq(1)").eachText()).anyMatch(s -> s.contains("no command output recognised"));
        assertThat(doc.getElementById("healthy").select("tbody tr")).hasSize(t.healthy());

        String md = Files.readString(out.resolve(ReportDirectory.SUMMARY), StandardCharsets.UTF_8);
        assertThat(md).contains("Status: **complete**").contains("| inputs found | " + t.found() + " |");
    }

    @Test
    void aReportDirectoryInsideTheInputsIsNotAnInput() throws Exception {
        Path inputs = tmp.resolve("small");
        new FleetGenerator(Path.of("facts-samples")).generate(inputs, 5, false, 3, 0);
        Path out = inputs.resolve("report");
        for (int i = 0; i < 2; i++) {
            BatchRunner.Totals t = new BatchRunner().run(TestRules.bundled(), new BatchRunner.Options(List.of(inputs), null, null, out, 2, false, false,
                    new PrintStream(PrintStream.nullOutputStream()), TestRules.DAY));
            assertThat(t.found()).isEqualTo(5);
            assertThat(t.errors()).isZero();
        }
    }

    @Test
    void pooledSessionsGiveTheSameReportsAsTheDiagnoser() throws Exception {
        Diagnoser plain = new Diagnoser(TestRules.bundled(), TestRules.DAY);
        FactFileReader reader = new FactFileReader();
        try (PooledDiagnoser pooled = new PooledDiagnoser(TestRules.bundled(), 1, TestRules.DAY);
             Stream<Path> samples = Files.list(Path.of("facts-samples"))) {
            for (Path p : samples.filter(x -> x.getFileName().toString().matches(".*\\.(yaml|yml|json)")).sorted().toList()) {
                var facts = reader.read(p);
                // twice: the second run uses a session that the pool reset
                for (int i = 0; i < 2; i++) {
                    assertThat(json(pooled.diagnose(facts))).as(p.toString()).isEqualTo(json(plain.diagnose(facts)));
                }
            }
        }
    }

    @Test
    void oneResetSessionGivesEveryHostTheLineOfANewSession() throws Exception {
        // One pooled session with SegmentCachingMemories diagnoses every sample and corpus case one after
        // the other, forward and then backward: each host's line (what batch prints) and its full report
        // are a new session's.
        org.kie.api.runtime.KieSessionsPool pool = TestRules.bundled().kieBase().newKieSessionsPool(1);
        org.kie.api.runtime.KieSession session = SegmentCachingMemories.install(pool.newKieSession());
        assertThat(SegmentCachingMemories.installed(session)).isTrue();
        session.dispose();
        pool.shutdown();

        Diagnoser plain = new Diagnoser(TestRules.bundled(), TestRules.DAY);
        FactFileReader reader = new FactFileReader();
        List<Path> inputs = sampleAndCorpusFactFiles();
        List<Path> order = new ArrayList<>(inputs.stream().sorted().toList());
        List<Path> backward = new ArrayList<>(order);
        java.util.Collections.reverse(backward);
        order.addAll(backward);
        Map<Path, String> expected = new HashMap<>();
        Map<Path, String> expectedReport = new HashMap<>();
        for (Path p : inputs) {
            var report = plain.diagnose(reader.read(p));
            expected.put(p, ResultFormat.JSONL.line(HostResult.of(report)));
            expectedReport.put(p, json(report));
        }
        try (PooledDiagnoser pooled = new PooledDiagnoser(TestRules.bundled(), 1, TestRules.DAY)) {
            for (Path p : order) {
                var facts = reader.read(p);
                assertThat(ResultFormat.JSONL.line(HostResult.of(facts, pooled.places(facts), List.of())))
                        .as(p.toString()).isEqualTo(expected.get(p));
                assertThat(json(pooled.diagnose(facts))).as(p + ", the full report").isEqualTo(expectedReport.get(p));
            }
        }
        assertThat(inputs).hasSizeGreaterThan(100);
    }

    @Test
    void theRankingAloneGivesTheLinesOfTheFullReport() throws Exception {
        // batch --format jsonl|csv ranks without rendering (Ranker.places): the same line, host by host
        FactFileReader reader = new FactFileReader();
        List<Path> inputs = sampleAndCorpusFactFiles();
        int withDiagnoses = 0;
        int nested = 0;
        int security = 0;
        try (PooledDiagnoser pooled = new PooledDiagnoser(TestRules.bundled(), 1, TestRules.DAY)) {
            for (Path p : inputs.stream().sorted().toList()) {
                var facts = reader.read(p);
                HostResult full = HostResult.of(pooled.diagnose(facts));
                HostResult alone = HostResult.of(facts, pooled.places(facts), List.of());
                assertThat(ResultFormat.JSONL.line(alone)).as(p.toString()).isEqualTo(ResultFormat.JSONL.line(full));
                if (full.status() == HostResult.Status.OK) withDiagnoses++;
                if (full.diagnoses().stream().anyMatch(d -> d.rank().contains("."))) nested++;
                if (full.diagnoses().stream().anyMatch(d -> d.rank().startsWith("S"))) security++;
            }
        }
        // the inputs cover what the ranking does: diagnoses, explained ones nested, security findings
        assertThat(inputs).hasSizeGreaterThan(100);
        assertThat(withDiagnoses).isGreaterThan(50);
        assertThat(nested).isGreaterThan(5);
        assertThat(security).isGreaterThan(5);
    }

    static String json(Report r) {
        StringWriter w = new StringWriter();
        new JsonRenderer().render(r, new PrintWriter(w));
        return w.toString();
    }

    @Test
    void aCaptureFolderIsDiagnosedLikeAFactFile() throws Exception {
        Path capture = Path.of("facts-samples/captures/srv01-example");
        StringWriter sw = new StringWriter();
        BatchRunner.Options o = new BatchRunner.Options(List.of(capture), ResultFormat.JSONL, sw, null, 1, false, false,
                new PrintStream(PrintStream.nullOutputStream()), TestRules.DAY);
        BatchRunner.Totals t = new BatchRunner().run(TestRules.bundled(), o);
        assertThat(t.errors()).isZero();
        JsonNode line = JSON.readTree(sw.toString().strip());
        assertThat(line.get("status").asText()).isEqualTo("ok");
        assertThat(line.get("diagnoses").findValuesAsText("id")).contains("RDP-PORT-NOT-LISTENING");
    }
    @Test
    void aCaptureFolderReadInPartSaysWhatWasSkipped() throws Exception {
        StringWriter sw = new StringWriter();
        BatchRunner.Options o = new BatchRunner.Options(List.of(Path.of("facts-samples/captures/port-changed-truncated-files")),
                ResultFormat.JSONL, sw, null, 1, false, false, new PrintStream(PrintStream.nullOutputStream()), TestRules.DAY);
        BatchRunner.Totals t = new BatchRunner().run(TestRules.bundled(), o);
        assertThat(t.found()).isEqualTo(1);
        JsonNode line = new ObjectMapper().readTree(sw.toString().strip());
        assertThat(line.get("status").asText()).isEqualTo("ok");
        assertThat(line.get("diagnoses").get(0).get("id").asText()).isEqualTo("PORT-CHANGED");
        List<String> skipped = new ArrayList<>();
        line.get("skipped").forEach(n -> skipped.add(n.asText()));
        assertThat(skipped).hasSize(2).anySatisfy(x -> assertThat(x).contains("systeminfo.txt").contains("skipped: "));
    }

    /** Copies a directory tree (a capture folder of facts-samples) into place. */
    static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    static BatchRunner.Totals runOut(Path inputs, Path out) throws Exception {
        return new BatchRunner().run(TestRules.bundled(), new BatchRunner.Options(List.of(inputs), null, null, out, 1, false, false,
                new PrintStream(PrintStream.nullOutputStream()), TestRules.DAY));
    }

    @Test
    void theFleetReportListsInputsReadInPartWithWhatWasSkippedAndWhy(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("facts-samples/gpo-denies-rdp.yaml"), inputs.resolve("gpo.yaml"));
        Files.writeString(inputs.resolve("broken.yaml"), "host:\n  name: [unclosed\n");
        // a folder name and a skipped file name with markup in them: escaped in the page
        Path capture = inputs.resolve("captures").resolve("SRV<b>04");
        copyTree(Path.of("facts-samples/captures/port-changed-truncated-files"), capture);
        Files.move(capture.resolve("systeminfo.txt"), capture.resolve("systeminfo<i>.txt"));
        Path out = dir.resolve("out");
        BatchRunner.Totals t = runOut(inputs, out);
        assertThat(t.found()).isEqualTo(3);
        assertThat(t.errors()).isEqualTo(1);
        assertThat(t.partial()).as("the capture folder, a result read in part").isEqualTo(1);
        assertThat(t.results() + t.errors()).isEqualTo(t.found());

        // what the JSON Lines say was skipped is what the report must show
        List<String> skipped = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(ReportDirectory.RESULTS))) {
            JsonNode n = JSON.readTree(line);
            if (n.has("skipped")) n.get("skipped").forEach(x -> skipped.add(x.asText()));
        }
        assertThat(skipped).hasSize(2).anySatisfy(x -> assertThat(x).contains("systeminfo<i>.txt"));

        String html = Files.readString(out.resolve(ReportDirectory.REPORT), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("SRV<b>04").doesNotContain("systeminfo<i>.txt").contains("SRV&lt;b&gt;04");
        Document doc = Jsoup.parse(html);
        Map<String, Integer> totals = new HashMap<>();
        for (Element row : doc.select("#totals table.totals tr")) {
            totals.put(row.child(1).text(), Integer.parseInt(row.child(0).text().replace(",", "")));
        }
        assertThat(totals).containsEntry("inputs found", 3).containsEntry("inputs that could not be read", 1)
                .containsEntry("inputs read in part", 1);
        // a partly read input is a result: the invariant still adds up
        assertThat(totals.get("hosts with a diagnosis") + totals.get("healthy hosts") + totals.get("inputs that could not be read"))
                .isEqualTo(totals.get("inputs found"));
        assertThat(doc.select("#totals p").first().text()).isEqualTo("2 results + 1 errors = 3 of 3 inputs found.");

        Element partial = doc.getElementById("partial");
        assertThat(partial.tagName()).isEqualTo("details");
        assertThat(partial.selectFirst("summary .count").text()).endsWith("1 input");
        assertThat(partial.select("tbody tr")).hasSize(1);
        Element row = partial.selectFirst("tbody tr");
        assertThat(row.child(0).text()).isEqualTo(capture.toString());
        assertThat(row.child(1).text()).isEqualTo("SRV-SQL04");
        assertThat(row.select("li").eachText()).containsExactlyInAnyOrderElementsOf(skipped);
        assertThat(row.select("li").eachText()).anySatisfy(x -> assertThat(x).contains("systeminfo<i>.txt").contains("skipped: "));
        // the unreadable fact file is an error, not an input read in part
        assertThat(doc.getElementById("errors").select("tbody tr")).hasSize(1);
        assertThat(doc.getElementById("errors").text()).contains("broken.yaml");

        String md = Files.readString(out.resolve(ReportDirectory.SUMMARY), StandardCharsets.UTF_8);
        assertThat(md).contains("| inputs read in part | 1 |").contains("2 results + 1 errors = 3 of 3 inputs found")
                .contains("## Inputs read in part").contains("- `" + capture + " (SRV-SQL04)`");
        for (String x : skipped) assertThat(md).contains("  - `" + x + "`");
    }

    @Test
    void withoutInputsReadInPartTheFleetReportCountsNone(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("facts-samples/gpo-denies-rdp.yaml"), inputs.resolve("gpo.yaml"));
        copyTree(Path.of("facts-samples/captures/srv01-example"), inputs.resolve("captures").resolve("srv01"));
        Path out = dir.resolve("out");
        BatchRunner.Totals t = runOut(inputs, out);
        assertThat(t.found()).isEqualTo(2);
        assertThat(t.errors()).isZero();
        Document doc = Jsoup.parse(out.resolve(ReportDirectory.REPORT).toFile(), "UTF-8");
        assertThat(doc.getElementById("partial").select("tbody tr")).isEmpty();
        assertThat(doc.getElementById("partial").selectFirst("summary .count").text()).endsWith("0 inputs");
        String md = Files.readString(out.resolve(ReportDirectory.SUMMARY), StandardCharsets.UTF_8);
        assertThat(md).contains("| inputs read in part | 0 |").doesNotContain("## Inputs read in part");
    }

    /** Every fact file of facts-samples/ and of the corpus: the real inputs the batch tests run over. */
    private static List<Path> sampleAndCorpusFactFiles() throws java.io.IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("facts-samples"));
             Stream<Path> corpus = Files.walk(Path.of("corpus"))) {
            samples.filter(x -> x.getFileName().toString().matches(".*\\.(yaml|yml|json)")).forEach(inputs::add);
            corpus.filter(x -> x.getFileName().toString().endsWith(".facts.yaml")).forEach(inputs::add);
        }
        return inputs;
    }
}
