package io.rdpdoctor.parse.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CaptureLoader;
import io.rdpdoctor.parse.CaptureText;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.ParseException;
import io.rdpdoctor.parse.Parsers;
import io.rdpdoctor.parse.Transcript;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Inputs up to the size limit, which the fuzzer (inputs of at most about 16 KB) does not reach:
 * for every parser, its largest sample repeated to just under {@link CaptureText#MAX_BYTES}, the
 * same with its line ends removed (one line of almost 8 MiB), and {@code capture.txt} of the
 * repeated sample through the whole {@link CaptureLoader}. Each must finish within 60 s with the
 * heap it is given ({@code bench/fuzz.sh} runs this with 1 GiB) and throw nothing but
 * {@link ParseException}. Slow (minutes), so only with {@code -Dfuzz.large=true}: {@code bench/fuzz.sh}
 * runs it after the fuzz tests.
 */
@EnabledIfSystemProperty(named = "fuzz.large", matches = "true")
class LargeInputTest {

    private static final int SIZE = (int) CaptureText.MAX_BYTES - 16;

    @TestFactory
    Stream<DynamicTest> everyParserOnInputsUpToTheSizeLimit() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (CommandParser p : Parsers.all()) {
            Path largest;
            try (Stream<Path> s = Files.list(FuzzCorpus.SAMPLES.resolve(p.id()))) {
                largest = s.filter(f -> f.toString().endsWith(".txt"))
                        .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
            }
            String text = CaptureText.decode(Files.readAllBytes(largest)).text();
            tests.add(DynamicTest.dynamicTest(p.id() + ": repeated rows", () -> run(p, repeat(text, "\r\n"))));
            tests.add(DynamicTest.dynamicTest(p.id() + ": one long line",
                    () -> run(p, repeat(text.replaceAll("[\r\n]+", " "), " "))));
            tests.add(DynamicTest.dynamicTest(p.id() + ": capture path", () -> {
                byte[] bytes = repeat(text, "\r\n");
                CaptureLoader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                        () -> new CaptureLoader().load("capture.txt", bytes));
                assertThat(r.skipped().stream().map(CaptureLoader.Skipped::reason)).noneMatch(s -> s.contains("(it failed: "));
            }));
        }
        return tests.stream();
    }

    /** The text repeated (joined by sep) as UTF-8 to just under the size limit. */
    private static byte[] repeat(String text, String sep) {
        byte[] unit = (text + sep).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(SIZE);
        while (out.size() + unit.length <= SIZE) {
            out.write(unit, 0, unit.length);
        }
        return out.toByteArray();
    }

    private static void run(CommandParser p, byte[] bytes) {
        assertThat(bytes.length).isLessThanOrEqualTo((int) CaptureText.MAX_BYTES);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CaptureText.Decoded d = CaptureText.decode(bytes);
            for (Capture c : Transcript.split("large.txt", d.lines(), ParserFuzzTest.defaultCommand(p))) {
                if (c.lines().isEmpty()) continue;
                p.recognises(c);
                try {
                    p.parse(c);
                } catch (ParseException e) {
                    // allowed
                }
            }
        });
    }
}
