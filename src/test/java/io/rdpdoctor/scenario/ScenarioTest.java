package io.rdpdoctor.scenario;

import static org.junit.jupiter.api.Assertions.fail;

import io.rdpdoctor.TestRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every scenario of the bundled rules (rules/**\/*.scenarios.yaml), one test each. */
class ScenarioTest {

    @TestFactory
    Stream<DynamicNode> bundledScenarios() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(TestRules.bundled());
        List<DynamicNode> files = new ArrayList<>();
        for (Path file : ScenarioRunner.scenarioFiles(TestRules.RULES)) {
            List<DynamicNode> tests = new ArrayList<>();
            for (ScenarioRunner.Result r : runner.run(file)) {
                tests.add(DynamicTest.dynamicTest(r.scenario(), () -> {
                    Assumptions.assumeTrue(r.status() != ScenarioRunner.Result.Status.TODO, "to-do scenario (known gap)");
                    if (!r.passed()) {
                        fail(r.file() + " / " + r.scenario() + ":\n  " + String.join("\n  ", r.failures()));
                    }
                }));
            }
            files.add(DynamicContainer.dynamicContainer(TestRules.RULES.relativize(file).toString(), tests));
        }
        return files.stream();
    }
}
