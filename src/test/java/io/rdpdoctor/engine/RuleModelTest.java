package io.rdpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.diagnosis.Diagnoser;
import io.rdpdoctor.factfile.FactFileReader;
import io.rdpdoctor.scenario.ScenarioRunner;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The executable model of the bundled rules (what the launcher runs them from) concludes exactly what
 * the DRL concludes, and is used only for the rules it was built from. Builds the model once (about
 * 15-40 s, the one slow test of the suite).
 */
class RuleModelTest {

    private static final Path RULES = Path.of("rules");
    private static Path dir;
    private static Path jar;
    private static URLClassLoader loader;

    @BeforeAll
    static void buildModel() throws IOException {
        dir = Files.createTempDirectory("rule-model");
        jar = dir.resolve("rule-model.jar");
        List<String> problems = RuleModelBuilder.build(RULES, jar);
        assertThat(problems).as("the bundled rules compile to the executable model").isEmpty();
        loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, RuleModelTest.class.getClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    private static String bundledKey() throws IOException {
        return RuleModel.key(sources(RULES));
    }

    private static List<RulePackageCache.Source> sources(Path rules) throws IOException {
        List<RulePackageCache.Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (f.getFileName().toString().endsWith(".drl")) {
                    out.add(new RulePackageCache.Source(RuleBase.display(f), f, Files.readAllBytes(f)));
                }
            }
        }
        return out;
    }

    private static RuleBase modelRuleBase() throws Exception {
        KieBase kb = RuleModel.kieBase(bundledKey(), loader);
        assertThat(kb).as("the model loads for the rules it was built from").isNotNull();
        return TestRules.bundled().withKieBase(kb);
    }

    @Test
    void theJarHoldsClassesAndTheKeyNotTheDrl() throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            List<String> names = j.stream().map(e -> e.getName()).toList();
            assertThat(names).contains(RuleModel.RESOURCE);
            assertThat(names).noneMatch(n -> n.endsWith(".drl"));
            assertThat(names.stream().filter(n -> n.endsWith(".class")).count()).isGreaterThan(350);
        }
    }

    @Test
    void everyScenarioPassesOnTheModel() throws Exception {
        ScenarioRunner runner = new ScenarioRunner(modelRuleBase());
        List<Path> files = new ArrayList<>(ScenarioRunner.scenarioFiles(RULES));
        files.add(Path.of("facts-samples/captures/captures.scenarios.yaml"));
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (Path file : files) {
            for (ScenarioRunner.Result r : runner.run(file)) {
                run++;
                if (!r.passed() && r.status() != ScenarioRunner.Result.Status.TODO) {
                    failures.add(r.file() + " / " + r.scenario() + ": " + String.join("; ", r.failures()));
                }
            }
        }
        assertThat(run).isGreaterThan(400);
        assertThat(failures).isEmpty();
    }

    @Test
    void everySampleGetsTheSameReportFromTheModelAsFromTheDrl() throws Exception {
        RuleBase model = modelRuleBase();
        RuleBase drl = TestRules.bundled();
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("facts-samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThan(30);
        FactFileReader reader = new FactFileReader();
        for (Path sample : samples) {
            var facts = reader.read(sample);
            assertThat(TestRules.canonical(new Diagnoser(model, TestRules.DAY).diagnose(facts))).as(sample.toString())
                    .isEqualTo(TestRules.canonical(new Diagnoser(drl, TestRules.DAY).diagnose(facts)));
        }
    }

    @Test
    void theModelIsNotUsedForOtherRules() throws Exception {
        List<RulePackageCache.Source> edited = new ArrayList<>(sources(RULES));
        RulePackageCache.Source first = edited.get(0);
        byte[] bytes = (new String(first.bytes(), java.nio.charset.StandardCharsets.UTF_8) + "\n// edited\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        edited.set(0, new RulePackageCache.Source(first.displayPath(), first.path(), bytes));

        assertThat(RuleModel.kieBase(RuleModel.key(edited), loader)).as("one rule file edited").isNull();
        assertThat(RuleModel.kieBase(RuleModel.key(edited.subList(1, edited.size())), loader))
                .as("one rule file fewer").isNull();
        assertThat(RuleModel.kieBase(bundledKey(), RuleModelTest.class.getClassLoader()))
                .as("no model on the class path").isNull();
    }

    @Test
    void theModelServesTheSameRulesWhereverTheyLie() throws Exception {
        // An unpacked distribution: the model was made from the build's rules/, the user's copy lies elsewhere.
        Path copy = dir.resolve("unpacked elsewhere").resolve("rules");
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve(RULES.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        assertThat(RuleModel.key(sources(copy))).isEqualTo(bundledKey());
        assertThat(RuleModel.kieBase(RuleModel.key(sources(copy)), loader)).as("the copy's rules load from the model").isNotNull();

        List<RulePackageCache.Source> renamed = new ArrayList<>(sources(copy));
        RulePackageCache.Source first = renamed.get(0);
        renamed.set(0, new RulePackageCache.Source(first.displayPath(), first.path().resolveSibling("renamed.drl"), first.bytes()));
        assertThat(RuleModel.key(renamed)).as("a file renamed within the rules").isNotEqualTo(bundledKey());
    }

    @Test
    void drlTheModelCannotCompileIsReportedWithFileAndLineAndNothingIsWritten() throws IOException {
        Path rules = dir.resolve("bad-rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("bad.drl"), String.join("\n",
                "package bad;",
                "import io.rdpdoctor.facts.*;",
                "",
                "rule \"unknown field\"",
                "when",
                "    RegistryValue(noSuchField == 1)",
                "then",
                "end",
                ""));
        Path out = dir.resolve("bad.jar");

        List<String> problems = RuleModelBuilder.build(rules, out);

        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0)).contains("bad.drl").contains("noSuchField");
        assertThat(out).doesNotExist();
    }
}
