package io.rdpdoctor.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.rdpdoctor.batch.PooledDiagnoser;
import io.rdpdoctor.engine.RuleBudget;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.parse.CaptureLoader;
import io.rdpdoctor.parse.FactYaml;
import io.rdpdoctor.report.JsonRenderer;
import io.rdpdoctor.report.MarkdownRenderer;
import io.rdpdoctor.report.Visible;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code rdp-doctor serve}: the page and its JSON API on the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}, module jdk.httpserver): no dependency, a supported exported API,
 * and what one engineer's browser or a ticket system's script needs (HTTP/1.1, keep-alive, a
 * bounded thread pool). Every request is stateless: it is read, diagnosed in a pooled session of
 * the one warm rule base, answered, and forgotten.
 *
 * <p>Security, because {@code --bind} shares the page with a team (docs/serve.md): the Host header
 * must name this server (no DNS rebinding), every POST with an Origin must come from this server's
 * own page, bodies and files are size-limited ({@link #MAX_BODY}, {@link Uploads}), nothing the
 * page sends touches the file system, no cookie is ever set, and every response carries a strict
 * Content-Security-Policy: the page's only script is its own bundled file, and it writes what was
 * pasted as text, never as HTML.
 */
public final class Server implements AutoCloseable {

    /** The largest request body: 48 MiB of files, base64-encoded in JSON, and the paste. */
    static final int MAX_BODY = 72 * 1024 * 1024;

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/app.css", "app.css",
            "/favicon.svg", "favicon.svg");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectWriter OUT = new ObjectMapper().writer().with(Visible.JSON_ESCAPES);

    static {
        // Read once by the JDK server's configuration, so set before the first server is made (an
        // explicit -D wins). nodelay: the server writes the head and the body of an answer apart;
        // with Nagle's algorithm the body then waits for the client's delayed ACK, 40 ms a request.
        // maxReqTime/maxRspTime: a request that stalls (a slow or stuck client) gives its thread back.
        setDefault("sun.net.httpserver.nodelay", "true");
        setDefault("sun.net.httpserver.maxReqTime", "30");
        setDefault("sun.net.httpserver.maxRspTime", "30");
        // one request body at most; Jackson's default (20M characters) would refuse a large base64 file first
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_BODY).build());
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) System.setProperty(property, value);
    }

    private final HttpServer http;
    private final ExecutorService workers;
    private final PooledDiagnoser diagnoser;
    private final Workbench workbench;
    private final Set<String> hosts;
    private final Map<String, byte[]> assets = new java.util.HashMap<>();

    /**
     * Starts serving.
     *
     * @param bind    the address to listen on (loopback unless the engineer chose to share it)
     * @param port    the port; 0 picks a free one ({@link #port()})
     * @param diagnoser the warm rule base's pooled sessions, shared by every request
     * @param threads requests diagnosed at once (the others wait in line)
     */
    public Server(InetAddress bind, int port, PooledDiagnoser diagnoser, int threads) throws IOException {
        this(bind, port, diagnoser, threads, List.of());
    }

    /** @param names more names the page may be opened by (a DNS alias of this machine; {@code --host-name}) */
    public Server(InetAddress bind, int port, PooledDiagnoser diagnoser, int threads, List<String> names) throws IOException {
        this.diagnoser = diagnoser;
        this.workbench = new Workbench(diagnoser);
        for (String name : new TreeSet<>(ASSETS.values())) {
            try (InputStream in = Server.class.getResourceAsStream("web/" + name)) {
                if (in == null) throw new IOException("the page's asset web/" + name + " is missing from the jar");
                assets.put(name, in.readAllBytes());
            }
        }
        this.http = HttpServer.create(new InetSocketAddress(bind, port), 256);
        this.hosts = allowedHosts(bind, http.getAddress().getPort(), names);
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rdp-doctor-serve");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(workers);
        http.createContext("/", this::handle);
        http.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The address to open in a browser. */
    public String url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
        diagnoser.close();
    }

    /**
     * The names a browser may use for this server in its Host header: on loopback, localhost and the
     * loopback addresses; bound to one address, that address and the machine's names; bound to every
     * address, every address of the machine and its names; and the names given. A page of another site
     * that resolves its own name to this machine (DNS rebinding) sends its own name, and is refused.
     */
    static Set<String> allowedHosts(InetAddress bind, int port, List<String> given) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String g : given) names.add(g.toLowerCase(Locale.ROOT));
        names.add("localhost");
        names.add("127.0.0.1");
        names.add("[::1]");
        if (!bind.isLoopbackAddress()) {
            List<InetAddress> addresses = new java.util.ArrayList<>();
            if (bind.isAnyLocalAddress()) {
                for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                    addresses.addAll(java.util.Collections.list(nic.getInetAddresses()));
                }
            } else {
                addresses.add(bind);
            }
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName().toLowerCase(Locale.ROOT));
            names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
            for (InetAddress a : addresses) {
                String h = a.getHostAddress().replaceFirst("%.*$", "");
                names.add(h.contains(":") ? "[" + h + "]" : h);
            }
        }
        Set<String> withPort = new TreeSet<>();
        for (String n : names) withPort.add(n + ":" + port);
        return withPort;
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            Headers h = x.getResponseHeaders();
            h.set("Content-Security-Policy", CSP);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("X-Frame-Options", "DENY");
            h.set("Cross-Origin-Opener-Policy", "same-origin");
            h.set("Cross-Origin-Resource-Policy", "same-origin");
            h.set("Cache-Control", "no-store");
            String host = x.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
                error(x, 421, "this server answers to " + String.join(", ", hosts) + ", not to the host name the request named");
                return;
            }
            String path = x.getRequestURI().getPath();
            String method = x.getRequestMethod();
            if (path.startsWith("/api/")) {
                if (!path.equals("/api/diagnose") && !path.equals("/api/page")) {
                    error(x, 404, "no such API: " + path + "; expected POST /api/diagnose");
                } else if (!method.equals("POST")) {
                    h.set("Allow", "POST");
                    error(x, 405, path + " takes POST");
                } else {
                    post(x, path.equals("/api/page"));
                }
                return;
            }
            String asset = ASSETS.get(path);
            if (asset == null) {
                error(x, 404, "no such page: " + path);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                h.set("Allow", "GET, HEAD");
                error(x, 405, path + " takes GET");
            } else {
                send(x, 200, contentType(asset), method.equals("HEAD") ? null : assets.get(asset));
            }
        } catch (RuntimeException | Error e) {
            // a bug: the engineer sees it, the server goes on
            System.err.println("rdp-doctor serve: internal error on " + Visible.oneLine(x.getRequestURI().toString()) + ": " + e);
            e.printStackTrace();
            try {
                error(x, 500, "internal error: " + e);
            } catch (IOException | RuntimeException ignored) {
                // the response had already begun
            }
        }
    }

    private static String contentType(String asset) {
        if (asset.endsWith(".html")) return "text/html; charset=utf-8";
        if (asset.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (asset.endsWith(".css")) return "text/css; charset=utf-8";
        return "image/svg+xml";
    }

    private void post(HttpExchange x, boolean forPage) throws IOException {
        String origin = x.getRequestHeaders().getFirst("Origin");
        // a browser sends Origin with every POST; scripts (curl, a ticket system) send none
        if (origin != null && !originAllowed(origin)) {
            error(x, 403, "a POST from a page of another site (Origin " + Visible.oneLine(origin) + ") is refused; "
                    + "open the page from this server");
            return;
        }
        String length = x.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY) {
            error(x, 413, "the request is " + length + " bytes; at most " + MAX_BODY + " (72 MiB) are read");
            return;
        }
        byte[] body = x.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            error(x, 413, "the request is more than " + MAX_BODY + " bytes (72 MiB); send fewer or smaller files");
            return;
        }
        Workbench.Request request;
        try {
            request = request(x.getRequestHeaders().getFirst("Content-Type"), body);
        } catch (Unsupported e) {
            error(x, 415, e.getMessage());
            return;
        } catch (Uploads.Refused e) {
            error(x, e.tooLarge ? 413 : 400, e.getMessage());
            return;
        } catch (BadRequest e) {
            error(x, 400, e.getMessage());
            return;
        }
        Workbench.Outcome outcome;
        try {
            outcome = workbench.diagnose(request);
        } catch (RuleBudget.Exceeded e) {
            error(x, 422, e.getMessage());
            return;
        }
        if (forPage) {
            send(x, 200, "application/json; charset=utf-8", page(outcome));
        } else if (outcome.report() == null) {
            send(x, 422, "application/json; charset=utf-8", nothing(outcome));
        } else {
            StringWriter json = new StringWriter();
            new JsonRenderer().render(outcome.report(), new PrintWriter(json));
            send(x, 200, "application/json; charset=utf-8", json.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The Origin of this server's own page: http, and a host name it answers to. */
    private boolean originAllowed(String origin) {
        try {
            URI u = new URI(origin);
            return "http".equals(u.getScheme()) && u.getRawPath() != null && u.getRawPath().isEmpty()
                    && u.getRawAuthority() != null && hosts.contains(u.getRawAuthority().toLowerCase(Locale.ROOT));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    private static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message);
        }
    }

    /**
     * The request body: JSON {@code {"paste", "clientError", "files": [{"name", "base64"}]}}, or
     * plain text (a paste), or a zip (the collector's capture).
     */
    static Workbench.Request request(String contentType, byte[] body) throws BadRequest, Unsupported, Uploads.Refused {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).replaceFirst(";.*", "").strip();
        Uploads uploads = new Uploads();
        switch (type) {
            case "text/plain":
                return new Workbench.Request(new String(body, StandardCharsets.UTF_8), null, uploads.files());
            case "application/zip":
                uploads.add("capture.zip", body);
                return new Workbench.Request(null, null, uploads.files());
            case "application/json":
                break;
            default:
                throw new Unsupported("the body's Content-Type is " + (type.isEmpty() ? "missing" : Visible.oneLine(type))
                        + "; expected application/json ({\"paste\", \"clientError\", \"files\"}), text/plain (a paste) or application/zip (a capture)");
        }
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not JSON: " + Visible.oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadRequest("the body is not JSON: " + Visible.oneLine(e.getMessage()));
        }
        if (n == null || !n.isObject()) {
            throw new BadRequest("expected a JSON object {\"paste\": TEXT, \"clientError\": TEXT, \"files\": [{\"name\", \"base64\"}]}");
        }
        for (var it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("paste", "clientError", "files").contains(f)) {
                throw new BadRequest("unknown field \"" + Visible.oneLine(f) + "\"; expected paste, clientError, files");
            }
        }
        String paste = text(n, "paste");
        if (paste != null && paste.length() > io.rdpdoctor.parse.CaptureText.MAX_BYTES) {
            throw new Uploads.Refused("paste: is " + paste.length() + " characters; a capture may have at most 8 MiB", true);
        }
        String clientError = text(n, "clientError");
        if (clientError != null && clientError.length() > 64 * 1024) {
            throw new BadRequest("clientError: is " + clientError.length() + " characters; expected the client's message (at most 64 KiB)");
        }
        JsonNode files = n.get("files");
        if (files != null && !files.isNull()) {
            if (!files.isArray()) throw new BadRequest("files: expected a list of {\"name\", \"base64\"}");
            int i = 0;
            for (JsonNode f : files) {
                String where = "files[" + i++ + "]";
                if (!f.isObject() || !f.path("name").isTextual() || !f.path("base64").isTextual()) {
                    throw new BadRequest(where + ": expected {\"name\": TEXT, \"base64\": TEXT}");
                }
                byte[] content;
                try {
                    content = Base64.getDecoder().decode(f.get("base64").asText());
                } catch (IllegalArgumentException e) {
                    throw new BadRequest(where + " (" + Visible.oneLine(f.get("name").asText()) + "): base64 expected: " + e.getMessage());
                }
                uploads.add(f.get("name").asText(), content);
            }
        }
        return new Workbench.Request(paste, clientError, uploads.files());
    }

    private static String text(JsonNode n, String field) throws BadRequest {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new BadRequest(field + ": expected a string");
        return v.asText();
    }

    /** What the page shows: the report (or why there is none), every part read or skipped, the Markdown and the fact file. */
    private static byte[] page(Workbench.Outcome o) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = OUT.getFactory().createGenerator(w)) {
            g.setCharacterEscapes(Visible.JSON_ESCAPES);
            g.writeStartObject();
            if (o.report() != null) {
                StringWriter report = new StringWriter();
                new JsonRenderer().render(o.report(), new PrintWriter(report));
                g.writeFieldName("report");
                g.writeRawValue(report.toString().strip());
                StringWriter md = new StringWriter();
                new MarkdownRenderer().render(o.report(), new PrintWriter(md));
                g.writeStringField("markdown", md.toString());
            } else {
                g.writeStringField("nothing", o.nothing());
            }
            // the report's own list (Report.recognised), also when there is no report to hold it
            g.writeFieldName("read");
            g.writeRawValue(JsonRenderer.json(o.read()));
            g.writeArrayFieldStart("skipped");
            for (CaptureLoader.Skipped s : o.skipped()) {
                g.writeStartObject();
                g.writeStringField("file", s.file());
                g.writeNumberField("line", s.line());
                g.writeStringField("command", s.command());
                g.writeStringField("why", s.why().name().toLowerCase(Locale.ROOT));
                g.writeStringField("reason", s.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            List<Fact> facts = o.facts().facts();
            g.writeStringField("factFile", facts.isEmpty() ? null
                    : FactYaml.write(facts, FactYaml.Sources.FULL, "read by rdp-doctor serve from " + o.facts().origin()));
            g.writeEndObject();
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nothing(Workbench.Outcome o) {
        try {
            return OUT.writeValueAsBytes(Map.of("error", o.nothing(),
                    "skipped", o.skipped().stream().map(Object::toString).toList()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(HttpExchange x, int status, String message) throws IOException {
        byte[] body;
        try {
            body = OUT.writeValueAsBytes(Map.of("error", message));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        send(x, status, "application/json; charset=utf-8", body);
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        if (body == null) {
            x.sendResponseHeaders(status, -1);
            return;
        }
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }
}
