package io.rdpdoctor.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates a fleet of realistic fact files for the batch benchmark and tests: each is one of the
 * samples of {@code facts-samples/} (a healthy host or one of the diagnosable causes, about 40
 * facts each) with its own host name and addresses. About a third are healthy.
 *
 * <pre>java -cp target/rdp-doctor.jar io.rdpdoctor.batch.FleetGenerator DIR N [--yaml] [--seed S] [--bad-every K]</pre>
 * Files go to DIR/site-NNN/host-NNNNNNN.json (1,000 per folder). With --bad-every K, every K-th file
 * is malformed (for error-path tests).
 */
public final class FleetGenerator {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<JsonNode> healthy = new ArrayList<>();
    private final List<JsonNode> broken = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    public FleetGenerator(Path samples) throws IOException {
        try (Stream<Path> s = Files.list(samples)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (!InputFinder.isFactFileName(n)) continue;
                JsonNode doc = (n.endsWith(".json") ? JSON : YAML).readTree(p.toFile());
                if (doc == null || !doc.isObject()) continue;
                ((ObjectNode) doc).remove("notes");
                if (n.startsWith("healthy")) healthy.add(doc);
                else broken.add(doc);
                names.add(n);
            }
        }
        if (healthy.isEmpty() || broken.isEmpty()) {
            throw new IOException(samples + ": expected a healthy-*.yaml sample and samples of causes");
        }
    }

    /** Writes n files below dir; returns them. */
    public List<Path> generate(Path dir, int n, boolean yaml, long seed, int badEvery) throws IOException {
        Random rnd = new Random(seed);
        List<Path> files = new ArrayList<>(n);
        String ext = yaml ? ".yaml" : ".json";
        for (int i = 0; i < n; i++) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "site-%03d", i / 1000));
            if (i % 1000 == 0) Files.createDirectories(folder);
            Path file = folder.resolve(String.format(Locale.ROOT, "host-%07d%s", i, ext));
            if (badEvery > 0 && i % badEvery == badEvery - 1) {
                Files.writeString(file, yaml ? "host:\n  name: [unclosed\n" : "{\"host\": {\"name\": \"BROKEN-" + i + "\",");
            } else {
                JsonNode template = rnd.nextInt(3) == 0 ? healthy.get(rnd.nextInt(healthy.size())) : broken.get(rnd.nextInt(broken.size()));
                ObjectNode doc = template.deepCopy();
                personalize(doc, i, rnd);
                if (yaml) {
                    YAML.writeValue(file.toFile(), doc);
                } else {
                    JSON.writeValue(file.toFile(), doc);
                }
            }
            files.add(file);
        }
        return files;
    }

    private static final String[] ROLES = {"WEB", "APP", "SQL", "FS", "DC", "RDS", "PRT", "ERP", "CTX", "BI"};

    private static void personalize(ObjectNode doc, int i, Random rnd) {
        String name = String.format(Locale.ROOT, "%s-%s%05d", ROLES[rnd.nextInt(ROLES.length)], (char) ('A' + rnd.nextInt(26)), i);
        String addr = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
        if (doc.get("host") instanceof ObjectNode host) {
            host.put("name", name);
            if (host.has("addresses")) {
                ArrayNode a = host.putArray("addresses");
                a.add(addr);
            }
        }
        if (doc.get("portTests") instanceof ArrayNode tests) {
            for (JsonNode t : tests) {
                if (t instanceof ObjectNode o) {
                    if (o.has("target")) o.put("target", name.toLowerCase(Locale.ROOT) + ".corp.example.com");
                    if (o.has("resolvedAddress")) o.put("resolvedAddress", addr);
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FleetGenerator DIR N [--yaml] [--seed S] [--bad-every K] [--samples DIR]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1].replace("_", "").replace(",", ""));
        boolean yaml = false;
        long seed = 42;
        int bad = 0;
        Path samples = io.rdpdoctor.engine.Installation.home().resolve("facts-samples");
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--yaml" -> yaml = true;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--bad-every" -> bad = Integer.parseInt(args[++i]);
                case "--samples" -> samples = Path.of(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        long t0 = System.nanoTime();
        new FleetGenerator(samples).generate(dir, n, yaml, seed, bad);
        System.err.printf(Locale.ROOT, "generated %,d %s fact files in %s (%.1f s)%n", n, yaml ? "YAML" : "JSON", dir, (System.nanoTime() - t0) / 1e9);
    }
}
