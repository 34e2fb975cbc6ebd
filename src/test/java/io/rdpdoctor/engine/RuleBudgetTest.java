package io.rdpdoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rdpdoctor.batch.BatchRunner;
import io.rdpdoctor.batch.ResultFormat;
import io.rdpdoctor.diagnosis.Conclusions;
import io.rdpdoctor.diagnosis.ReferenceDay;
import io.rdpdoctor.facts.AsOf;
import io.rdpdoctor.facts.FactSet;
import io.rdpdoctor.facts.HostInfo;
import io.rdpdoctor.parse.InputReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A per-host budget of rule firings and time (issue 11, adversarial review F6, F9): a rule that
 * triggers itself ends that host with an error naming the budget and the rule, and a batch goes on.
 */
public class RuleBudgetTest {

    /** A rules directory whose rule modifies its own fact forever, for a host named LOOP only. */
    public static Path loopingRules(Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules-loop"));
        Files.writeString(rules.resolve("loop.drl"), """
                package loop;
                import io.rdpdoctor.facts.HostInfo;
                declare Tick
                    n : int
                end
                rule "start ticking on the host LOOP"
                when
                    HostInfo(name == "LOOP")
                    not Tick()
                then
                    insert(new Tick(0));
                end
                rule "tick again"
                when
                    $t : Tick()
                then
                    modify($t) { setN($t.getN() + 1) };
                end
                """);
        return rules;
    }

    static RuleBase bundledAnd(Path extra) throws Exception {
        return RuleBase.load(List.of(Path.of("rules"), extra));
    }

    static FactSet host(String name) {
        return new FactSet(name, List.of(new HostInfo(name, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void aSelfTriggeringRuleStopsAtTheFiringLimitAndIsNamed(@TempDir Path dir) throws Exception {
        RuleBase rules = bundledAnd(loopingRules(dir));
        RuleBudget budget = new RuleBudget(5_000, Duration.ofSeconds(60));
        assertThatThrownBy(() -> rules.infer(host("LOOP"), new AsOf(LocalDate.of(2026, 1, 1), AsOf.Basis.OPTION, null), budget, Conclusions::of))
                .isInstanceOf(RuleBudget.Exceeded.class)
                .hasMessageContaining("rule budget exceeded: more than 5000 firings")
                .hasMessageContaining("last rule \"loop.tick again\"");
        // the same rules, another host: within the budget
        assertThat(rules.infer(host("FINE"), new AsOf(LocalDate.of(2026, 1, 1), AsOf.Basis.OPTION, null), budget, Conclusions::of).findings()).isNotNull();
    }

    @Test
    void aSelfTriggeringRuleStopsAtTheTimeLimit(@TempDir Path dir) throws Exception {
        RuleBase rules = bundledAnd(loopingRules(dir));
        RuleBudget budget = new RuleBudget(Integer.MAX_VALUE, Duration.ofSeconds(2));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> rules.infer(host("LOOP"), new AsOf(LocalDate.of(2026, 1, 1), AsOf.Basis.OPTION, null), budget, Conclusions::of))
                .isInstanceOf(RuleBudget.Exceeded.class)
                .hasMessageContaining("over the limit of 2.0 s")
                .hasMessageContaining("; last rule \"");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
    }

    @Test
    void aBudgetMustBePositive() {
        assertThatThrownBy(() -> RuleBudget.of(0, 1)).hasMessageContaining("--max-firings");
        assertThatThrownBy(() -> RuleBudget.of(1, 0)).hasMessageContaining("--max-seconds");
        assertThatThrownBy(() -> RuleBudget.of(1, Double.NaN)).hasMessageContaining("--max-seconds");
    }

    @Test
    void inABatchTheRunawayHostIsAnErrorRecordAndTheOthersAreDiagnosed(@TempDir Path dir) throws Exception {
        RuleBase rules = bundledAnd(loopingRules(dir));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-loop.yaml"), "host: {name: LOOP}\nservices: []\n");
        Files.copy(Path.of("facts-samples/gpo-denies-rdp.yaml"), in.resolve("b-gpo.yaml"));
        StringWriter out = new StringWriter();
        BatchRunner.Options o = new BatchRunner.Options(List.of(in), ResultFormat.JSONL, out, null, 2, false, false,
                new PrintStream(PrintStream.nullOutputStream()), ReferenceDay.of(LocalDate.of(2026, 1, 1)), new RuleBudget(5_000, Duration.ofSeconds(60)));
        BatchRunner.Totals t = new BatchRunner().run(rules, o);
        assertThat(t.found()).isEqualTo(2);
        assertThat(t.errors()).isEqualTo(1);
        assertThat(t.ok()).isEqualTo(1);
        assertThat(out.toString()).contains("rule budget exceeded: more than 5000 firings").contains("loop.tick again")
                .contains("RDP-DISABLED-BY-GPO");
    }
}
