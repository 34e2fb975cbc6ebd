package io.rdpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.TestRules;
import io.rdpdoctor.diagnosis.Conclusions;
import io.rdpdoctor.diagnosis.Finding;
import io.rdpdoctor.factfile.FactFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {

    @TempDir
    Path dir;

    private static final String CATALOGUE = """
            diagnoses:
              - id: EXTRA-CHECK
                title: An extra check
                kind: cause
                layer: test
                severity: low
                order: 99
                explanation: A rule author's own rule.
                fix: [{step: do it}]
                verify: {expect: fine}
                sources: [test]
            """;

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), """
                package extra;
                import io.rdpdoctor.facts.*;

                rule "broken"
                when
                    ServiceState(name == "TermService"
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(List.of(TestRules.RULES, dir)))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems().get(0).file()).endsWith("broken.drl");
                    assertThat(e.problems().get(0).line()).isBetween(6, 8);
                });
    }

    @Test
    void aRuleThatConcludesAnUnknownDiagnosisIsRefused() throws IOException {
        Files.writeString(dir.resolve("orphan.drl"), """
                package extra;
                import io.rdpdoctor.facts.*;
                import io.rdpdoctor.diagnosis.Finding;
                rule "orphan" @concludes("NO-SUCH-ID")
                when ServiceState() then insertLogical(Finding.confirmed("NO-SUCH-ID")); end
                """);
        assertThatThrownBy(() -> RuleBase.load(List.of(TestRules.RULES, dir)))
                .isInstanceOf(RuleException.class).hasMessageContaining("NO-SUCH-ID");
    }

    @Test
    void aBadCatalogueEntryNamesTheFileAndLine() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), CATALOGUE.replace("    order: 99\n", "    order: 99\n    colour: red\n"));
        assertThatThrownBy(() -> RuleBase.load(List.of(TestRules.RULES, dir)))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.problems().get(0).file()).endsWith("bad.yaml");
                    assertThat(e.problems().get(0).line()).isEqualTo(8);
                    assertThat(e.problems().get(0).message()).contains("colour");
                });
    }

    @Test
    void aDuplicateIdIsRefused() throws IOException {
        Files.writeString(dir.resolve("dup.yaml"), CATALOGUE.replace("EXTRA-CHECK", "RDP-DISABLED"));
        assertThatThrownBy(() -> RuleBase.load(List.of(TestRules.RULES, dir)))
                .isInstanceOf(RuleException.class).hasMessageContaining("RDP-DISABLED is already defined");
    }

    @Test
    void aMissingRulesDirectory() {
        assertThatThrownBy(() -> RuleBase.load(List.of(dir.resolve("nope"))))
                .isInstanceOf(RuleException.class).hasMessageContaining("no such rules directory");
    }

    @Test
    void anExtraDirectoryAddsRulesBesideTheBundledOnes() throws Exception {
        Files.writeString(dir.resolve("extra.yaml"), CATALOGUE);
        Files.writeString(dir.resolve("extra.drl"), """
                package extra;
                import io.rdpdoctor.facts.*;
                import io.rdpdoctor.diagnosis.Finding;
                rule "extra" @concludes("EXTRA-CHECK")
                when $h : HostInfo(name == "X1") then insertLogical(Finding.possible("EXTRA-CHECK", $h)); end
                """);
        RuleBase rb = RuleBase.load(List.of(TestRules.RULES, dir));
        var facts = new FactFileReader().read("x.yaml", """
                host: {name: X1}
                registry:
                  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server': {fDenyTSConnections: 1}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(rb.infer(facts, TestRules.DAY.forFacts(facts), Conclusions::of).findings()).extracting(Finding::id).contains("EXTRA-CHECK", "RDP-DISABLED");
    }
}
