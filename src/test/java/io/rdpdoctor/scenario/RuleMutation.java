package io.rdpdoctor.scenario;

import io.rdpdoctor.diagnosis.Report;
import io.rdpdoctor.engine.RuleBase;
import io.rdpdoctor.engine.RuleException;
import io.rdpdoctor.factfile.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Mutation testing of a rules directory's scenarios (docs/testing.md; bench/mutate-rules.sh runs it):
 * each rule in turn is deleted, that is its matches never fire, and the scenarios are run again, as
 * ScenarioTest runs them (ScenarioRunner). The mutant is killed when a scenario that passed with every
 * rule fails without this one. A rule whose deletion no scenario notices is a missing scenario.
 *
 * <p>One compiled rule base for all mutants: {@link RuleBase#admitting} with an agenda filter that
 * refuses the deleted rule's matches. Deleting a rule that never fired in a scenario cannot change that
 * scenario, so each mutant runs only the scenarios in which its rule fired (recorded in a first run
 * with every rule); a rule that fires in no scenario survives without running any.
 *
 * <p>Arguments: [RULES_DIR] (default rules). Exit 0 whatever the kill rate: it is a measurement.
 */
public final class RuleMutation {

    /** The filter of every run: records which rules fired, and refuses the deleted rule's matches. */
    private static final class Deletion implements AgendaFilter {
        String deleted;
        Set<String> fired = new HashSet<>();

        @Override
        public boolean accept(Match match) {
            String rule = name(match.getRule());
            if (rule.equals(deleted)) {
                return false;
            }
            fired.add(rule);
            return true;
        }
    }

    private record Case(Path file, Scenario scenario, Report report) {
        @Override
        public String toString() {
            return file + " / " + scenario.name();
        }
    }

    private RuleMutation() {
    }

    public static void main(String[] args) throws IOException, RuleException {
        Path dir = Path.of(args.length > 0 ? args[0] : "rules");
        long t0 = System.nanoTime();
        Deletion deletion = new Deletion();
        RuleBase rules = RuleBase.load(List.of(dir)).admitting(deletion);
        ScenarioRunner runner = new ScenarioRunner(rules);

        Map<String, String> ruleFiles = new TreeMap<>();
        for (KiePackage p : rules.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (r instanceof RuleImpl impl && impl.isQuery()) {
                    continue;
                }
                ruleFiles.put(name(r), r instanceof RuleImpl impl && impl.getResource() != null
                        ? impl.getResource().getSourcePath() : "?");
            }
        }

        // The run with every rule: which scenarios pass (only those can kill), and which rules each fires.
        List<Case> cases = new ArrayList<>();
        Map<String, List<Case>> firedIn = new LinkedHashMap<>();
        int todo = 0;
        List<String> failing = new ArrayList<>();
        for (Path file : ScenarioRunner.scenarioFiles(dir)) {
            List<Scenario> scenarios;
            try {
                scenarios = ScenarioRunner.read(file);
            } catch (InputException e) {
                failing.add(e.getMessage());
                continue;
            }
            for (Scenario s : scenarios) {
                if (s.todo() != null) {
                    todo++; // a to-do scenario never fails (ScenarioTest), so it cannot kill a mutant
                    continue;
                }
                deletion.deleted = null;
                deletion.fired = new HashSet<>();
                ScenarioRunner.Result r = runner.run(file, s);
                Case c = new Case(file, s, r.report());
                if (!r.passed()) {
                    failing.add(c.toString());
                    continue;
                }
                cases.add(c);
                for (String rule : deletion.fired) {
                    firedIn.computeIfAbsent(rule, k -> new ArrayList<>()).add(c);
                }
            }
        }

        // One mutant per rule.
        List<String> unfired = new ArrayList<>();
        List<String> unnoticed = new ArrayList<>();
        Map<String, int[]> perDirectory = new TreeMap<>();
        int killed = 0;
        for (Map.Entry<String, String> rule : ruleFiles.entrySet()) {
            deletion.deleted = rule.getKey();
            deletion.fired = new HashSet<>();
            String survivor = rule.getKey() + "  (" + rule.getValue() + ")";
            boolean dead = false;
            for (Case c : firedIn.getOrDefault(rule.getKey(), List.of())) {
                if (!passes(runner, c)) {
                    dead = true;
                    break;
                }
            }
            int[] counts = perDirectory.computeIfAbsent(directory(dir, rule.getValue()), k -> new int[2]);
            counts[0]++;
            if (dead) {
                killed++;
                counts[1]++;
            } else if (firedIn.containsKey(rule.getKey())) {
                unnoticed.add(survivor + "\n      " + difference(runner, firedIn.get(rule.getKey())));
            } else {
                unfired.add(survivor);
            }
        }

        int total = ruleFiles.size();
        System.out.printf(java.util.Locale.ROOT, "rule mutation (deletion) of %s: %d scenarios that pass (%d to-do left out, %d failing with every rule)%n",
                dir, cases.size(), todo, failing.size());
        failing.forEach(f -> System.out.println("  failing without any mutation, left out: " + f));
        System.out.printf(java.util.Locale.ROOT, "rules %d, killed %d, survived %d: kill rate %.1f %%%n",
                total, killed, total - killed, total == 0 ? 0.0 : 100.0 * killed / total);
        System.out.println("per directory (rules, killed):");
        perDirectory.forEach((d, n) -> System.out.printf(java.util.Locale.ROOT, "  %-16s %4d %4d  %5.1f %%%n", d, n[0], n[1], 100.0 * n[1] / n[0]));
        System.out.println("survived, fired in no scenario (" + unfired.size() + "):");
        unfired.forEach(s -> System.out.println("  " + s));
        System.out.println("survived, fired but no scenario noticed its deletion (" + unnoticed.size() + "):");
        unnoticed.forEach(s -> System.out.println("  " + s));
        System.out.printf(java.util.Locale.ROOT, "%.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Whether the scenario passes with the current mutant; an error thrown is a failure too. */
    private static boolean passes(ScenarioRunner runner, Case c) {
        try {
            return runner.run(c.file(), c.scenario()).passed();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * What deleting the current rule changes in the report of the first scenario where it changes
     * anything a scenario can assert: the hint for the scenario that would kill it.
     */
    private static String difference(ScenarioRunner runner, List<Case> firing) {
        for (Case c : firing) {
            Report mutant = runner.run(c.file(), c.scenario()).report();
            List<String> changes = new ArrayList<>();
            Map<String, String> before = findings(c.report());
            Map<String, String> after = findings(mutant);
            before.forEach((id, how) -> {
                if (!after.containsKey(id)) changes.add("loses " + id);
                else if (!after.get(id).equals(how)) changes.add(id + " " + how + " -> " + after.get(id));
            });
            after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(id -> changes.add("gains " + id));
            diff(c.report().ruledOut().stream().map(Report.Excluded::id).toList(),
                    mutant.ruledOut().stream().map(Report.Excluded::id).toList(), "ruled out", changes);
            diff(c.report().nextSteps().stream().map(Report.NextStep::id).toList(),
                    mutant.nextSteps().stream().map(Report.NextStep::id).toList(), "next step", changes);
            if (!changes.isEmpty()) {
                return "in " + c + ": " + String.join("; ", changes);
            }
        }
        return "fires in " + firing.size() + " scenario(s), and their diagnoses, certainties, order, next steps and ruled-out ids"
                + " are the same without it (another rule concludes the same, or only evidence differs)";
    }

    private static void diff(List<String> before, List<String> after, String what, List<String> changes) {
        before.stream().filter(id -> !after.contains(id)).forEach(id -> changes.add("loses " + what + " " + id));
        after.stream().filter(id -> !before.contains(id)).forEach(id -> changes.add("gains " + what + " " + id));
    }

    /** Every diagnosis of the report (nested ones too), with its certainty, parent and place. */
    private static Map<String, String> findings(Report r) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(r.causes(), null, out);
        flatten(r.security(), null, out);
        int[] at = {0};
        out.replaceAll((id, how) -> how + " #" + (++at[0]));
        return out;
    }

    private static void flatten(List<Report.Diagnosis> ds, String parent, Map<String, String> out) {
        for (Report.Diagnosis d : ds) {
            out.put(d.id(), d.certainty().word() + (d.priorOnly() ? " (prior only)" : "") + (parent == null ? "" : " under " + parent));
            flatten(d.explains(), d.id(), out);
        }
    }

    private static String name(Rule r) {
        return r.getPackageName() + "." + r.getName();
    }

    /** The rule file's first directory below the rules directory (network, tls...). */
    private static String directory(Path dir, String file) {
        Path p = Path.of(file);
        Path rel = p.startsWith(dir) ? dir.relativize(p) : p;
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : ".";
    }
}
