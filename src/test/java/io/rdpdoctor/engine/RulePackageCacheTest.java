package io.rdpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.factfile.FactFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache never changes what the rules conclude, and never serves stale rules. */
class RulePackageCacheTest {

    private static final Path SAMPLES = Path.of("facts-samples");

    @TempDir
    Path tmp;
    private Path rules;
    private Path cacheDir;
    private String saved;

    @BeforeEach
    void copyRules() throws IOException {
        rules = tmp.resolve("rules");
        copyTree(Path.of("rules"), rules);
        cacheDir = tmp.resolve("cache");
        saved = System.getProperty(RulePackageCache.PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (saved == null) {
            System.clearProperty(RulePackageCache.PROPERTY);
        } else {
            System.setProperty(RulePackageCache.PROPERTY, saved);
        }
    }

    @Test
    void aCachedLoadGivesTheSameDiagnosesAsAFreshLoad() throws Exception {
        RuleBase fresh = load(null);
        int hits = RulePackageCache.HITS.get();
        int writes = RulePackageCache.WRITES.get();

        RuleBase compiledAndStored = load(cacheDir);
        assertThat(RulePackageCache.WRITES.get()).isEqualTo(writes + 1);
        assertThat(entries()).hasSize(1);
        RuleBase cached = load(cacheDir);
        assertThat(RulePackageCache.HITS.get()).isEqualTo(hits + 1);
        assertThat(RulePackageCache.WRITES.get()).as("a hit writes nothing").isEqualTo(writes + 1);

        assertThat(ruleNames(cached)).isEqualTo(ruleNames(fresh));
        List<Path> samples = factFiles();
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            String expected = diagnoses(fresh, sample);
            assertThat(diagnoses(compiledAndStored, sample)).as(sample.toString()).isEqualTo(expected);
            assertThat(diagnoses(cached, sample)).as(sample.toString()).isEqualTo(expected);
        }
    }

    @Test
    void changingARuleFileInvalidatesTheCache() throws Exception {
        load(cacheDir);
        Path drl = rules.resolve("derive/rdp-port.drl");
        Files.writeString(drl, "\nrule \"cache probe\"\nwhen\nthen\nend\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        int writes = RulePackageCache.WRITES.get();

        RuleBase changed = load(cacheDir);

        assertThat(RulePackageCache.WRITES.get()).as("the changed rules are compiled and stored").isEqualTo(writes + 1);
        assertThat(changed.kieBase().getRule("derive", "cache probe")).isNotNull();
        assertThat(entries()).hasSize(2);
        // and served from the cache from now on
        assertThat(load(cacheDir).kieBase().getRule("derive", "cache probe")).isNotNull();
        assertThat(RulePackageCache.WRITES.get()).isEqualTo(writes + 1);
    }

    @Test
    void aCorruptOrTruncatedCacheEntryIsIgnoredAndRebuilt() throws Exception {
        RuleBase fresh = load(null);
        load(cacheDir);
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);
        Path sample = factFiles().get(0);
        String expected = diagnoses(fresh, sample);

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x5a;
        for (byte[] bad : List.of("not a cache entry".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(good, good.length / 2), flipped, new byte[0])) {
            Files.write(entry, bad);
            int writes = RulePackageCache.WRITES.get();
            RuleBase reloaded = load(cacheDir);
            assertThat(diagnoses(reloaded, sample)).isEqualTo(expected);
            assertThat(RulePackageCache.WRITES.get()).as("rebuilt").isEqualTo(writes + 1);
            int hits = RulePackageCache.HITS.get();
            assertThat(diagnoses(load(cacheDir), sample)).isEqualTo(expected);
            assertThat(RulePackageCache.HITS.get()).as("the rebuilt entry is used").isEqualTo(hits + 1);
            assertThat(RulePackageCache.WRITES.get()).isEqualTo(writes + 1);
        }
    }

    @Test
    void anUnusableCacheDirectoryIsNotAnError() throws Exception {
        Path notADirectory = tmp.resolve("file");
        Files.writeString(notADirectory, "x");
        RuleBase loaded = load(notADirectory);
        assertThat(diagnoses(loaded, factFiles().get(0))).isEqualTo(diagnoses(load(null), factFiles().get(0)));
    }

    @Test
    void compileErrorsAreReportedAsWithoutCacheAndNotStored() throws Exception {
        load(cacheDir);
        Path drl = rules.resolve("derive/rdp-port.drl");
        Files.writeString(drl, "\nrule \"broken\"\nwhen\n    Nonsense(\nthen\nend\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        int writes = RulePackageCache.WRITES.get();

        String withCache = problems(cacheDir);
        String without = problems(null);

        assertThat(withCache).isEqualTo(without).contains("rdp-port.drl:");
        assertThat(RulePackageCache.WRITES.get()).isEqualTo(writes);
        assertThat(entries()).hasSize(1);
    }

    private String problems(Path cache) {
        setCache(cache);
        try {
            RuleBase.load(List.of(rules));
        } catch (RuleException e) {
            return e.problems().toString();
        }
        throw new AssertionError("the broken rules loaded");
    }

    private RuleBase load(Path cache) throws RuleException {
        setCache(cache);
        return RuleBase.load(List.of(rules));
    }

    @Test
    void theKeyChangesWithAnyByteOrderOrSplitOfTheSources() {
        Path a = Path.of("rules/a.drl");
        Path b = Path.of("rules/b.drl");
        byte[] x = "rule \"x\" when then end\n".getBytes(StandardCharsets.UTF_8);
        byte[] y = "rule \"y\" when then end\n".getBytes(StandardCharsets.UTF_8);
        String base = RulePackageCache.key(List.of(src(a, x), src(b, y)));

        assertThat(RulePackageCache.key(List.of(src(a, x), src(b, y)))).as("same sources, same key").isEqualTo(base);
        byte[] edited = x.clone();
        edited[6] ^= 1; // one bit of one file
        assertThat(RulePackageCache.key(List.of(src(a, edited), src(b, y)))).isNotEqualTo(base);
        assertThat(RulePackageCache.key(List.of(src(b, y), src(a, x)))).as("order").isNotEqualTo(base);
        assertThat(RulePackageCache.key(List.of(src(a, y), src(b, x)))).as("contents swapped between files").isNotEqualTo(base);
        byte[] xy = (new String(x, StandardCharsets.UTF_8) + new String(y, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertThat(RulePackageCache.key(List.of(src(a, xy), src(b, new byte[0])))).as("same bytes, split differently")
                .isNotEqualTo(base);
        assertThat(RulePackageCache.key(List.of(src(Path.of("other/a.drl"), x), src(b, y)))).as("path").isNotEqualTo(base);
        assertThat(RulePackageCache.catalogueKey(List.of(src(a, x), src(b, y)))).as("catalogue keys apart").isNotEqualTo(base);
    }

    private static RulePackageCache.Source src(Path p, byte[] bytes) {
        return new RulePackageCache.Source(p.toString(), p, bytes);
    }

    private static void setCache(Path cache) {
        if (cache == null) {
            System.clearProperty(RulePackageCache.PROPERTY);
        } else {
            System.setProperty(RulePackageCache.PROPERTY, cache.toString());
        }
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".kpkgs")).sorted().toList();
        }
    }

    private static List<Path> factFiles() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<String> ruleNames(RuleBase rb) {
        return rb.kieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream().map(r -> p.getName() + "." + r.getName()))
                .sorted().toList();
    }

    private static String diagnoses(RuleBase rb, Path factFile) throws Exception {
        return TestRules.canonical(new Diagnoser(rb, TestRules.DAY).diagnose(new FactFileReader().read(factFile)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
