package io.rdpdoctor.parse.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.facts.Area;
import io.rdpdoctor.facts.Collected;
import io.rdpdoctor.facts.Fact;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.RegistryKey;
import io.rdpdoctor.facts.Source;
import io.rdpdoctor.facts.Sourced;
import io.rdpdoctor.parse.Capture;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.Parsed;
import io.rdpdoctor.parse.Parsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample of the Windows parsers against its expected facts. Sample layout (per parser id):
 * src/test/resources/parsers/{id}/{name}.txt, its expected facts {name}.expected.yaml (fact-file
 * YAML), optionally the command line in {name}.cmd. Compared: the facts without their sources
 * (an expected entry's {@code source: {line: N}} is checked too), and the collected areas: every
 * section of the expected file is collected unless its {@code notes:} say "not collected: key, ...".
 * Registry keys of the expected file are not compared (the registry section always names a key;
 * the WMI parser reads values, not keys), nor is the registry area.
 */
class WindowsParserSamplesTest {

    static final List<String> IDS = List.of("netsh-firewall-show-rule", "netsh-advfirewall-show-allprofiles",
            "get-netfirewallrule", "get-netfirewallportfilter", "get-netfirewallprofile", "get-netconnectionprofile",
            "gpresult-r", "gpresult-x", "gpresult-h", "icacls", "certutil-store", "get-childitem-cert", "wevtutil-qe",
            "get-winevent", "event-viewer-text", "net-localgroup", "secedit-export", "win32-terminalservicesetting", "win32-tsgeneralsetting");

    private static final Pattern NOT_COLLECTED = Pattern.compile("not collected: ([A-Za-z, ]+)");

    @Test
    void everyParserIsRegisteredAndHasThreeSamplesEachWithItsExpectedFile() throws Exception {
        for (String id : IDS) {
            assertThat(Parsers.byId(id)).as("parser %s registered", id).isPresent();
            Path dir = Samples.ROOT.resolve(id);
            assertThat(dir).as("samples of %s", id).isDirectory();
            List<Path> txt;
            try (Stream<Path> s = Files.list(dir)) {
                txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            assertThat(txt).as("samples of %s", id).hasSizeGreaterThanOrEqualTo(3);
            for (Path t : txt) {
                assertThat(expectedOf(t)).as("expected facts of %s", t).exists();
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path y : s.filter(p -> p.toString().endsWith(".expected.yaml")).toList()) {
                    assertThat(y.resolveSibling(y.getFileName().toString().replace(".expected.yaml", ".txt")))
                            .as("sample of %s", y).exists();
                }
            }
            assertThat(dir.resolve("SOURCES.md")).as("provenance of %s", id).exists();
        }
    }

    static Path expectedOf(Path txt) {
        return txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".expected.yaml"));
    }

    @TestFactory
    Stream<DynamicTest> samplesGiveTheirExpectedFacts() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : IDS) {
            Path dir = Samples.ROOT.resolve(id);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            CommandParser parser = Parsers.byId(id).orElseThrow();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path t : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(id + "/" + t.getFileName(), () -> check(parser, t)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(CommandParser parser, Path txt) throws Exception {
        Capture capture = Samples.capture(txt);
        assertThat(parser.recognises(capture)).as("%s recognises %s", parser.id(), txt).isTrue();
        Parsed parsed = parser.parse(capture);
        Path yaml = expectedOf(txt);
        byte[] bytes = Files.readAllBytes(yaml);
        FactSet expected = new FactFileReader().read(yaml.toString(), bytes);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);

        Set<Area> expectedAreas = EnumSet.noneOf(Area.class);
        expected.facts().stream().filter(Collected.class::isInstance).map(f -> ((Collected) f).area()).forEach(expectedAreas::add);
        Matcher m = NOT_COLLECTED.matcher(text);
        if (m.find()) {
            for (String key : m.group(1).split(",")) {
                expectedAreas.removeIf(a -> a.key().equals(key.trim()));
            }
        }
        expectedAreas.remove(Area.REGISTRY);
        Set<Area> actualAreas = EnumSet.noneOf(Area.class);
        actualAreas.addAll(parsed.collected());
        actualAreas.remove(Area.REGISTRY);
        assertThat(actualAreas).as("collected areas of %s", txt).isEqualTo(expectedAreas);

        List<Fact> want = expected.facts().stream().filter(f -> !(f instanceof Collected) && !(f instanceof RegistryKey)).toList();
        List<Fact> got = parsed.facts();
        assertThat(got.stream().map(WindowsParserSamplesTest::unsourced).map(Object::toString).sorted().toList())
                .as("facts of %s", txt)
                .isEqualTo(want.stream().map(WindowsParserSamplesTest::unsourced).map(Object::toString).sorted().toList());
        // lines stated in the expected file (source: {line: N}, no file) must match, in order of appearance
        for (Fact w : want) {
            Source s = w.source();
            if (s != null && s.file() == null && s.line() != null) {
                Fact twin = got.stream().filter(g -> unsourced(g).equals(unsourced(w))).findFirst().orElse(null);
                if (twin == null) {
                    fail("no fact for " + w);
                }
                assertThat(twin.source().line()).as("line of %s in %s", w.describe(), txt).isEqualTo(s.line());
                assertThat(twin.source().file()).isEqualTo(capture.file());
            }
        }
    }

    private static Object unsourced(Fact f) {
        return f instanceof Sourced<?> s ? s.withSource(null) : f;
    }
}
