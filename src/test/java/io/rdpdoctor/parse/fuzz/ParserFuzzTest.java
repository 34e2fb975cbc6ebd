package io.rdpdoctor.parse.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CaptureLoader;
import io.rdpdoctor.parse.CaptureText;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsed;
import io.rdpdoctor.parse.Parsers;
import io.rdpdoctor.parse.Transcript;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzz tests (Jazzer) of every parser, one per {@link Family}, and of the whole
 * capture path. An input is a selector byte and the bytes of a capture file:
 * <ul>
 * <li>a family test takes the parser {@code family.parsers().get(selector % size)}, decodes the
 *     bytes as a capture file is decoded ({@link CaptureText#decode}), splits them at console
 *     prompts ({@link Transcript#split}, the text before the first prompt getting the parser's
 *     command) and gives every block to {@code recognises()} (must not throw) and {@code parse()}
 *     (must return facts or throw {@link ParseException}); any other exception or error, a hang
 *     (libFuzzer {@code -timeout} when fuzzing, 10 s per input in a regression run) or running out
 *     of memory is a finding;</li>
 * <li>{@link #capture} hands the bytes to {@link CaptureLoader#load(String, byte[])} (decoding,
 *     fact-file detection, transcript splitting, the sniffer, the chosen parser) under a file name
 *     picked by the selector ({@code capture.txt}, or a parser's conventional name): it must never
 *     throw, and a parser failure it contains (reported as "it failed: ...") is a finding too.</li>
 * </ul>
 * Without {@code JAZZER_FUZZ} each test runs its corpus, {@code src/test/resources/io/rdpdoctor/parse/fuzz/
 * ParserFuzzTestInputs/<method>/} (the real samples as seeds, {@code FuzzCorpusTest}, and the inputs of
 * past findings), as regression tests in {@code mvn verify}. {@code bench/fuzz.sh [minutes]} fuzzes
 * each in turn (docs/parsers.md, "Fuzzing").
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void tables(byte[] input) {
        bounded(() -> family(Family.TABLES, input));
    }

    @FuzzTest(maxDuration = "10m")
    void services(byte[] input) {
        bounded(() -> family(Family.SERVICES, input));
    }

    @FuzzTest(maxDuration = "10m")
    void registryPolicy(byte[] input) {
        bounded(() -> family(Family.REGISTRY_POLICY, input));
    }

    @FuzzTest(maxDuration = "10m")
    void firewall(byte[] input) {
        bounded(() -> family(Family.FIREWALL, input));
    }

    @FuzzTest(maxDuration = "10m")
    void certsAclEvents(byte[] input) {
        bounded(() -> family(Family.CERTS_ACL_EVENTS, input));
    }

    @FuzzTest(maxDuration = "10m")
    void clientSystem(byte[] input) {
        bounded(() -> family(Family.CLIENT_SYSTEM, input));
    }

    @FuzzTest(maxDuration = "10m")
    void capture(byte[] input) {
        bounded(() -> loadCapture(input));
    }

    private static void loadCapture(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String name = captureFileName(input[0]);
        CaptureLoader.Result r = new CaptureLoader().load(name, Arrays.copyOfRange(input, 1, input.length));
        for (CaptureLoader.Skipped s : r.skipped()) {
            if (s.reason().contains("(it failed: ")) {
                throw new AssertionError("a parser threw something other than ParseException: " + s);
            }
        }
    }

    /** The per-input time limit of the regression runs in {@code mvn verify} (fuzzing: libFuzzer's {@code -timeout}). */
    static final Duration REGRESSION_TIMEOUT = Duration.ofSeconds(10);

    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();

    /** Runs one input; outside fuzzing (a regression run) an input that runs longer than 10 s fails. */
    private static void bounded(Runnable r) {
        if (FUZZING) {
            r.run();
        } else {
            assertTimeoutPreemptively(REGRESSION_TIMEOUT, r::run, "an input ran longer than " + REGRESSION_TIMEOUT);
        }
    }

    /** Selector 0: {@code capture.txt} (content decides); k: the conventional name of parser k-1. */
    static String captureFileName(byte selector) {
        List<CommandParser> all = Parsers.all();
        int k = (selector & 0xFF) % (all.size() + 1);
        return k == 0 ? "capture.txt" : all.get(k - 1).id() + ".txt";
    }

    static void family(Family family, byte[] input) {
        if (input.length == 0) {
            return;
        }
        List<CommandParser> parsers = family.parsers();
        CommandParser parser = parsers.get((input[0] & 0xFF) % parsers.size());
        CaptureText.Decoded decoded;
        try {
            decoded = CaptureText.decode(Arrays.copyOfRange(input, 1, input.length));
        } catch (CaptureText.UnreadableException e) {
            return; // binary: never reaches a parser
        }
        for (Capture c : Transcript.split("fuzz.txt", decoded.lines(), defaultCommand(parser))) {
            if (c.lines().isEmpty()) {
                continue; // a prompt without output: the loader never parses it
            }
            parser.recognises(c);
            try {
                Parsed parsed = parser.parse(c);
                if (parsed == null) {
                    throw new AssertionError(parser.id() + " returned null");
                }
            } catch (ParseException e) {
                // the one failure a parser may report
            }
        }
    }

    /** The command a capture file with the parser's conventional name gets (as {@link CaptureLoader} does). */
    static String defaultCommand(CommandParser p) {
        return p.commands().isEmpty() ? null : p.commands().get(0).replaceFirst("\\s*[<\\[|].*$", "");
    }
}
