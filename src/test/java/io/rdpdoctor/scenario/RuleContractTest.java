package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules meet the same contract {@code rdp-doctor test-rules DIR} checks on an author's
 * rules (RuleContract): metadata, firing and near-miss scenarios, safe fixes, and no unfilled
 * placeholder in any output format whatever value is missing.
 */
class RuleContractTest {

    @Test
    void theBundledRulesMeetTheContract() throws Exception {
        List<RuleContract.Problem> problems = RuleContract.check(TestRules.bundled(), TestRules.RULES);
        assertThat(problems).as(problems.size() + " problems:\n" + String.join("\n", problems.stream().map(Object::toString).toList()))
                .isEmpty();
    }
}
