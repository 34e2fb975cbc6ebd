package io.rdpdoctor.parse.fuzz;

import io.rdpdoctor.parse.CaptureText;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.Parsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The seed corpus of {@link ParserFuzzTest}, made from the real samples: for every
 * {@code src/test/resources/parsers/<id>/<name>.txt}, the file {@code seed-<id>-<name>} in the
 * folder of its family's fuzz test, holding the selector byte of its parser and then the sample's
 * bytes as they are (whatever the encoding), with a console prompt line carrying the command of
 * {@code <name>.cmd} put before them when there is one; every sample also goes, under the name
 * {@code capture.txt} (selector 0), into the corpus of {@link ParserFuzzTest#capture}, with the
 * example captures of {@code facts-samples/captures/} and one fact file. Files not named
 * {@code seed-*} (the {@code crash-*} inputs of past findings) are left alone.
 *
 * <p>Regenerate: {@code mvn test -Dtest=FuzzCorpusTest -Dfuzz.regenerate=true}, or run this class's
 * main from the project folder with the test class path.
 */
final class FuzzCorpus {

    static final Path SAMPLES = Path.of("src/test/resources/parsers");
    static final Path INPUTS = Path.of("src/test/resources/io/rdpdoctor/parse/fuzz/ParserFuzzTestInputs");
    static final Path EXAMPLE_CAPTURES = Path.of("facts-samples/captures");
    static final Path FACT_FILE = Path.of("facts-samples/termservice-stopped-after-reboot.yaml");
    static final String CAPTURE_METHOD = "capture";

    private FuzzCorpus() {
    }

    /** The seeds: fuzz test method → seed file name → bytes. */
    static Map<String, Map<String, byte[]>> seeds() throws IOException {
        Map<String, Map<String, byte[]>> out = new TreeMap<>();
        for (Family f : Family.values()) {
            out.put(f.method(), new TreeMap<>());
        }
        Map<String, byte[]> capture = new TreeMap<>();
        out.put(CAPTURE_METHOD, capture);
        List<Path> samples;
        try (Stream<Path> s = Files.walk(SAMPLES, 2)) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path txt : samples) {
            String id = txt.getParent().getFileName().toString();
            String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            Path cmd = txt.resolveSibling(stem + ".cmd");
            byte[] bytes = Files.readAllBytes(txt);
            if (Files.exists(cmd)) {
                bytes = withPrompt(bytes, Files.readString(cmd, StandardCharsets.UTF_8).strip());
            }
            Family family = Family.of(id);
            if (family != null) {
                out.get(family.method()).put("seed-" + id + "-" + stem, prefixed(family.selector(id), bytes));
            }
            capture.put("seed-" + id + "-" + stem, prefixed(0, bytes));
        }
        try (Stream<Path> s = Files.walk(EXAMPLE_CAPTURES)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String stem = p.getFileName().toString().replaceFirst("\\.txt$", "");
                capture.put("seed-example-" + stem, prefixed(captureSelector(stem), Files.readAllBytes(p)));
            }
        }
        capture.put("seed-fact-file", prefixed(0, Files.readAllBytes(FACT_FILE)));
        return out;
    }

    /** The selector byte under which {@link ParserFuzzTest#capture} names the file like the parser with this id. */
    static int captureSelector(String stem) {
        List<CommandParser> all = Parsers.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(stem)) {
                return i + 1;
            }
        }
        return 0;
    }

    static byte[] prefixed(int selector, byte[] bytes) {
        byte[] out = new byte[bytes.length + 1];
        out[0] = (byte) selector;
        System.arraycopy(bytes, 0, out, 1, bytes.length);
        return out;
    }

    /** The bytes with a line {@code C:\>COMMAND} before them, in the bytes' own encoding (after a byte-order mark). */
    static byte[] withPrompt(byte[] bytes, String command) throws IOException {
        String prompt = "C:\\>" + command + "\r\n";
        int bom = 0;
        Charset cs = StandardCharsets.US_ASCII;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            bom = 2;
            cs = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            bom = 2;
            cs = StandardCharsets.UTF_16BE;
        } else {
            try {
                String enc = CaptureText.decode(bytes).encoding();
                if (enc.equals("UTF-16LE")) cs = StandardCharsets.UTF_16LE;
                if (enc.equals("UTF-16BE")) cs = StandardCharsets.UTF_16BE;
            } catch (CaptureText.UnreadableException e) {
                // left as it is
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, bom);
        out.write(prompt.getBytes(cs));
        out.write(bytes, bom, bytes.length - bom);
        return out.toByteArray();
    }

    /** Writes the seeds, removing {@code seed-*} files that are no longer seeds; other files stay. */
    static void write() throws IOException {
        for (Map.Entry<String, Map<String, byte[]>> m : seeds().entrySet()) {
            Path dir = INPUTS.resolve(m.getKey());
            Files.createDirectories(dir);
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    if (p.getFileName().toString().startsWith("seed-") && !m.getValue().containsKey(p.getFileName().toString())) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, byte[]> e : m.getValue().entrySet()) {
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
        }
    }

    public static void main(String[] args) throws IOException {
        write();
        System.out.println("seed corpus written to " + INPUTS);
    }
}
