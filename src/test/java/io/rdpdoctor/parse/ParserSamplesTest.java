package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.Fact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pair-checks the samples of the core's parsers (package io.rdpdoctor.parse.commands): each
 * src/test/resources/parsers/ID/NAME.txt (command in NAME.cmd when the output alone does not say)
 * is decoded as a capture would be, recognised by the sniffer as ID, parsed, and written as a
 * fact file with sources as {line: N}; that text must equal NAME.expected.yaml, which must itself
 * read back through FactFileReader. A sample without its expected file fails.
 * Run with -Dparsers.regenerate=true to (re)write the expected files for review.
 */
class ParserSamplesTest {

    static final Path ROOT = Path.of("src/test/resources/parsers");
    static final boolean REGENERATE = Boolean.getBoolean("parsers.regenerate");

    static List<CommandParser> coreParsers() {
        return Parsers.all().stream().filter(p -> p.getClass().getPackageName().equals("io.rdpdoctor.parse.commands")).toList();
    }

    /** A sample file as the loader would see it: decoded, split, the one capture in it. */
    static Capture capture(Path txt) throws Exception {
        CaptureText.Decoded d = CaptureText.decode(Files.readAllBytes(txt));
        Path cmd = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".cmd"));
        String command = Files.exists(cmd) ? Files.readString(cmd, StandardCharsets.UTF_8).strip() : null;
        List<Capture> caps = Transcript.split(txt.getFileName().toString(), d.lines(), command).stream()
                .filter(c -> !c.lines().isEmpty()).toList();
        assertThat(caps).as("captures in " + txt).hasSize(1);
        Capture c = caps.get(0);
        return c.command() == null && command != null ? new Capture(c.file(), command, c.lines(), c.firstLine()) : c;
    }

    static String yaml(Parsed p, Capture c) {
        List<Fact> facts = new ArrayList<>();
        p.collected().stream().sorted().forEach(a -> facts.add(new Collected(a, c.source(0))));
        facts.addAll(p.facts());
        return FactYaml.write(facts, FactYaml.Sources.LINE, null);
    }

    @Test
    void everyCoreParserHasAtLeastThreeSamples() throws IOException {
        assertThat(coreParsers()).hasSizeGreaterThanOrEqualTo(15);
        for (CommandParser p : coreParsers()) {
            Path dir = ROOT.resolve(p.id());
            assertThat(dir).as("samples of " + p.id()).isDirectory();
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.filter(f -> f.toString().endsWith(".txt")).count()).as("samples of " + p.id()).isGreaterThanOrEqualTo(3);
            }
            assertThat(dir.resolve("SOURCES.md")).as("provenance of " + p.id()).exists();
        }
    }

    @TestFactory
    Stream<DynamicTest> samplesGiveTheirExpectedFacts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (CommandParser p : coreParsers()) {
            Path dir = ROOT.resolve(p.id());
            if (!Files.isDirectory(dir)) continue;
            List<Path> samples;
            try (Stream<Path> s = Files.list(dir)) {
                samples = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path txt : samples) {
                tests.add(DynamicTest.dynamicTest(p.id() + "/" + txt.getFileName(), () -> {
                    Capture c = capture(txt);
                    Sniffer.Sniffed sniffed = new Sniffer().sniff(c, txt.getFileName().toString());
                    assertThat(sniffed.parser().map(CommandParser::id)).as(sniffed.how()).contains(p.id());
                    Parsed parsed = p.parse(c);
                    String actual = yaml(parsed, c);
                    Path expected = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".expected.yaml"));
                    if (REGENERATE) {
                        Files.writeString(expected, actual, StandardCharsets.UTF_8);
                    }
                    assertThat(expected).as("expected facts beside " + txt).exists();
                    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                    new FactFileReader().read(expected); // the expected file is a valid fact file
                }));
            }
        }
        return tests.stream();
    }
}
