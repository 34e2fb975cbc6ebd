package io.rdpdoctor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The language each parser reports for the real samples it carries (src/test/resources/parsers/ID/),
 * as listed in src/test/resources/parsers/languages.tsv: every sample is listed, and a language
 * told (not neutral, not unknown) is the one the sample's name starts with ("de-1.txt": German
 * Windows). Run with -Dparsers.regenerate=true to rewrite the list for review.
 */
class ParserLanguageTest {

    static final Path LIST = ParserSamplesTest.ROOT.resolve("languages.tsv");

    /** A sample decoded as the loader decodes it, whole, with its command line when it has one. */
    static Capture capture(Path txt) throws Exception {
        CaptureText.Decoded d = CaptureText.decode(Files.readAllBytes(txt));
        Path cmd = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".cmd"));
        String command = Files.exists(cmd) ? Files.readString(cmd, StandardCharsets.UTF_8).strip() : null;
        return new Capture(txt.getFileName().toString(), command, d.lines(), 1);
    }

    static Map<String, String> listed() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.strip().split("\\s+");
            out.put(f[0], f[1]);
        }
        return out;
    }

    static List<String> samples() throws IOException {
        List<String> out = new ArrayList<>();
        for (CommandParser p : Parsers.all()) {
            Path dir = ParserSamplesTest.ROOT.resolve(p.id());
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> out.add(p.id() + "/" + f.getFileName()));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> eachSampleGivesItsLanguage() throws Exception {
        List<String> samples = samples();
        assertThat(samples).hasSizeGreaterThan(100);
        if (Boolean.getBoolean("parsers.regenerate")) {
            StringBuilder b = new StringBuilder("# The language each parser reports for its samples (ParserLanguageTest).\n"
                    + "# neutral: the output has no localized labels; unknown: none of its labels tells a language.\n");
            for (String s : samples) {
                b.append(s).append('\t').append(language(s).code()).append('\n');
            }
            Files.writeString(LIST, b.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String> listed = listed();
        assertThat(listed.keySet()).as("every sample is listed in " + LIST + ", and only samples").containsExactlyInAnyOrderElementsOf(samples);
        return samples.stream().map(s -> DynamicTest.dynamicTest(s, () -> {
            Language language = language(s);
            assertThat(language.code()).isEqualTo(listed.get(s));
            if (language.isKnown()) {
                assertThat(s.substring(s.indexOf('/') + 1)).as("a language told is the sample's own").startsWith(language.code() + "-");
            }
        }));
    }

    private static Language language(String sample) throws Exception {
        CommandParser p = Parsers.byId(sample.substring(0, sample.indexOf('/'))).orElseThrow();
        return CaptureLoader.parse(p, capture(ParserSamplesTest.ROOT.resolve(sample))).language();
    }

    @Test
    void aTableToldNoLabelSaysUnknownAndATieIsUnknown() {
        LabelTable t = LabelTable.of("en", List.of("Active Connections", "Server"), "de", List.of("Aktive Verbindungen", "Server"),
                "fr", List.of("Connexions actives"));
        assertThat(t.language(List.of("Aktive Verbindungen", "  Proto  Lokale Adresse"))).isEqualTo(Language.of("de"));
        assertThat(t.language(List.of("  TCP    0.0.0.0:3389   0.0.0.0:0   LISTENING   1184"))).isEqualTo(Language.UNKNOWN);
        // "Server" is printed alike by two languages: it tells neither
        assertThat(t.language(List.of("Server:  dns.google"))).isEqualTo(Language.UNKNOWN);
        assertThat(t.language(List.of("Connexions actives", "Active Connections"))).isEqualTo(Language.UNKNOWN);
        // whole words only, accents and case do not matter
        assertThat(t.language(List.of("CONNEXIONS ACTIVES"))).isEqualTo(Language.of("fr"));
        assertThat(t.language(List.of("Inactive Connectionsx"))).isEqualTo(Language.UNKNOWN);
    }

    @Test
    void aLanguageIsAnIsoCodeWithItsEnglishName() {
        assertThat(Language.of("de").displayName()).isEqualTo("German");
        assertThat(Language.of("fr").displayName()).isEqualTo("French");
        assertThat(Language.NEUTRAL.displayName()).isEqualTo("language-neutral");
        assertThat(Language.UNKNOWN.displayName()).isEqualTo("language unknown");
        assertThat(Language.of("neutral")).isEqualTo(Language.NEUTRAL);
        assertThat(Language.of("de").isKnown()).isTrue();
        assertThat(Language.UNKNOWN.isKnown()).isFalse();
        assertThatThrownBy(() -> Language.of("German")).isInstanceOf(IllegalArgumentException.class);
    }
}
