package io.rdpdoctor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.factfile.InputException;
import io.rdpdoctor.knowledge.DiagnosisDef;
import io.rdpdoctor.knowledge.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Walks the whole catalogue (PMD's rule-set contract test): every diagnosis has its metadata, a
 * rule that concludes it, a scenario where it fires and a near miss where it stays silent.
 */
class CatalogueContractTest {

    private final RuleBase rules = TestRules.bundled();

    @Test
    void everyDiagnosisHasMetadataAFixWithVerificationAndSources() {
        List<String> problems = new ArrayList<>();
        for (DiagnosisDef d : rules.catalogue().diagnoses()) {
            if (d.sources().isEmpty()) problems.add(d.id() + ": no sources");
            if (d.verify() == null) problems.add(d.id() + ": no verify step");
            if (d.kind() == Kind.CAUSE && d.fix().isEmpty()) problems.add(d.id() + ": a cause without a fix");
            if (!d.id().matches("[A-Z0-9]+(-[A-Z0-9]+)*")) problems.add(d.id() + ": id is not UPPER-KEBAB-CASE");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDiagnosisIsConcludedByAtLeastOneRule() {
        Set<String> concluded = new HashSet<>();
        for (KiePackage p : rules.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object id = r.getMetaData().get(RuleBase.CONCLUDES);
                if (id != null) concluded.add(String.valueOf(id));
            }
        }
        List<String> orphans = rules.catalogue().diagnoses().stream().map(DiagnosisDef::id).filter(id -> !concluded.contains(id)).toList();
        assertThat(orphans).as("catalogue entries that no DRL rule @concludes").isEmpty();
    }

    @Test
    void everyDiagnosisHasAFiringScenarioAndANearMiss() throws IOException, InputException {
        Set<String> fires = new HashSet<>();
        Set<String> silent = new HashSet<>();
        for (Path f : ScenarioRunner.scenarioFiles(TestRules.RULES)) {
            for (Scenario s : ScenarioRunner.read(f)) {
                if (s.todo() != null) continue;
                s.expect().forEach(e -> fires.add(e.id()));
                silent.addAll(s.absent());
            }
        }
        List<String> problems = new ArrayList<>();
        for (DiagnosisDef d : rules.catalogue().diagnoses()) {
            if (!fires.contains(d.id())) problems.add(d.id() + " has no scenario where it fires");
            if (!silent.contains(d.id())) problems.add(d.id() + " has no near-miss scenario where it stays silent");
        }
        assertThat(problems).isEmpty();
    }
}
