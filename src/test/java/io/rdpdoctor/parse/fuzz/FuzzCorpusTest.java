package io.rdpdoctor.parse.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rdpdoctor.parse.CommandParser;
import io.rdpdoctor.parse.Parsers;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the fuzz tests complete: every parser is fuzzed by exactly one family, every family has its
 * {@code @FuzzTest}, and the committed seed corpus holds every real sample (a new parser or sample
 * fails here until it is added; {@code -Dfuzz.regenerate=true} rewrites the seeds).
 */
class FuzzCorpusTest {

    @Test
    void everyParserIsInExactlyOneFamily() {
        Map<String, List<Family>> familiesOf = new HashMap<>();
        for (Family f : Family.values()) {
            for (String id : f.ids()) {
                familiesOf.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
            }
        }
        List<String> ids = Parsers.all().stream().map(CommandParser::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
        for (String id : ids) {
            assertThat(familiesOf.get(id)).as("fuzz families of parser " + id + " (add it to one in Family)").hasSize(1);
        }
        assertThat(familiesOf.keySet()).as("family members that are no parser").isSubsetOf(ids);
        for (Family f : Family.values()) {
            assertThat(f.parsers()).hasSize(f.ids().size());
        }
    }

    @Test
    void everyFamilyHasItsFuzzTest() throws Exception {
        for (Family f : Family.values()) {
            Method m = ParserFuzzTest.class.getDeclaredMethod(f.method(), byte[].class);
            assertThat(m.isAnnotationPresent(FuzzTest.class)).as(f.method()).isTrue();
        }
        assertThat(ParserFuzzTest.class.getDeclaredMethod(FuzzCorpus.CAPTURE_METHOD, byte[].class)
                .isAnnotationPresent(FuzzTest.class)).isTrue();
    }

    @Test
    void theSeedCorpusHoldsEverySample() throws Exception {
        if (Boolean.getBoolean("fuzz.regenerate")) {
            FuzzCorpus.write();
        }
        Map<String, Map<String, byte[]>> expected = FuzzCorpus.seeds();
        int samples = 0;
        for (Map.Entry<String, Map<String, byte[]>> m : expected.entrySet()) {
            Path dir = FuzzCorpus.INPUTS.resolve(m.getKey());
            Map<String, byte[]> actual = new TreeMap<>();
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(p -> p.getFileName().toString().startsWith("seed-")).toList()) {
                        actual.put(p.getFileName().toString(), Files.readAllBytes(p));
                    }
                }
            }
            assertThat(actual.keySet()).as("seeds of " + m.getKey() + " (regenerate: mvn test -Dtest=FuzzCorpusTest -Dfuzz.regenerate=true)")
                    .containsExactlyElementsOf(m.getValue().keySet());
            for (Map.Entry<String, byte[]> e : m.getValue().entrySet()) {
                assertThat(actual.get(e.getKey())).as(m.getKey() + "/" + e.getKey()).isEqualTo(e.getValue());
            }
            if (!m.getKey().equals(FuzzCorpus.CAPTURE_METHOD)) {
                samples += m.getValue().size();
            }
        }
        long txt;
        try (Stream<Path> s = Files.walk(FuzzCorpus.SAMPLES, 2)) {
            txt = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertThat(samples).as("every sample is a seed of its family").isEqualTo((int) txt);
    }
}
